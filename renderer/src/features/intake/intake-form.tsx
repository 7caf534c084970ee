import { AutoComplete, Button, Checkbox, Input } from 'antd';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, NATURES } from '../../../../shared/domain';
import { caseFieldRow } from '../../../../shared/vocabulary/case-fields';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { isComposing } from '../../lib/keyboard';
import { useOrgLookups } from '../../lib/use-org-lookups';
import { ErrorBanner, MessageBanner } from '../../ui/error-banner';
import { ChoiceSelect } from '../../ui/choice-select';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import { useCan } from '../session/session-context';
import { intakeControlId as idOf, INVALID_EXPLANATION, ON_THE_SPOT_RESULT, REFER_TO_MANAGER, type IntakeField } from './intake-values';

/** As long as a resolution summary may be (the resolve step's limit). */
const ON_THE_SPOT_LIMIT = 4000;
/** As long as the explanation in 判定性质 may be. */
const EXPLANATION_LIMIT = 2000;
import type { IntakeForm as IntakeFormState } from './use-intake-form';
import { DateTimeInput } from '../../ui/date-inputs';

interface IntakeFormProps {
  form: IntakeFormState;
  onCancel: () => void;
}

/**
 * Enter never saves: in a single-line field it does nothing, in the
 * complaint text it starts a new line, and while an IME is composing it
 * belongs to the IME. Saving is the button or Ctrl+S only.
 */
function blockEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && !isComposing(event) && event.target instanceof HTMLInputElement) event.preventDefault();
}

interface DecisionTextProps {
  name: typeof INVALID_EXPLANATION | typeof ON_THE_SPOT_RESULT;
  label: string;
  hint: string;
  errorKey: string | undefined;
  max: number;
  value: string;
  onChange: (text: string) => void;
}

