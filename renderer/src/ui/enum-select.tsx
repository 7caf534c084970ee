import type { SelectHTMLAttributes } from 'react';

interface EnumSelectProps<T extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  values: readonly T[];
  value: T | '';
  labelOf: (value: T) => string;
  /** Text of the empty first option ("please choose", "all"); none if omitted. */
  emptyLabel?: string;
  onValueChange: (value: T | '') => void;
}

/** A `<select>` over one of the domain's code lists, showing translated labels. */
export function EnumSelect<T extends string>({ values, value, labelOf, emptyLabel, onValueChange, ...rest }: EnumSelectProps<T>) {
  return (
    <select {...rest} value={value} onChange={(event) => onValueChange(event.target.value as T | '')}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {values.map((code) => (
        <option key={code} value={code}>
          {labelOf(code)}
        </option>
      ))}
    </select>
  );
}
