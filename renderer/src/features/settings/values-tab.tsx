import { Button } from 'antd';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, SATISFACTION_LEVELS, type Role } from '../../../../shared/domain';
import { translateKey } from '../../i18n/translate-key';
import type { AppError } from '../../../../shared/result';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { isComposing } from '../../lib/keyboard';
import { ErrorBanner } from '../../ui/error-banner';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import type { SaveSettings } from './use-org-settings';
import { rangeOf, valuesDraftOf, valuesInputOf, type NumberValue, type ValuesDraft, type ValuesErrors } from './values-draft';
import { TimeInput } from '../../ui/date-inputs';

const GROUPS: { title: 'cases' | 'callbacks' | 'security' | 'backup'; names: NumberValue[] }[] = [
  { title: 'cases', names: ['duplicateWindowDays', 'dueSoonHours', 'maxAttachmentMb', 'receivedAtConfirmDays'] },
  { title: 'callbacks', names: ['callbackWorkingDays', 'unreachableAttempts'] },
  { title: 'security', names: ['idleLockMinutes', 'lockMinutes'] },
  { title: 'backup', names: ['backupDaily', 'backupWeekly', 'backupMonthly'] },
];

/** Enter in a field does not submit by accident while typing numbers; the button or Enter on it does. */
function blockEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && (isComposing(event) || event.target instanceof HTMLInputElement)) event.preventDefault();
}

