import { Checkbox, Typography } from 'antd';

interface CheckFieldProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A yes/no choice with its label beside the box and what it means under it, read out with the box. */
export function CheckField({ id, label, hint, checked, disabled, onChange }: CheckFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="sync-check">
      <Checkbox id={id} checked={checked} disabled={disabled} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)}>
        {label}
      </Checkbox>
      <Typography.Paragraph id={hintId} type="secondary" className="sync-check__hint">
        {hint}
      </Typography.Paragraph>
    </div>
  );
}
