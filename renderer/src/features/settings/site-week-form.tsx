import { Alert, Button, Checkbox } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import type { OrgSettings, SiteWeek } from '../../../../shared/schemas/settings';
import { ChoiceSelect } from '../../ui/choice-select';
import { TimeInput } from '../../ui/date-inputs';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { RowError } from './row-error';
import type { SaveSettings } from './use-org-settings';

/** Monday first, as an office calendar reads; the values are JavaScript's weekdays (0 is Sunday). */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function weekDraft(week: SiteWeek | null, office: OrgSettings['values']): SiteWeek {
  return week ?? { days: [1, 2, 3, 4, 5], start: office.workStart, end: office.workEnd, observesHolidays: true };
}

/**
 * A site's own working week (seed 004: a lobby open seven days): which weekdays, which hours, and
 * whether public holidays apply. Deadlines on the working clock count this site's time.
 */
export function SiteWeekForm({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const [siteId, setSiteId] = useState(settings.sites[0]?.id ?? '');
  const site = settings.sites.find((s) => s.id === siteId);
  const [own, setOwn] = useState(site?.week !== null && site !== undefined);
  const [week, setWeek] = useState<SiteWeek>(() => weekDraft(site?.week ?? null, settings.values));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<AppError>();
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<SiteWeek>) => {
    setSaved(false);
    setWeek((current) => ({ ...current, ...patch }));
  };

  function pick(id: string) {
    const chosen = settings.sites.find((s) => s.id === id);
    setSiteId(id);
    setOwn(chosen?.week != null);
    setWeek(weekDraft(chosen?.week ?? null, settings.values));
    setErrors({});
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!site) return;
    const result = await save('settings.saveSite', { id: site.id, name: site.name, sort: site.sort, active: site.active, week: own ? week : null });
    const issues: Partial<Record<string, string>> = {};
    if (!result.ok) for (const issue of result.error.issues ?? []) issues[issue.path.split('.').pop() ?? ''] ??= issue.message;
    setErrors(issues);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
    setSaved(result.ok);
  }

  if (!site) return null;
  return (
    <form className="settings-subform" onSubmit={submit} noValidate aria-labelledby="site-week-title">
      <h3 id="site-week-title" className="settings-subtitle">
        {t('settings.sites.weekTitle')}
      </h3>
      {failure && <ErrorBanner error={failure} />}
      <div className="settings-fields">
        <FormField id="site-week-site" label={t('settings.sites.weekSite')}>
          {(control) => (
            <ChoiceSelect {...control} choices={settings.sites.map((s) => ({ value: s.id, label: s.name }))} value={siteId} onValueChange={(id) => id && pick(id)} />
          )}
        </FormField>
      </div>
      <Checkbox checked={own} onChange={(event) => (setSaved(false), setOwn(event.target.checked))}>
        {t('settings.sites.ownWeek')}
      </Checkbox>
      {own && (
        <>
          <fieldset className="settings-group">
            <legend>{t('settings.sites.days')}</legend>
            <Checkbox.Group
              value={week.days}
              onChange={(days) => change({ days: days as number[] })}
              options={WEEKDAYS.map((day) => ({ value: day, label: t(`settings.sites.weekday.${WEEKDAY_KEYS[day]}`) }))}
            />
            {errors.days && <RowError id="site-week-days-error" errorKey={errors.days} />}
          </fieldset>
          <div className="settings-fields">
            <FormField id="site-week-start" label={t('settings.values.workStart')} errorKey={errors.start} required>
              {(control) => <TimeInput {...control} value={week.start} onValueChange={(start) => change({ start })} />}
            </FormField>
            <FormField id="site-week-end" label={t('settings.values.workEnd')} errorKey={errors.end} required>
              {(control) => <TimeInput {...control} value={week.end} onValueChange={(end) => change({ end })} />}
            </FormField>
          </div>
          <Checkbox checked={week.observesHolidays} onChange={(event) => change({ observesHolidays: event.target.checked })}>
            {t('settings.sites.observesHolidays')}
          </Checkbox>
        </>
      )}
      <div className="form-actions">
        <Button htmlType="submit" type="primary">
          {t('settings.sites.saveWeek')}
        </Button>
      </div>
      {saved && <Alert type="success" showIcon role="status" title={t('settings.sites.weekSaved', { name: site.name })} />}
    </form>
  );
}
