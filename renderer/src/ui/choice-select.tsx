import { Select } from 'antd';
import { EnterStays } from './enter-stays';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** Choices under a heading (people by department). */
export interface ChoiceGroup<T extends string> {
  label: string;
  options: Choice<T>[];
}

/** What a field hands its control (FormField's ControlProps), plus the usual switches. */
export interface ChoiceSelectProps<T extends string> {
  id?: string;
  className?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  title?: string;
  /** Shown inside the select before the choice: the filter's name in a filter bar. */
  prefix?: string;
  size?: 'small' | 'middle';
  'aria-label'?: string;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: true | undefined;
  choices: readonly (Choice<T> | ChoiceGroup<T>)[];
  value: T | '';
  /** Text of the empty first choice ("please choose", "all"); none if omitted. */
  emptyLabel?: string;
  onValueChange: (value: T | '') => void;
}

/**
 * An antd Select over a list of choices: typing filters them (拼音 input or
 * the characters themselves), so a long list of departments or people is one
 * keystroke away. The label's `for` reaches it through `id`.
 */
export function ChoiceSelect<T extends string>({ choices, value, emptyLabel, onValueChange, className, ...rest }: ChoiceSelectProps<T>) {
  const options = [...(emptyLabel !== undefined ? [{ value: '', label: emptyLabel }] : []), ...choices];
  return (
    <EnterStays>
      <Select<T | ''>
        {...rest}
        className={['choice-select', className ?? ''].filter(Boolean).join(' ')}
        status={rest['aria-invalid'] ? 'error' : undefined}
        showSearch={{ optionFilterProp: 'label' }}
        value={value}
        options={options}
        onChange={(next) => onValueChange(next)}
        popupMatchSelectWidth={false}
        // Office lists are short; every option stays in the page, where a search or a screen reader finds it.
        virtual={false}
      />
    </EnterStays>
  );
}

export interface MultiChoiceSelectProps<T extends string> extends Omit<ChoiceSelectProps<T>, 'value' | 'onValueChange' | 'emptyLabel' | 'prefix'> {
  values: readonly T[];
  onValuesChange: (values: T[]) => void;
}

/** Several choices at once (a team's people and departments), each shown as a tag; typing filters like ChoiceSelect. */
export function MultiChoiceSelect<T extends string>({ choices, values, onValuesChange, className, ...rest }: MultiChoiceSelectProps<T>) {
  return (
    <EnterStays>
      <Select<T[]>
        {...rest}
        mode="multiple"
        className={['choice-select', className ?? ''].filter(Boolean).join(' ')}
        status={rest['aria-invalid'] ? 'error' : undefined}
        showSearch={{ optionFilterProp: 'label' }}
        value={[...values]}
        options={[...choices]}
        onChange={(next) => onValuesChange(next)}
        virtual={false}
      />
    </EnterStays>
  );
}