/** A required text that goes with what the desk decided (the explanation of an invalid complaint, the on-the-spot result). */
function DecisionText({ name, label, hint, errorKey, max, value, onChange }: DecisionTextProps) {
  return (
    <FormField id={idOf(name)} label={label} hint={hint} errorKey={errorKey} required className="field--wide" counter={{ text: value, max }}>
      {(control) => (
        <Input.TextArea {...control} autoSize={{ minRows: 2, maxRows: 10 }} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  );
}

/** 登记投诉: the fields in the order a front-desk conversation goes. */
export function IntakeForm({ form, onCancel }: IntakeFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const lookups = useOrgLookups();
  const can = useCan();
  const { values, errors, setField } = form;
  // A nature chosen here is the judgment, so only someone who may judge is offered one.
  const natureChoices = [
    ...(can('judge') ? NATURES : (['unjudged'] as const)).map((nature) => ({ value: nature, label: labels.nature(nature) })),
    ...(can('judge') ? [{ value: REFER_TO_MANAGER, label: t('intake.referToManager') }] : []),
  ];
  const errorCount = Object.values(errors).filter(Boolean).length;
  const text = (field: IntakeField) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => setField(field, event.target.value),
  });
  const field = (name: IntakeField, required = false) => {
    const limit = caseFieldRow(name).limit;
    return {
      id: idOf(name),
      label: t(`fields.${name}`),
      errorKey: errors[name],
      required,
      // A counter instead of maxLength: a paste longer than the limit is kept whole and refused with a message, never cut.
      ...(limit !== undefined ? { counter: { text: values[name], max: limit } } : {}),
    };
  };

  return (
    <form
      className="intake"
      aria-labelledby="intake-title"
      noValidate
      onKeyDown={blockEnter}
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <div className="page-head">
        <h1 id="intake-title">{t('intake.title')}</h1>
        <p className="muted">{t('intake.shortcuts')}</p>
      </div>
      {errorCount > 0 && (
        <MessageBanner>{t('intake.fixFields', { n: errorCount })}</MessageBanner>
      )}
      {form.failure && form.failure.code !== 'VALIDATION' && <ErrorBanner error={form.failure} />}

      <div className="form-grid">
        <FormField {...field('channel', true)}>
          {(control) => (
            <EnumSelect
              {...control}
              values={CHANNELS}
              value={values.channel as (typeof CHANNELS)[number] | ''}
              labelOf={labels.channel}
              emptyLabel={t('common.choose')}
              onValueChange={(value) => setField('channel', value)}
              autoFocus
            />
          )}
        </FormField>
        <FormField {...field('receivedAt', true)}>
          {(control) => (
            <>
              <DateTimeInput {...control} value={values.receivedAt} onValueChange={(value) => setField('receivedAt', value)} />
              {form.oldReceivedAt && (
                <Checkbox className="field__confirm" checked={form.confirmOldReceivedAt} onChange={(event) => form.setConfirmOldReceivedAt(event.target.checked)}>
                  {t('intake.confirmOldReceivedAt')}
                </Checkbox>
              )}
            </>
          )}
        </FormField>
        <FormField {...field('complainantName', true)}>
          {(control) => <Input {...control} autoComplete="off" {...text('complainantName')} />}
        </FormField>
        <FormField {...field('phone')} hint={t('intake.phoneHint')}>
          {(control) => <Input {...control} type="tel" autoComplete="off" {...text('phone')} />}
        </FormField>
        <FormField {...field('email')}>
          {(control) => <Input {...control} type="email" autoComplete="off" {...text('email')} />}
        </FormField>
        <FormField {...field('buildingRoom')}>
          {(control) => <Input {...control} autoComplete="off" {...text('buildingRoom')} />}
        </FormField>
        <FormField {...field('site')}>
          {(control) => (
            // The sites set up in Settings are offered as the person types; one not set up yet can still be written down.
            <AutoComplete
              {...control}
              value={values.site}
              options={lookups.siteNames.map((name) => ({ value: name }))}
              showSearch={{ filterOption: (typed, option) => String(option?.value ?? '').includes(typed.trim()) }}
              onChange={(value: string) => setField('site', value)}
            />
          )}
        </FormField>
        <FormField {...field('content', true)} className="field--wide">
          {(control) => <Input.TextArea {...control} autoSize={{ minRows: 6, maxRows: 16 }} {...text('content')} />}
        </FormField>
        <FormField {...field('category', true)}>
          {(control) => (
            <EnumSelect
              {...control}
              values={lookups.categories.map((c) => c.code)}
              value={values.category}
              labelOf={lookups.categoryLabel}
              emptyLabel={t('common.choose')}
              onValueChange={(value) => setField('category', value)}
            />
          )}
        </FormField>
        <FormField {...field('nature', true)} hint={t('intake.natureHint')}>
          {(control) => (
            <ChoiceSelect {...control} choices={natureChoices} value={values.nature} onValueChange={(value) => setField('nature', value)} />
          )}
        </FormField>
        {values.nature === 'invalid' && (
          <DecisionText
            name={INVALID_EXPLANATION}
            label={t('intake.invalidExplanation')}
            hint={t('intake.invalidExplanationHint')}
            errorKey={errors[INVALID_EXPLANATION]}
            max={EXPLANATION_LIMIT}
            value={form.invalidExplanation}
            onChange={form.setInvalidExplanation}
          />
        )}
        <div className="field--wide">
          <Checkbox checked={form.onTheSpot} onChange={(event) => form.setOnTheSpot(event.target.checked)}>
            {t('intake.onTheSpot')}
          </Checkbox>
        </div>
        {form.onTheSpot && (
          <DecisionText
            name={ON_THE_SPOT_RESULT}
            label={t('intake.onTheSpotResult')}
            hint={t('intake.onTheSpotHint')}
            errorKey={errors[ON_THE_SPOT_RESULT]}
            max={ON_THE_SPOT_LIMIT}
            value={form.onTheSpotResult}
            onChange={form.setOnTheSpotResult}
          />
        )}
      </div>

      <div className="form-actions">
        <Button
         
          type="primary"
          aria-keyshortcuts="Control+S"
          disabled={form.saving}
          onClick={() => void form.save()}
        >
          {form.saving ? t('common.saving') : t('common.save')}
        </Button>
        <Button aria-keyshortcuts="Escape" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
