import { Button, InputNumber, Space, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEADLINE_CLOCKS, DEADLINE_UNITS, NATURES, type DeadlineUnit, type Nature } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { DeadlineRule, OrgSettings } from '../../../../shared/schemas/settings';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { ErrorBanner } from '../../ui/error-banner';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import { RowError } from './row-error';
import { useCategoryName } from './use-category-name';
import { ruleDraftOf, ruleInputOf, type RuleDraft } from './rule-draft';
import type { SaveSettings } from './use-org-settings';
import { ChoiceSelect } from '../../ui/choice-select';

interface DeadlineRuleFormProps {
  settings: OrgSettings;
  /** The rule being changed; a new one when absent. */
  rule: DeadlineRule | undefined;
  save: SaveSettings;
  onDone: () => void;
}

function DurationField({
  part,
  draft,
  errorKey,
  onChange,
}: {
  part: 'response' | 'acceptance' | 'resolution';
  draft: RuleDraft;
  errorKey: string | undefined;
  onChange: (patch: Partial<RuleDraft>) => void;
}) {
  const { t } = useTranslation();
  const label = t(`settings.rules.${part}`);
  const errorId = `rule-${part}-error`;
  const hintId = `rule-${part}-hint`;
  const amountKey = `${part}Amount` as const;
  const unitKey = `${part}Unit` as const;
  return (
    <fieldset className="settings-duration">
      <legend className="settings-duration__label">{label}</legend>
      {/* The amount and its unit read as one box, as antd joins them. */}
      <Space.Compact block>
        <InputNumber<string>
          stringMode
          className="settings-duration__amount"
          // No min or max here: antd would quietly change what was typed; the form says what is wrong instead.
          step={1}
          inputMode="numeric"
          status={errorKey ? 'error' : undefined}
          aria-label={t('settings.rules.amount', { label })}
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={[errorKey ? errorId : '', hintId].filter(Boolean).join(' ')}
          value={draft[amountKey]}
          onChange={(amount) => onChange({ [amountKey]: amount ?? '' })}
        />
        <EnumSelect
          className="settings-duration__unit"
          aria-label={t('settings.rules.unit', { label })}
          aria-invalid={errorKey ? true : undefined}
          values={DEADLINE_UNITS}
          value={draft[unitKey]}
          labelOf={(unit) => t(draft.clock === 'elapsed' ? `settings.rules.elapsedUnits.${unit}` : `settings.rules.units.${unit}`)}
          onValueChange={(unit) => unit && onChange({ [unitKey]: unit as DeadlineUnit })}
        />
      </Space.Compact>
      {errorKey && <RowError id={errorId} errorKey={errorKey} />}
      <Typography.Text id={hintId} type="secondary" className="settings-duration__hint">
        {t('settings.rules.emptyHint')}
      </Typography.Text>
    </fieldset>
  );
}

/** Adds a rule, or changes the one picked in the table. */
export function DeadlineRuleForm({ settings, rule, save, onDone }: DeadlineRuleFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const categoryName = useCategoryName(settings);
  const [draft, setDraft] = useState<RuleDraft>(() => ruleDraftOf(rule));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);
  const change = (patch: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const categories = ['*', ...settings.categories.filter((c) => c.active || c.id === draft.category).map((c) => c.id)];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const built = ruleInputOf(draft, rule?.id, settings.deadlineRules);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    setPending(true);
    const result = await save('settings.saveDeadlineRule', built.input);
    setPending(false);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
    if (!result.ok) {
      const issues: Partial<Record<string, string>> = {};
      for (const issue of result.error.issues ?? []) issues[issue.path.split('.')[0] ?? ''] ??= issue.message;
      return setErrors(issues);
    }
    if (rule) onDone();
    else setDraft(ruleDraftOf(undefined));
  }

  return (
    <form className="settings-subform" onSubmit={submit} noValidate aria-labelledby="rule-form-title">
      <h3 id="rule-form-title" className="settings-subtitle">
        {rule ? t('settings.rules.editTitle') : t('settings.rules.newTitle')}
      </h3>
      {failure && <ErrorBanner error={failure} />}
      <div className="settings-rule-grid">
        <FormField id="rule-nature" label={t('settings.rules.nature')} errorKey={errors.nature} required>
          {(control) => (
            <EnumSelect
              {...control}
              values={NATURES}
              value={draft.nature}
              labelOf={labels.nature}
              emptyLabel={t('common.choose')}
              onValueChange={(nature) => change({ nature: nature as Nature | '' })}
            />
          )}
        </FormField>
        <FormField id="rule-category" label={t('settings.rules.category')} errorKey={errors.category} required>
          {(control) => (
            <ChoiceSelect
              {...control}
              value={draft.category}
              choices={categories.map((code) => ({ value: code, label: categoryName(code) }))}
              onValueChange={(category) => change({ category })}
            />
          )}
        </FormField>
        <FormField id="rule-clock" label={t('settings.rules.clock')} hint={t('settings.rules.clockHint')}>
          {(control) => (
            <EnumSelect
              {...control}
              values={DEADLINE_CLOCKS}
              value={draft.clock}
              labelOf={(clock) => t(`settings.rules.clocks.${clock}`)}
              onValueChange={(clock) => clock && change({ clock })}
            />
          )}
        </FormField>
        <DurationField part="response" draft={draft} errorKey={errors.response} onChange={change} />
        <DurationField part="acceptance" draft={draft} errorKey={errors.acceptance} onChange={change} />
        <DurationField part="resolution" draft={draft} errorKey={errors.resolution} onChange={change} />
      </div>
      <div className="form-actions">
        <Button htmlType="submit" type="primary" disabled={pending}>
          {pending ? t('common.saving') : rule ? t('settings.rules.saveEdit') : t('settings.rules.add')}
        </Button>
        {rule && (
          <Button onClick={onDone}>
            {t('settings.rules.cancelEdit')}
          </Button>
        )}
      </div>
    </form>
  );
}
