import { Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { CalendarDay } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { ErrorBanner } from '../../ui/error-banner';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import { DateInput } from '../../ui/date-inputs';
import { SectionCard } from '../../ui/section-card';

const KINDS = ['holiday', 'workday'] as const;
type Kind = (typeof KINDS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real date between 2000 and 2100 (the range the calendar screen can show). */
function dateError(value: string): string | undefined {
  if (!value) return 'errors.required';
  const match = DATE.exec(value);
  if (!match) return 'errors.date';
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  if (date.getMonth() !== m - 1 || date.getDate() !== d) return 'errors.date';
  if (y < 2000 || y > 2100) return 'settings.errors.yearRange';
  return undefined;
}

interface CalendarDayFormProps {
  onSaved: (date: string, days: CalendarDay[]) => void;
}

/** Adds a holiday or a make-up workday, or changes one (the State Council's next-year schedule goes in here). */
export function CalendarDayForm({ onSaved }: CalendarDayFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<Kind | ''>('holiday');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const found: FieldErrors = { date: dateError(date), kind: kind ? undefined : 'errors.required' };
    if (found.date || found.kind) return setErrors(found);
    setErrors({});
    setPending(true);
    const result = await call('calendar.setDay', { date, kind: kind as Kind, name: name.trim() });
    setPending(false);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
    if (!result.ok) return setErrors(fromServerIssues(result.error.issues));
    onSaved(date, result.value);
    setDate('');
    setName('');
  }

  return (
    <SectionCard size="small" titleId="day-form-title" title={t('settings.calendar.addTitle')} intro={t('settings.calendar.addHint')}>
      <form onSubmit={submit} noValidate>
        {failure && <ErrorBanner error={failure} />}
        <FormField id="day-date" label={t('settings.calendar.newDate')} errorKey={errors.date} required>
          {(control) => <DateInput {...control} min="2000-01-01" max="2100-12-31" value={date} onValueChange={setDate} />}
        </FormField>
        <FormField id="day-kind" label={t('settings.calendar.newKind')} errorKey={errors.kind} required>
          {(control) => (
            <EnumSelect
              {...control}
              values={KINDS}
              value={kind}
              labelOf={(k) => t(`settings.calendar.kinds.${k}`)}
              onValueChange={setKind}
            />
          )}
        </FormField>
        <FormField id="day-name" label={t('settings.calendar.newName')} errorKey={errors.name}>
          {(control) => <Input {...control} maxLength={30} value={name} onChange={(event) => setName(event.target.value)} />}
        </FormField>
        <Button htmlType="submit" type="primary" disabled={pending}>
          {pending ? t('common.saving') : t('settings.calendar.add')}
        </Button>
      </form>
    </SectionCard>
  );
}
