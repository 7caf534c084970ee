import { Button, Input } from 'antd';
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../shared/result';
import { fromServerIssues } from '../../lib/field-errors';
import { isComposing } from '../../lib/keyboard';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';

interface AddByNameProps {
  label: string;
  submitLabel: string;
  maxLength: number;
  onAdd: (name: string) => Promise<Result<unknown>>;
  /** More fields beside the name (a new person's role and department). */
  children?: ReactNode;
}

/** A name and an Add button under a settings list (more fields beside it in the same row); the field empties once the item is added. */
export function AddByName({ label, submitLabel, maxLength, onAdd, children }: AddByNameProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [errorKey, setErrorKey] = useState<string>();
  const [failure, setFailure] = useState<AppError>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!name.trim()) {
      setErrorKey('errors.required');
      return;
    }
    const submitted = name.trim();
    setPending(true);
    const result = await onAdd(submitted);
    setPending(false);
    setErrorKey(result.ok ? undefined : fromServerIssues(result.error.issues).name);
    setFailure(result.ok || result.error.code === 'VALIDATION' ? undefined : result.error);
    // Whatever was typed meanwhile stays.
    if (result.ok) setName((current) => (current.trim() === submitted ? '' : current));
  }

  function guardIme(event: KeyboardEvent) {
    if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
  }

  return (
    <form className="settings-add" onSubmit={submit} onKeyDown={guardIme} noValidate>
      {failure && <ErrorBanner error={failure} />}
      <div className="settings-add__row">
        <FormField id={`${id}-name`} label={label} errorKey={errorKey} required className="settings-add__field">
          {(control) => (
            <Input
              {...control}
              autoComplete="off"
              maxLength={maxLength}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </FormField>
        {children}
        <Button htmlType="submit" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