/** 工作时间与参数: working hours, duplicate window, due-soon warning, attachments, escalation, callbacks and quotas. */
export function ValuesTab({ settings, save }: { settings: OrgSettings; save: SaveSettings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ValuesDraft>(() => valuesDraftOf(settings.values));
  const [errors, setErrors] = useState<ValuesErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<ValuesDraft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const errorCount = Object.values(errors).filter(Boolean).length;
  const roleLabel = (role: Role) => t(`settings.roles.${role}`);
  const hints: Partial<Record<NumberValue, string>> = {
    duplicateWindowDays: t('settings.values.duplicateWindowDaysHint'),
    dueSoonHours: t('settings.values.dueSoonHoursHint'),
    receivedAtConfirmDays: t('settings.values.receivedAtConfirmDaysHint'),
    callbackWorkingDays: t('settings.values.callbackWorkingDaysHint'),
    unreachableAttempts: t('settings.values.unreachableAttemptsHint'),
    idleLockMinutes: t('settings.values.idleLockMinutesHint'),
    lockMinutes: t('settings.values.lockMinutesHint'),
    backupDaily: t('settings.values.backupHint'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const built = valuesInputOf(draft);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    setPending(true);
    const result = await save('settings.saveValues', built.values);
    setPending(false);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
    if (!result.ok) {
      const issues: ValuesErrors = {};
      for (const issue of result.error.issues ?? []) issues[issue.path] ??= issue.message;
      return setErrors(issues);
    }
    setDraft(valuesDraftOf(result.value.values));
    setSaved(true);
  }

  const numberField = (name: NumberValue) => {
    const range = rangeOf(name);
    const rangeText = t('settings.values.range', range);
    return (
      <FormField
        key={name}
        id={`value-${name}`}
        label={t(`settings.values.${name}`)}
        errorKey={errors[name]}
        hint={[hints[name], rangeText].filter(Boolean).join(' ')}
        required
      >
        {(control) => (
          <input
            {...control}
            className="settings-number"
            type="number"
            inputMode="numeric"
            min={range.min}
            max={range.max}
            step={1}
            value={draft.numbers[name]}
            onChange={(event) => change({ numbers: { ...draft.numbers, [name]: event.target.value } })}
          />
        )}
      </FormField>
    );
  };

  return (
    <form className="card settings-values" aria-labelledby="values-title" onSubmit={submit} onKeyDown={blockEnter} noValidate>
      <h2 id="values-title">{t('settings.values.title')}</h2>
      {errorCount > 0 && (
        <div role="alert" className="banner banner--error">
          {t('settings.values.fixFields', { n: errorCount })}
        </div>
      )}
      {failure && <ErrorBanner error={failure} />}

      <fieldset className="settings-group">
        <legend>{t('settings.values.workHours')}</legend>
        <p className="settings-hint">{t('settings.values.workHint')}</p>
        <div className="settings-inline">
          <FormField id="value-workStart" label={t('settings.values.workStart')} errorKey={errors.workStart} required>
            {(control) => <TimeInput {...control} value={draft.workStart} onValueChange={(workStart) => change({ workStart })} />}
          </FormField>
          <FormField id="value-workEnd" label={t('settings.values.workEnd')} errorKey={errors.workEnd} required>
            {(control) => <TimeInput {...control} value={draft.workEnd} onValueChange={(workEnd) => change({ workEnd })} />}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.values.cases')}</legend>
        <div className="settings-inline">{GROUPS[0]!.names.map(numberField)}</div>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.values.escalation')}</legend>
        <p className="settings-hint" id="chain-hint">
          {t('settings.values.majorEscalationChainHint')}
        </p>
        <div className="settings-inline" role="group" aria-label={t('settings.values.majorEscalationChain')} aria-describedby="chain-hint">
          {draft.chain.map((role, index) => (
            <FormField key={index} id={`value-chain-${index}`} label={t('settings.values.level', { n: index + 1 })}>
              {(control) => (
                <EnumSelect
                  {...control}
                  values={ROLES}
                  value={role}
                  labelOf={roleLabel}
                  emptyLabel={t('settings.values.noLevel')}
                  onValueChange={(value) => change({ chain: draft.chain.map((r, i) => (i === index ? value : r)) })}
                />
              )}
            </FormField>
          ))}
        </div>
        <label className="settings-check">
          <input type="checkbox" checked={draft.escalateOverdue} onChange={(event) => change({ escalateOverdue: event.target.checked })} />
          {t('settings.values.escalateOverdue')}
        </label>
      </fieldset>

      <fieldset className="settings-group">
        <legend>{t('settings.values.callbacks')}</legend>
        <div className="settings-inline">{GROUPS[1]!.names.map(numberField)}</div>
        <h3 className="settings-subtitle" id="quotas-title">
          {t('settings.values.callbackQuotas')}
        </h3>
        <p className="settings-hint">
          {t('settings.values.callbackQuotasHint')} {t('settings.values.range', rangeOf('quota'))}
        </p>
        <div className="settings-inline" role="group" aria-labelledby="quotas-title">
          {ROLES.map((role) => (
            <FormField
              key={role}
              id={`value-quota-${role}`}
              label={roleLabel(role)}
              errorKey={errors[`callbackQuotas.${role}`]}
            >
              {(control) => (
                <input
                  {...control}
                  className="settings-number"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  aria-label={t('settings.values.quotaFor', { role: roleLabel(role) })}
                  value={draft.quotas[role]}
                  onChange={(event) => change({ quotas: { ...draft.quotas, [role]: event.target.value } })}
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>

      <fieldset className="settings-group" aria-describedby={errors.satisfiedLevels ? 'satisfied-error satisfied-hint' : 'satisfied-hint'}>
        <legend>{t('settings.values.satisfiedLevels')}</legend>
        <p className="settings-hint" id="satisfied-hint">
          {t('settings.values.satisfiedLevelsHint')}
        </p>
        <div className="settings-inline">
          {SATISFACTION_LEVELS.map((level) => (
            <label key={level} className="settings-check">
              <input
                type="checkbox"
                checked={draft.satisfiedLevels.includes(level)}
                onChange={(event) =>
                  change({
                    satisfiedLevels: event.target.checked
                      ? [...draft.satisfiedLevels, level]
                      : draft.satisfiedLevels.filter((l) => l !== level),
                  })
                }
              />
              {t(`callbacks.satisfaction.${level}`)}
            </label>
          ))}
        </div>
        {errors.satisfiedLevels && (
          <p id="satisfied-error" className="field__error">
            <span className="field__error-icon" aria-hidden="true">
              ⚠
            </span>
            {translateKey(t, errors.satisfiedLevels)}
          </p>
        )}
      </fieldset>

      <div className="form-actions">
        <Button htmlType="submit" type="primary" disabled={pending}>
          {pending ? t('common.saving') : t('settings.values.save')}
        </Button>
        <p role="status" className="settings-saved">
          {saved ? t('settings.saved') : ''}
        </p>
      </div>
    </form>
  );
}
