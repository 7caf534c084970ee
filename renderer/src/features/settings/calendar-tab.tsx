import { Alert, Button, Empty, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { CalendarDay } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorBanner } from '../../ui/error-banner';
import { CalendarDayForm } from './calendar-day-form';
import { ChoiceSelect } from '../../ui/choice-select';
import { SectionCard } from '../../ui/section-card';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

type DaysState = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'ready'; days: CalendarDay[] };

function weekdayOf(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { weekday: 'short' }).format(new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1));
}

/** The years the picker offers: a few either side of this one, and always the one shown. */
function yearChoices(shown: number): number[] {
  const now = new Date().getFullYear();
  const from = Math.max(MIN_YEAR, Math.min(shown, now - 3));
  const to = Math.min(MAX_YEAR, Math.max(shown, now + 2));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * 工作日历: one year's holidays and make-up workdays, the State Council's
 * (shipped with the app) and this office's edits, which win. A new year's
 * schedule is entered here day by day once it is published.
 */
export function CalendarTab() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [state, setState] = useState<DaysState>({ status: 'loading' });
  const [removing, setRemoving] = useState<CalendarDay>();
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);

  const load = useCallback(async (shown: number) => {
    setState({ status: 'loading' });
    const result = await call('calendar.days', { year: shown });
    setState(result.ok ? { status: 'ready', days: result.value } : { status: 'failed', error: result.error });
  }, []);

  useEffect(() => {
    void load(year);
  }, [year, load]);

  async function remove(day: CalendarDay) {
    setRemoving(undefined);
    setPending(true);
    const result = await call('calendar.setDay', { date: day.date, kind: 'normal', name: '' });
    setPending(false);
    setFailure(result.ok ? undefined : result.error);
    if (result.ok) setState({ status: 'ready', days: result.value });
  }

  /** A saved day shows in its own year, which may not be the one on screen. */
  function onDaySaved(date: string, days: CalendarDay[]) {
    const savedYear = Number(date.slice(0, 4));
    if (savedYear !== year) setYear(savedYear);
    else setState({ status: 'ready', days });
  }

  const days = state.status === 'ready' ? state.days : [];
  const holidays = days.filter((d) => d.kind === 'holiday').length;
  const workdays = days.length - holidays;
  const hasOfficial = days.some((d) => d.source === 'official');

  return (
    <div className="settings-split settings-split--form">
      <SectionCard size="small" titleId="calendar-title" title={t('settings.calendar.title')} intro={t('settings.calendar.hint')}>
        <div className="settings-year">
          <Button size="small" disabled={year <= MIN_YEAR} onClick={() => setYear(year - 1)}>
            ← {t('settings.calendar.previousYear')}
          </Button>
          <label htmlFor="calendar-year" className="muted">
            {t('settings.calendar.year')}
          </label>
          <ChoiceSelect
            id="calendar-year"
            value={String(year)}
            choices={yearChoices(year).map((y) => ({ value: String(y), label: String(y) }))}
            onValueChange={(chosen) => setYear(Number(chosen))}
          />
          <Button size="small" disabled={year >= MAX_YEAR} onClick={() => setYear(year + 1)}>
            {t('settings.calendar.nextYear')} →
          </Button>
          {state.status === 'ready' && (
            <span className="muted" role="status">
              {t('settings.calendar.summary', { holidays, workdays })}
            </span>
          )}
        </div>
        {failure && <ErrorBanner error={failure} />}
        {state.status === 'failed' && <ErrorBanner error={state.error} />}
        {state.status === 'loading' && <p className="muted">{t('settings.loading')}</p>}
        {state.status === 'ready' && !hasOfficial && (
          <Alert type="warning" showIcon role="note" className="settings-notice" title={t('settings.calendar.noOfficial', { year })} />
        )}
        {state.status === 'ready' && days.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.calendar.empty')} />}
        {state.status === 'ready' && days.length > 0 && (
          <Table<CalendarDay>
            size="small"
            pagination={false}
            aria-label={t('settings.calendar.caption', { year })}
            rowKey="date"
            dataSource={days}
            columns={[
              { key: 'date', title: t('settings.calendar.date'), dataIndex: 'date', className: 'nowrap' },
              { key: 'weekday', title: t('settings.calendar.weekday'), render: (_, day) => weekdayOf(day.date, i18n.language) },
              {
                key: 'kind',
                title: t('settings.calendar.kind'),
                render: (_, day) => <Tag color={day.kind === 'holiday' ? 'red' : 'blue'}>{t(`settings.calendar.kinds.${day.kind}`)}</Tag>,
              },
              { key: 'name', title: t('settings.calendar.name'), dataIndex: 'name' },
              {
                key: 'source',
                title: t('settings.calendar.source'),
                render: (_, day) => <Tag color={day.source === 'local' ? 'orange' : undefined}>{t(`settings.calendar.sources.${day.source}`)}</Tag>,
              },
              {
                key: 'actions',
                title: t('settings.list.actions'),
                render: (_, day) => (
                  <Button size="small" aria-label={t('settings.calendar.removeDay', { date: day.date })} disabled={pending} onClick={() => setRemoving(day)}>
                    {t('settings.calendar.remove')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </SectionCard>
      <CalendarDayForm onSaved={onDaySaved} />
      {removing && (
        <ConfirmDialog
          title={t('settings.calendar.removeTitle', { date: removing.date })}
          body={t('settings.calendar.removeBody')}
          confirmLabel={t('settings.calendar.remove')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </div>
  );
}
