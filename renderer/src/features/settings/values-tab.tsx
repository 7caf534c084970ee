import { Alert, Button, Checkbox, Input, InputNumber, Typography } from 'antd';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CALLBACK_METHODS, ROLES, SATISFACTION_LEVELS, type Role } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { isComposing } from '../../lib/keyboard';
import { ErrorBanner } from '../../ui/error-banner';
import { ChoiceSelect } from '../../ui/choice-select';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import { RowError } from './row-error';
import { SectionCard } from '../../ui/section-card';
import type { SaveSettings } from './use-org-settings';
import { rangeOf, valuesDraftOf, valuesInputOf, type NumberValue, type ValuesDraft, type ValuesErrors } from './values-draft';
import { TimeInput } from '../../ui/date-inputs';

type GroupName = 'cases' | 'callbacks' | 'contractors' | 'security' | 'backup';

const GROUPS: Record<GroupName, NumberValue[]> = {
  cases: ['duplicateWindowDays', 'dueSoonHours', 'reminderMinutes', 'maxAttachmentMb', 'receivedAtConfirmDays'],
  callbacks: ['callbackWorkingDays', 'unreachableAttempts', 'attemptGapMinutes'],
  contractors: ['noticeOnSiteHours', 'noticeReturnHours', 'minimumFineYuan'],
  security: ['idleLockMinutes', 'lockMinutes'],
  backup: ['backupDaily', 'backupWeekly', 'backupMonthly'],
};

interface ValuesGroupProps {
  legend: string;
  hint?: string;
  hintId?: string;
  describedBy?: string;
  children: ReactNode;
}

