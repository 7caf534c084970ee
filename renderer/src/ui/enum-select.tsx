import { ChoiceSelect, type ChoiceSelectProps } from './choice-select';

interface EnumSelectProps<T extends string> extends Omit<ChoiceSelectProps<T>, 'choices'> {
  values: readonly T[];
  labelOf: (value: T) => string;
}

/** A select over one of the domain's code lists, showing translated labels. */
export function EnumSelect<T extends string>({ values, labelOf, ...rest }: EnumSelectProps<T>) {
  return <ChoiceSelect {...rest} choices={values.map((value) => ({ value, label: labelOf(value) }))} />;
}
