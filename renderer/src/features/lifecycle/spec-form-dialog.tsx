import { Button, Checkbox, Input } from 'antd';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppError } from '../../../../shared/result';
import type { FieldErrors } from '../../lib/field-errors';
import { submitOnEnter } from '../../lib/keyboard';
import { ErrorBanner, MessageBanner } from '../../ui/error-banner';
import { ChoiceSelect, MultiChoiceSelect, type Choice, type ChoiceGroup } from '../../ui/choice-select';
import { DateTimeInput } from '../../ui/date-inputs';
import { FormField } from '../../ui/form-field';
import { ModalDialog } from '../../ui/modal-dialog';
import { errorsFromIssues, listOf, validateForm, type FieldSpec, type FormSpec, type FormValues, type SchemaLike } from './form-model';

export interface SubmitFailure {
  error: AppError;
  /** Shown above the form instead of the error code's generic text. */
  message?: string;
}

interface SpecFormDialogProps<Ctx> {
  title: string;
  /** Prefix of the control ids, unique on the page. */
  idPrefix: string;
  spec: FormSpec<Ctx>;
  ctx: Ctx;
  schema: SchemaLike;
  submitLabel: string;
  intro?: ReactNode;
  /** More controls after the described fields (a file picker). */
  extra?: ReactNode;
  /** Errors of the extra controls, checked with the rest. */
  extraErrors?: () => FieldErrors;
  /** The person may not submit at all (the reason is in `intro`). */
  submitDisabled?: boolean;
  /** Server issue paths start with this (`transition.` for a transition). */
  issuePrefix?: string;
  /** null: done; `handled`: stay open, the caller has shown what went wrong. */
  onSubmit: (input: unknown) => Promise<SubmitFailure | 'handled' | null>;
  onClose: () => void;
}

/**
 * A small modal form drawn from a FormSpec: each field with its label, hint
 * and (beside it) its error in the UI language. The submit button is
 * disabled while the call is out, so a double click sends once.
 */
export function SpecFormDialog<Ctx>(props: SpecFormDialogProps<Ctx>) {
  const { title, idPrefix, spec, ctx, schema, submitLabel, intro, extra, extraErrors, submitDisabled, issuePrefix = '', onSubmit, onClose } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => spec.initial(ctx));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SubmitFailure>();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const setValue = (field: FieldSpec<Ctx>, value: string) => {
    setValues((current) => (field.onChange ? field.onChange(value, current) : { ...current, [field.name]: value }));
    setErrors((current) => (current[field.name] === undefined ? current : { ...current, [field.name]: undefined }));
  };

  const focusFirstError = (found: FieldErrors) => {
    const first = Object.keys(found).find((name) => found[name]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#${idPrefix}-${first}`)?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    const checked = validateForm(spec, values, ctx, schema);
    const more = extraErrors?.() ?? {};
    const found = { ...(checked.ok ? {} : checked.errors), ...Object.fromEntries(Object.entries(more).filter(([, v]) => v)) };
    if (!checked.ok || Object.keys(found).length > 0) {
      setErrors(found);
      setFailure(undefined);
      focusFirstError(found);
      return;
    }
    inFlight.current = true;
    setPending(true);
    setFailure(undefined);
    const result = await onSubmit(checked.input);
    inFlight.current = false;
    setPending(false);
    if (!result || result === 'handled') return;
    const fromServer = errorsFromIssues(result.error.issues ?? [], spec.pathToField, issuePrefix);
    setErrors(fromServer);
    setFailure(result);
    focusFirstError(fromServer);
  }

  const errorCount = Object.values(errors).filter(Boolean).length;
  return (
    <ModalDialog title={title} onClose={onClose} width={600}>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} onKeyDown={submitOnEnter}>
        {intro}
        {errorCount > 0 && (
          <MessageBanner>{t('lifecycle.fixFields', { n: errorCount })}</MessageBanner>
        )}
        {failure && failure.error.code !== 'VALIDATION' &&
          (failure.message ? (
            <MessageBanner>{failure.message}</MessageBanner>
          ) : (
            <ErrorBanner error={failure.error} />
          ))}
        {spec.fields
          .filter((field) => !field.visible || field.visible(values))
          .map((field) => (
            <SpecField
              key={field.name}
              field={field}
              id={`${idPrefix}-${field.name}`}
              value={values[field.name] ?? ''}
              values={values}
              ctx={ctx}
              errorKey={errors[field.name]}
              onValue={(value) => setValue(field, value)}
            />
          ))}
        {extra}
        <div className="dialog__actions">
          <Button htmlType="submit" type="primary" disabled={pending || submitDisabled} aria-busy={pending || undefined}>
            {pending ? t('lifecycle.submitting') : submitLabel}
          </Button>
          <Button onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

function choicesOf<Ctx>(field: FieldSpec<Ctx>, values: FormValues, ctx: Ctx, t: TFunction): (Choice<string> | ChoiceGroup<string>)[] {
  const groups = field.options?.(values, ctx, t) ?? [];
  return groups.flatMap((group): (Choice<string> | ChoiceGroup<string>)[] => (group.label ? [{ label: group.label, options: group.options }] : group.options));
}

interface SpecFieldProps<Ctx> {
  field: FieldSpec<Ctx>;
  id: string;
  value: string;
  values: FormValues;
  ctx: Ctx;
  errorKey: string | undefined;
  onValue: (value: string) => void;
}

function SpecField<Ctx>({ field, id, value, values, ctx, errorKey, onValue }: SpecFieldProps<Ctx>) {
  const { t } = useTranslation();
  const hint = field.hint?.(values, ctx, t);
  const max = typeof field.maxLength === 'function' ? field.maxLength(values) : field.maxLength;
  return (
    <FormField
      id={id}
      label={field.label(t)}
      errorKey={errorKey}
      required={field.required}
      {...(hint ? { hint } : {})}
      {...(max !== undefined ? { counter: { text: value, max } } : {})}
    >
      {(control) => {
        const common = { ...control, value, onChange: (event: { target: { value: string } }) => onValue(event.target.value) };
        switch (field.kind) {
          case 'textarea':
            return <Input.TextArea {...common} autoSize={{ minRows: field.name === 'valueLong' ? 8 : 3, maxRows: 16 }} />;
          case 'datetime':
            return <DateTimeInput {...control} value={value} onValueChange={onValue} />;
          case 'number':
            // A plain field, not a spinner: what was typed stays as typed, and a wrong amount is refused with a message.
            return <Input {...common} inputMode="decimal" autoComplete="off" />;
          case 'text':
            return <Input {...common} autoComplete="off" />;
          case 'password':
            return <Input.Password {...common} autoComplete={field.name === 'current' ? 'current-password' : 'new-password'} />;
          case 'checkbox':
            return (
              <Checkbox {...control} checked={value === 'true'} onChange={(event) => onValue(event.target.checked ? 'true' : '')} />
            );
          case 'select': {
            const empty = field.emptyLabel?.(t, values, ctx);
            return <ChoiceSelect {...control} choices={choicesOf(field, values, ctx, t)} value={value} onValueChange={onValue} {...(empty !== undefined ? { emptyLabel: empty } : {})} />;
          }
          case 'multiselect':
            return <MultiChoiceSelect {...control} choices={choicesOf(field, values, ctx, t)} values={listOf(value)} onValuesChange={(chosen) => onValue(chosen.join(','))} />;
        }
      }}
    </FormField>
  );
}
