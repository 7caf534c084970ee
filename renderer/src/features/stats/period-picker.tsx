import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateValue, monthPeriod, monthValue, parseMonthValue, shiftMonth, thisMonth, toPeriod, type PeriodChoice } from './period';
import { DateInput } from '../../ui/date-inputs';

interface PeriodPickerProps {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
}

/** A month (this one by default, stepped with 上个月 / 下个月) or any range of days. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();

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
    <fieldset className="stats-period">
      <legend>{t('stats.period.label')}</legend>
      <div className="stats-period__kind" role="radiogroup" aria-label={t('stats.period.mode')}>
        {(['month', 'range'] as const).map((kind) => (
          <label key={kind} className="stats-period__option">
            <input type="radio" name="stats-period-kind" checked={value.kind === kind} onChange={() => switchKind(kind)} />
            {t(`stats.period.${kind}`)}
          </label>
        ))}
      </div>
      {value.kind === 'month' ? (
        <div className="stats-period__row">
          <Button onClick={() => step(-1)}>
            {t('stats.period.previousMonth')}
          </Button>
          <label className="stats-period__field">
            <span>{t('stats.period.monthInput')}</span>
            <input
              type="month"
              value={monthValue(value.year, value.month)}
              onChange={(event) => {
                const parsed = parseMonthValue(event.target.value);
                if (parsed) onChange({ kind: 'month', ...parsed });
              }}
            />
          </label>
          <Button onClick={() => step(1)}>
            {t('stats.period.nextMonth')}
          </Button>
          <Button onClick={() => onChange(thisMonth())}>
            {t('stats.period.thisMonth')}
          </Button>
        </div>
      ) : (
        <div className="stats-period__row">
          <label className="stats-period__field">
            <span>{t('stats.period.from')}</span>
            <DateInput value={value.from} onValueChange={(from) => onChange({ ...value, from })} />
          </label>
          <label className="stats-period__field">
            <span>{t('stats.period.to')}</span>
            <DateInput value={value.to} onValueChange={(to) => onChange({ ...value, to })} />
          </label>
          {value.from && value.to && !toPeriod(value) && (
            <p className="stats-period__error" role="alert">
              {t('stats.period.invalidRange')}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
