import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../i18n/translate-key';

/** What a field hands its control so the label, hint and error are tied to it for assistive tech. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  /** i18n key of the problem with this field, e.g. `errors.required`. */
  errorKey?: string | undefined;
  hint?: string;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, its control, and (right beside it) the hint and any error for that control. */
export function FormField({ id, label, errorKey, hint, required, className, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorKey ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', errorKey ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && (
          <span className="field__required" aria-hidden="true" title={t('common.required')}>
            *
          </span>
        )}
      </label>
      {children({
        id,
        'aria-invalid': errorKey ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required ? true : undefined,
      })}
      {errorKey && (
        <p id={errorId} className="field__error">
          <span className="field__error-icon" aria-hidden="true">
            ⚠
          </span>
          {translateKey(t, errorKey)}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
