import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { CALLBACK_METHODS, SATISFACTION_LEVELS } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { translateKey } from '../../i18n/translate-key';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { isComposing } from '../../lib/keyboard';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { EnumSelect } from '../../ui/enum-select';
import { FormField } from '../../ui/form-field';
import { CallbackAttempts } from './callback-attempts';
import { announceCallbacksChanged } from './callback-events';
import { outcomeDraftOf, outcomeEffect, outcomeInputOf, type OutcomeDraft } from './outcome-draft';
import { DateTimeInput } from '../../ui/date-inputs';

export interface CallbackFormProps {
  callback: Callback;
  kase: CaseDetail;
  unreachableAttempts: number;
  /** An attempt was recorded: the callback as it now is. */
  onAttempt: (updated: Callback) => void;
  /** The outcome was recorded: the case is closed or back with its department. */
  onRecorded: (updated: Callback, effect: 'close' | 'reopen') => void;
  /** The core refused because the case moved on meanwhile: why, in words; whoever shows the case should read it again. */
  onStale: (message: string) => void;
}

interface ChoiceGroupProps<T extends string> {
  id: string;
  legend: string;
  values: readonly T[];
  value: T | '';
  labelOf: (value: T) => string;
  errorKey: string | undefined;
  onChange: (value: T) => void;
}

/**
 * A row of radio buttons under its legend, with its error right under it as FormField shows one.
 * A fieldset, not a form item: the legend names the group, which a label cannot do for radios.
 */
function ChoiceGroup<T extends string>({ id, legend, values, value, labelOf, errorKey, onChange }: ChoiceGroupProps<T>) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <fieldset className="callback-choices" aria-describedby={errorKey ? errorId : undefined}>
      <legend>
        <span className="callback-choices__required" aria-hidden="true" title={t('common.required')}>
          *
        </span>
        {legend}
      </legend>
      <Form.Item
        validateStatus={errorKey ? 'error' : undefined}
        help={errorKey ? <span id={errorId}>{translateKey(t, errorKey)}</span> : undefined}
      >
        <Radio.Group
          name={id}
          value={value}
          options={values.map((option) => ({ value: option, label: labelOf(option) }))}
          onChange={(event) => {
            const picked = values.find((option) => option === event.target.value);
            if (picked) onChange(picked);
          }}
        />
      </Form.Item>
    </fieldset>
  );
}

/** Enter in a one-line field does nothing (IME candidates, stray presses); saving is the button. */
function blockEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && (isComposing(event) || event.target instanceof HTMLInputElement)) event.preventDefault();
}

