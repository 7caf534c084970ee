import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../i18n/translate-key';
import { characterCount } from '../../../shared/vocabulary/entry-schemas';

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
  /** The text typed so far and the most the field takes: shown as "12 / 60" beside the field. */
  counter?: { text: string; max: number };
  children: (control: ControlProps) => ReactNode;
}

/** A label, its control, and (right beside it) the hint and any error for that control. */
export function FormField({ id, label, errorKey, hint, required, className, counter, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorKey ? `${id}-error` : undefined;
  // The count is read out with the field only once it is over the limit; until then it is just a glance.
  const counterOver = counter ? characterCount(counter.text.trim()) > counter.max : false;
  const counterId = counter ? `${id}-count` : undefined;
  const describedBy = [errorId, hintId, counterOver ? counterId : undefined].filter(Boolean).join(' ') || undefined;
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
      {counter && <CharacterCounter id={counterId!} text={counter.text} max={counter.max} />}
    </div>
  );
}

/**
 * How much of a text limit is used, as the person types. Nothing is ever cut: past the limit the
 * counter turns red and saving is refused with a message, so pasted text is never lost unseen.
 */
function CharacterCounter({ id, text, max }: { id: string; text: string; max: number }) {
  const { t } = useTranslation();
  const count = characterCount(text.trim());
  const over = count > max;
  return (
    <p id={id} className={over ? 'field__counter field__counter--over' : 'field__counter'} aria-live={over ? 'polite' : 'off'}>
      {over ? t('common.countOver', { count, max, over: count - max }) : t('common.count', { count, max })}
    </p>
  );
}
