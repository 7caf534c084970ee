import type { ReactNode } from 'react';
import { Form } from 'antd';
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
  /**
   * A problem already in the UI language (it names a file). A form's key errors come with its
   * "有 N 项需要修改" banner, which is read out; this one has no banner, so it is read out itself.
   */
  errorText?: string | undefined;
  hint?: string;
  required?: boolean;
  className?: string;
  /** The text typed so far and the most the field takes: shown as "12 / 60" beside the field. */
  counter?: { text: string; max: number };
  children: (control: ControlProps) => ReactNode;
}

/**
 * An antd form item (label above, the error in red right under the control,
 * then the hint), whose state lives in the form that owns it: the core's
 * checks and the form's own give the same `errors.*` keys, so one item shows
 * both. antd paints the control red through the item's status; the ids tie
 * the label, error, hint and count to the control for screen readers.
 */
export function FormField({ id, label, errorKey, errorText, hint, required, className, counter, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const error = errorKey ? translateKey(t, errorKey) : errorText;
  const errorId = error ? `${id}-error` : undefined;
  // The count is read out with the field only once it is over the limit; until then it is just a glance.
  const counterOver = counter ? characterCount(counter.text.trim()) > counter.max : false;
  const counterId = counter ? `${id}-count` : undefined;
  const describedBy = [errorId, hintId, counterOver ? counterId : undefined].filter(Boolean).join(' ') || undefined;
  const extra =
    hint || counter ? (
      <>
        {hint && <span id={hintId}>{hint}</span>}
        {counter && <CharacterCounter id={counterId!} text={counter.text} max={counter.max} />}
      </>
    ) : undefined;
  return (
    <Form.Item
      layout="vertical"
      className={['field', className ?? ''].filter(Boolean).join(' ')}
      // antd's own star is CSS text, which Chromium reads into the label's name ("* 密码"); this one is hidden
      // from screen readers, which hear "required" from aria-required.
      label={
        required ? (
          <>
            {label}
            <span className="field__required" aria-hidden="true" title={t('common.required')}>
              *
            </span>
          </>
        ) : (
          label
        )
      }
      htmlFor={id}
      colon={false}
      validateStatus={error ? 'error' : undefined}
      help={
        error ? (
          <span id={errorId} role={errorKey ? undefined : 'alert'}>
            {error}
          </span>
        ) : undefined
      }
      extra={extra}
    >
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required ? true : undefined,
      })}
    </Form.Item>
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
    <span id={id} className={over ? 'field__counter field__counter--over' : 'field__counter'} aria-live={over ? 'polite' : 'off'}>
      {over ? t('common.countOver', { count, max, over: count - max }) : t('common.count', { count, max })}
    </span>
  );
}