/** The pending round of a resolved case: tries that failed, then the outcome with the customer's satisfaction. */
export function CallbackForm({ callback, kase, unreachableAttempts, onAttempt, onRecorded, onStale }: CallbackFormProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatDateTime();
  const id = `callback-${callback.id}`;
  const [draft, setDraft] = useState<OutcomeDraft>(() => outcomeDraftOf(callback));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [refusal, setRefusal] = useState<string>();
  const [pending, setPending] = useState(false);
  const change = (patch: Partial<OutcomeDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // A field that has just been answered no longer shows its old error.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))));
  };
  const lockedMethod = callback.requiredMethod;
  const effect = outcomeEffect(draft);
  const errorCount = Object.values(errors).filter(Boolean).length;
  const notResolved =
    kase.status !== 'resolved' ? t('callbacks.form.notResolved', { number: kase.number, status: labels.status(kase.status) }) : undefined;
  const blocked = refusal ?? notResolved;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending || blocked) return;
    // A fresh id per click: the core applies one request once, so a double click records one outcome.
    const built = outcomeInputOf(draft, callback.id, crypto.randomUUID());
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    setPending(true);
    const result = await call('callbacks.record', built.input);
    setPending(false);
    if (result.ok) {
      setFailure(undefined);
      announceCallbacksChanged();
      onRecorded(result.value, effect ?? 'close');
      return;
    }
    if (result.error.code === 'VALIDATION') return setErrors(fromServerIssues(result.error.issues));
    if (result.error.code === 'INVALID_TRANSITION') {
      // Someone moved the case on meanwhile (reopened it, or recorded this round): say what happened, plainly.
      const fresh = await call('cases.get', { id: callback.caseId });
      const status = fresh.ok ? fresh.value.status : kase.status;
      const message =
        status !== 'resolved'
          ? t('callbacks.form.notResolved', { number: kase.number, status: labels.status(status) })
          : t('callbacks.form.alreadyDone');
      setRefusal(message);
      setFailure(undefined);
      onStale(message);
      return;
    }
    setFailure(result.error);
  }

  const departmentName = kase.departmentName || t('callbacks.form.noDepartment');
  let preview: ReactNode = null;
  if (effect === 'close') preview = t('callbacks.form.willClose');
  if (effect === 'reopen') preview = t('callbacks.form.willReopen', { department: departmentName });

  return (
    <>
      <p className="callback-hint">
        {t('callbacks.form.due', { at: format(callback.dueAt), person: callback.assigneeName || t('common.empty') })}
      </p>
      {blocked && <Alert type="error" showIcon className="callback-banner" title={blocked} />}
      <CallbackAttempts callback={callback} unreachableAttempts={unreachableAttempts} onRecorded={onAttempt} />
      <form aria-labelledby={`${id}-outcome`} onSubmit={submit} onKeyDown={blockEnter} noValidate>
        <h3 id={`${id}-outcome`} className="callback-form__subtitle">
          {t('callbacks.form.outcomeTitle')}
        </h3>
        {errorCount > 0 && <Alert type="error" showIcon className="callback-banner" title={t('callbacks.form.fixFields', { n: errorCount })} />}
        {failure && <ErrorBanner error={failure} />}
        <FormField
          id={`${id}-method`}
          label={t('callbacks.form.method')}
          errorKey={errors.method}
          hint={lockedMethod ? t('callbacks.form.homeVisitWhy') : undefined}
          required
        >
          {(control) => (
            <EnumSelect
              {...control}
              className="callback-method"
              values={lockedMethod ? [lockedMethod] : CALLBACK_METHODS}
              value={draft.method}
              labelOf={(method) => t(`callbacks.methods.${method}`)}
              onValueChange={(method) => change({ method })}
            />
          )}
        </FormField>
        <ChoiceGroup
          id={`${id}-satisfaction`}
          legend={t('callbacks.form.satisfaction')}
          values={SATISFACTION_LEVELS}
          value={draft.satisfaction}
          labelOf={(level) => t(`callbacks.satisfaction.${level}`)}
          errorKey={errors.satisfaction}
          onChange={(satisfaction) => change({ satisfaction })}
        />
        <ChoiceGroup
          id={`${id}-solved`}
          legend={t('callbacks.form.solved')}
          values={['yes', 'no'] as const}
          value={draft.solved}
          labelOf={(answer) => (answer === 'yes' ? t('callbacks.form.yes') : t('callbacks.form.no'))}
          errorKey={errors.solved}
          onChange={(solved) => change({ solved })}
        />
        <FormField
          id={`${id}-words`}
          label={t('callbacks.form.customerWords')}
          errorKey={errors.customerWords}
          hint={t('callbacks.form.customerWordsHint')}
        >
          {(control) => (
            <Input.TextArea
              {...control}
              autoSize={{ minRows: 3 }}
              maxLength={4000}
              value={draft.customerWords}
              onChange={(event) => change({ customerWords: event.target.value })}
            />
          )}
        </FormField>
        <FormField id={`${id}-doneAt`} label={t('callbacks.form.doneAt')} errorKey={errors.doneAt} hint={t('callbacks.form.doneAtHint')}>
          {(control) => <DateTimeInput {...control} value={draft.doneAt} onValueChange={(doneAt) => change({ doneAt })} />}
        </FormField>
        {effect === 'reopen' && (
          <FormField
            id={`${id}-rectification`}
            label={t('callbacks.form.rectificationDueAt')}
            errorKey={errors.rectificationDueAt}
            hint={t('callbacks.form.rectificationHint')}
          >
            {(control) => (
              <DateTimeInput {...control} value={draft.rectificationDueAt} onValueChange={(rectificationDueAt) => change({ rectificationDueAt })} />
            )}
          </FormField>
        )}
        {/* What saving will do, said before it is done; a note beside the form, not an alarm. */}
        {preview && <Alert type={effect === 'close' ? 'success' : 'warning'} role="note" className="callback-banner" title={preview} />}
        <div className="form-actions">
          <Button htmlType="submit" type="primary" disabled={pending || Boolean(blocked)}>
            {pending ? t('common.saving') : t('callbacks.form.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
