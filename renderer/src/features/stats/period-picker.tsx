import { Alert, Button, DatePicker, Flex, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dateValue, monthPeriod, monthValue, parseMonthValue, shiftMonth, thisMonth, toPeriod, type PeriodChoice } from './period';
import { DateInput } from '../../ui/date-inputs';
import { EnterStays } from '../../ui/enter-stays';
import { FormField } from '../../ui/form-field';

interface PeriodPickerProps {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
}

/** The month picker's format is the value the page keeps (`2026-11`), so what is typed is what is read back. */
const MONTH = 'YYYY-MM';

/** A month (this one by default, stepped with 上个月 / 下个月) or any range of days. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const titleId = `${id}-title`;

  function switchKind(kind: PeriodChoice['kind']) {
    if (kind === value.kind) return;
    if (kind === 'month') {
      onChange(thisMonth());
      return;
    }
    // A custom range starts as the month that was shown, so nothing jumps.
    const shown = toPeriod(value) ?? monthPeriod(new Date().getFullYear(), new Date().getMonth() + 1);
    onChange({ kind: 'range', from: dateValue(shown.from), to: dateValue(shown.to - 1) });
  }

  const step = (by: number) => {
    if (value.kind === 'month') onChange({ kind: 'month', ...shiftMonth(value.year, value.month, by) });
  };

  return (
    <Flex vertical gap="small" role="group" aria-labelledby={titleId}>
      <Flex wrap align="center" gap="middle">
        <Typography.Text strong id={titleId}>
          {t('stats.period.label')}
        </Typography.Text>
        <Radio.Group
          aria-label={t('stats.period.mode')}
          value={value.kind}
          onChange={(event) => switchKind(event.target.value as PeriodChoice['kind'])}
          options={(['month', 'range'] as const).map((kind) => ({ value: kind, label: t(`stats.period.${kind}`) }))}
        />
      </Flex>
      {value.kind === 'month' ? (
        <Flex wrap align="flex-end" gap="small">
          <Button onClick={() => step(-1)}>{t('stats.period.previousMonth')}</Button>
          <FormField id={`${id}-month`} label={t('stats.period.monthInput')}>
            {(control) => (
              <EnterStays>
                <DatePicker
                  {...control}
                  picker="month"
                  format={MONTH}
                  allowClear={false}
                  value={dayjs(monthValue(value.year, value.month), MONTH)}
                  onChange={(month) => {
                    const parsed = month ? parseMonthValue(month.format(MONTH)) : null;
                    if (parsed) onChange({ kind: 'month', ...parsed });
                  }}
                />
              </EnterStays>
            )}
          </FormField>
          <Button onClick={() => step(1)}>{t('stats.period.nextMonth')}</Button>
          <Button onClick={() => onChange(thisMonth())}>{t('stats.period.thisMonth')}</Button>
        </Flex>
      ) : (
        <Flex wrap align="flex-end" gap="small">
          <FormField id={`${id}-from`} label={t('stats.period.from')}>
            {(control) => <DateInput {...control} value={value.from} onValueChange={(from) => onChange({ ...value, from })} />}
          </FormField>
          <FormField id={`${id}-to`} label={t('stats.period.to')}>
            {(control) => <DateInput {...control} value={value.to} onValueChange={(to) => onChange({ ...value, to })} />}
          </FormField>
          {value.from && value.to && !toPeriod(value) && <Alert type="error" showIcon title={t('stats.period.invalidRange')} />}
        </Flex>
      )}
    </Flex>
  );
}