/** One group of values: a box with its name, a hint, and its fields side by side. */
function ValuesGroup({ legend, hint, hintId, describedBy, children }: ValuesGroupProps) {
  return (
    <fieldset className="settings-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <Typography.Paragraph type="secondary" id={hintId}>
          {hint}
        </Typography.Paragraph>
      )}
      {children}
    </fieldset>
  );
}

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
    reminderMinutes: t('settings.values.reminderMinutesHint'),
    nextEscalationHours: t('settings.values.nextEscalationHoursHint'),
    receivedAtConfirmDays: t('settings.values.receivedAtConfirmDaysHint'),
    callbackWorkingDays: t('settings.values.callbackWorkingDaysHint'),
    unreachableAttempts: t('settings.values.unreachableAttemptsHint'),
    attemptGapMinutes: t('settings.values.attemptGapMinutesHint'),
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
          <NumberInput {...control} value={draft.numbers[name]} onChange={(value) => change({ numbers: { ...draft.numbers, [name]: value } })} />
        )}
      </FormField>
    );
  };

  const numberFields = (group: GroupName) => <div className="settings-fields">{GROUPS[group].map(numberField)}</div>;

  return (
    <SectionCard size="small" titleId="values-title" title={t('settings.values.title')}>
      <form onSubmit={submit} onKeyDown={blockEnter} noValidate>
        {errorCount > 0 && <Alert type="error" showIcon className="settings-notice" title={t('settings.values.fixFields', { n: errorCount })} />}
        {failure && <ErrorBanner error={failure} />}
        <div className="settings-groups">
          <ValuesGroup legend={t('settings.values.workHours')} hint={t('settings.values.workHint')}>
            <div className="settings-fields">
              <FormField id="value-workStart" label={t('settings.values.workStart')} errorKey={errors.workStart} required>
                {(control) => <TimeInput {...control} value={draft.workStart} onValueChange={(workStart) => change({ workStart })} />}
              </FormField>
              <FormField id="value-workEnd" label={t('settings.values.workEnd')} errorKey={errors.workEnd} required>
                {(control) => <TimeInput {...control} value={draft.workEnd} onValueChange={(workEnd) => change({ workEnd })} />}
              </FormField>
            </div>
          </ValuesGroup>

          <ValuesGroup legend={t('settings.values.cases')}>{numberFields('cases')}</ValuesGroup>

          <ValuesGroup legend={t('settings.values.escalation')} hint={t('settings.values.majorEscalationChainHint')} hintId="chain-hint">
            <div className="settings-fields" role="group" aria-label={t('settings.values.majorEscalationChain')} aria-describedby="chain-hint">
              {draft.chain.map((role, index) => (
                <FormField key={index} id={`value-chain-${index}`} label={t('settings.values.level', { n: index + 1 })}>
                  {(control) => (
                    <EnumSelect
                      {...control}
                      values={ROLES}
                      value={role}
                      labelOf={roleLabel}
                      emptyLabel={t('settings.values.noLevel')}
                      onValueChange={(value) =>
                        change({ chain: draft.chain.map((r, i) => (i === index ? value : r)), people: draft.people.map((p, i) => (i === index ? '' : p)) })
                      }
                    />
                  )}
                </FormField>
              ))}
              {draft.chain.map(
                (role, index) =>
                  role && (
                    <FormField key={`person-${index}`} id={`value-chain-person-${index}`} label={t('settings.values.levelPerson', { n: index + 1 })}>
                      {(control) => (
                        <ChoiceSelect
                          {...control}
                          choices={settings.staff.filter((person) => person.role === role && person.active).map((person) => ({ value: person.id, label: person.name }))}
                          value={draft.people[index] ?? ''}
                          emptyLabel={t('settings.values.firstHolder', { role: roleLabel(role) })}
                          onValueChange={(value) => change({ people: draft.people.map((p, i) => (i === index ? value : p)) })}
                        />
                      )}
                    </FormField>
                  ),
              )}
            </div>
            <Checkbox checked={draft.escalateOverdue} onChange={(event) => change({ escalateOverdue: event.target.checked })}>
              {t('settings.values.escalateOverdue')}
            </Checkbox>
            <Checkbox checked={draft.majorEscalationAtOnce} onChange={(event) => change({ majorEscalationAtOnce: event.target.checked })}>
              {t('settings.values.majorEscalationAtOnce')}
            </Checkbox>
            <div className="settings-fields">{numberField('nextEscalationHours')}</div>
          </ValuesGroup>

          <ValuesGroup legend={t('settings.values.contractors')}>
            {numberFields('contractors')}
            <FormField id="value-fineCopiesTo" label={t('settings.values.fineCopiesTo')} hint={t('settings.values.fineCopiesToHint')}>
              {(control) => (
                <Input.TextArea {...control} autoSize={{ minRows: 2, maxRows: 6 }} value={draft.fineCopiesTo} onChange={(event) => change({ fineCopiesTo: event.target.value })} />
              )}
            </FormField>
          </ValuesGroup>

          <ValuesGroup legend={t('settings.values.callbacks')}>
            {numberFields('callbacks')}
            <Checkbox checked={draft.verifyResults} onChange={(event) => change({ verifyResults: event.target.checked })}>
              {t('settings.values.verifyResults')}
            </Checkbox>
            <Checkbox checked={draft.onTheSpotCallback} onChange={(event) => change({ onTheSpotCallback: event.target.checked })}>
              {t('settings.values.onTheSpotCallback')}
            </Checkbox>
            <div className="settings-fields">
              <FormField id="value-majorCallbackMethod" label={t('settings.values.majorCallbackMethod')}>
                {(control) => (
                  <EnumSelect
                    {...control}
                    values={CALLBACK_METHODS}
                    value={draft.majorCallbackMethod}
                    labelOf={(method) => t(`lifecycle.method.${method}`)}
                    emptyLabel={t('settings.values.anyMethod')}
                    onValueChange={(majorCallbackMethod) => change({ majorCallbackMethod })}
                  />
                )}
              </FormField>
              {(['ordinary', 'major'] as const).map((kind) => (
                <FormField key={kind} id={`value-callbackBy-${kind}`} label={t(`settings.values.callbackBy.${kind}`)}>
                  {(control) => (
                    <ChoiceSelect
                      {...control}
                      choices={[
                        { value: 'registrar', label: t('settings.values.registrar') },
                        ...ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
                      ]}
                      value={draft.callbackBy[kind]}
                      onValueChange={(by) => by && change({ callbackBy: { ...draft.callbackBy, [kind]: by } })}
                    />
                  )}
                </FormField>
              ))}
            </div>
            <h3 className="settings-subtitle" id="quotas-title">
              {t('settings.values.callbackQuotas')}
            </h3>
            <Typography.Paragraph type="secondary">
              {t('settings.values.callbackQuotasHint')} {t('settings.values.range', rangeOf('quota'))}
            </Typography.Paragraph>
            <div className="settings-fields" role="group" aria-labelledby="quotas-title">
              {ROLES.map((role) => (
                <FormField key={role} id={`value-quota-${role}`} label={roleLabel(role)} errorKey={errors[`callbackQuotas.${role}`]}>
                  {(control) => (
                    <NumberInput
                      {...control}
                      aria-label={t('settings.values.quotaFor', { role: roleLabel(role) })}
                      value={draft.quotas[role]}
                      onChange={(value) => change({ quotas: { ...draft.quotas, [role]: value } })}
                    />
                  )}
                </FormField>
              ))}
            </div>
          </ValuesGroup>

          <ValuesGroup
            legend={t('settings.values.satisfiedLevels')}
            hint={t('settings.values.satisfiedLevelsHint')}
            hintId="satisfied-hint"
            describedBy={errors.satisfiedLevels ? 'satisfied-error satisfied-hint' : 'satisfied-hint'}
          >
            <div className="settings-checks">
              {SATISFACTION_LEVELS.map((level) => (
                <Checkbox
                  key={level}
                  checked={draft.satisfiedLevels.includes(level)}
                  onChange={(event) =>
                    change({
                      satisfiedLevels: event.target.checked ? [...draft.satisfiedLevels, level] : draft.satisfiedLevels.filter((l) => l !== level),
                    })
                  }
                >
                  {t(`callbacks.satisfaction.${level}`)}
                </Checkbox>
              ))}
            </div>
            {errors.satisfiedLevels && <RowError id="satisfied-error" errorKey={errors.satisfiedLevels} />}
          </ValuesGroup>

          <ValuesGroup legend={t('settings.values.security')}>{numberFields('security')}</ValuesGroup>

          <ValuesGroup legend={t('settings.values.backup')}>{numberFields('backup')}</ValuesGroup>
        </div>

        <div className="form-actions">
          <Button htmlType="submit" type="primary" disabled={pending}>
            {pending ? t('common.saving') : t('settings.values.save')}
          </Button>
          <span role="status" className="settings-saved">
            {saved ? t('settings.saved') : ''}
          </span>
        </div>
      </form>
    </SectionCard>
  );
}

interface NumberInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  'aria-label'?: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

/**
 * A whole number as typed (kept as text until saved). No min or max on the box: antd would quietly
 * change an out-of-range number on leaving it, where the form instead says what the range is.
 */
function NumberInput({ value, onChange, ...control }: NumberInputProps) {
  return (
    <InputNumber<string>
      {...control}
      stringMode
      inputMode="numeric"
      step={1}
      value={value}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}
