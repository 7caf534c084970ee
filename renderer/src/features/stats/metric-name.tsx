import { useId } from 'react';

/** A metric's name with its definition as a tooltip (title) and as the accessible description. */
export function MetricName({ label, definition }: { label: string; definition: string }) {
  const id = useId();
  if (!definition) return <span>{label}</span>;
  return (
    <>
      <span className="stats-metric-name" title={definition} tabIndex={0} aria-describedby={id}>
        {label}
      </span>
      <span id={id} hidden>
        {definition}
      </span>
    </>
  );
}
