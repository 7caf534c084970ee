/**
 * Date, date-time and time fields on antd's pickers, in Chinese formats
 * (2026-12-05 13:47), one Tab stop each. Values stay the strings the forms
 * already keep: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` (what a datetime-local input
 * gives) and `HH:mm`; `''` is empty. A typed value counts once it is whole,
 * with no extra OK click.
 */
import { DatePicker, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EnterStays } from './enter-stays';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

interface PickerControl {
  id?: string;
  disabled?: boolean;
  className?: string;
  'aria-label'?: string;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: true | undefined;
}

interface StringPickerProps extends PickerControl {
  value: string;
  onValueChange: (value: string) => void;
  /** Earliest and latest allowed, in the same string form. */
  min?: string | undefined;
  max?: string | undefined;
}

const DATE = 'YYYY-MM-DD';
const DATE_TIME = 'YYYY-MM-DD HH:mm';
const DATE_TIME_VALUE = 'YYYY-MM-DDTHH:mm';
const TIME = 'HH:mm';

function parse(value: string | undefined, format: string): Dayjs | null {
  if (!value) return null;
  const day = dayjs(value, format);
  return day.isValid() ? day : null;
}

function outside(min: Dayjs | null, max: Dayjs | null) {
  return (day: Dayjs) => (min !== null && day.isBefore(min, 'day')) || (max !== null && day.isAfter(max, 'day'));
}

function pickerStatus(props: PickerControl): 'error' | undefined {
  return props['aria-invalid'] ? 'error' : undefined;
}

export function DateInput({ value, onValueChange, min, max, ...control }: StringPickerProps) {
  return (
    <EnterStays>
      <DatePicker
        {...control}
        status={pickerStatus(control)}
        format={DATE}
        value={parse(value, DATE)}
        disabledDate={outside(parse(min, DATE), parse(max, DATE))}
        onChange={(day) => onValueChange(day ? day.format(DATE) : '')}
      />
    </EnterStays>
  );
}

export function DateTimeInput({ value, onValueChange, min, max, ...control }: StringPickerProps) {
  return (
    <EnterStays>
      <DatePicker
        {...control}
        status={pickerStatus(control)}
        showTime={{ format: TIME }}
        needConfirm={false}
        format={DATE_TIME}
        value={parse(value, DATE_TIME_VALUE)}
        disabledDate={outside(parse(min, DATE_TIME_VALUE), parse(max, DATE_TIME_VALUE))}
        onChange={(day) => onValueChange(day ? day.format(DATE_TIME_VALUE) : '')}
      />
    </EnterStays>
  );
}

export function TimeInput({ value, onValueChange, ...control }: Omit<StringPickerProps, 'min' | 'max'>) {
  return (
    <EnterStays>
      <TimePicker
        {...control}
        status={pickerStatus(control)}
        format={TIME}
        needConfirm={false}
        value={parse(value, TIME)}
        onChange={(time) => onValueChange(time ? time.format(TIME) : '')}
      />
    </EnterStays>
  );
}
