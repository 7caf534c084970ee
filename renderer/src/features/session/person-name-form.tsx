import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { personNameSchema } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/result';
import { fromServerIssues, issueMessageKey } from '../../lib/field-errors';
import { isComposing } from '../../lib/keyboard';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';

interface PersonNameFormProps {
  submitLabel: string;
  onSubmit: (name: string) => Promise<Result<unknown>>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** One name field and its button: used on the pick-your-name screen and in the add-person dialog. */
export function PersonNameForm({ submitLabel, onSubmit, onCancel, autoFocus }: PersonNameFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [errorKey, setErrorKey] = useState<string>();
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = personNameSchema.safeParse(name);
    if (!parsed.success) {
      setErrorKey(issueMessageKey(parsed.error.issues[0]?.message ?? ''));
      return;
    }
    setBusy(true);
    const result = await onSubmit(parsed.data);
    setBusy(false);
    if (result.ok) return;
    setErrorKey(fromServerIssues(result.error.issues).name);
    setFailure(result.error.code === 'VALIDATION' ? undefined : result.error);
  }

  function guardIme(event: KeyboardEvent) {
    if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
  }

  return (
    <form className="person-form" onSubmit={submit} onKeyDown={guardIme} noValidate>
      {failure && <ErrorBanner error={failure} />}
      <FormField id={`${id}-name`} label={t('session.name')} errorKey={errorKey} required>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={40}
            value={name}
            autoFocus={autoFocus}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
