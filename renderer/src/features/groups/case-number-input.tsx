import { Button, Form, Input, Space } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { translateKey } from '../../i18n/translate-key';
import { isComposing } from '../../lib/keyboard';
import { findCase } from './use-groups';

interface CaseNumberInputProps {
  id: string;
  label: string;
  buttonLabel: string;
  hint?: string;
  /** Why this case cannot be added (already there), in words; null when it can. */
  refuse?: (detail: CaseDetail) => string | null;
  onFound: (detail: CaseDetail) => Promise<void> | void;
  /** Handed each lookup as it starts, so a form submitted meanwhile can wait for the case to join. */
  onLookup?: (lookup: Promise<void>) => void;
}

/**
 * A complaint number, typed or scanned, then Enter or the button: the case is looked up and handed on.
 * Laid out as FormField lays out a field; its errors are sentences already, not `errors.*` keys.
 */
export function CaseNumberInput({ id, label, buttonLabel, hint, refuse, onFound, onLookup }: CaseNumberInputProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // What the box holds now: the answer to an earlier lookup must not wipe what was typed since.
  const latest = useRef('');

  function add() {
    const typed = number.trim();
    if (!typed || busy) {
      if (!typed) setError(t('errors.required'));
      return;
    }
    const lookup = lookUp(typed);
    onLookup?.(lookup);
  }

  async function lookUp(typed: string) {
    setBusy(true);
    const found = await findCase(typed);
    setBusy(false);
    const stillShown = latest.current.trim() === typed;
    if (!found.ok) {
      if (!stillShown) return;
      setError(
        found.error.code === 'NOT_FOUND'
          ? t('groups.notFound', { number: typed })
          : translateKey(t, `errorCodes.${found.error.code}`, t('errorCodes.INTERNAL')),
      );
      return;
    }
    const refusal = refuse?.(found.detail) ?? null;
    if (refusal) {
      if (stillShown) setError(refusal);
      return;
    }
    setError(undefined);
    if (latest.current.trim() === typed) {
      latest.current = '';
      setNumber('');
    }
    await onFound(found.detail);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !isComposing(event)) {
      event.preventDefault();
      add();
    }
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <Form.Item
      layout="vertical"
      label={label}
      htmlFor={id}
      colon={false}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span id={errorId}>{error}</span> : undefined}
      extra={hint ? <span id={hintId}>{hint}</span> : undefined}
    >
      <Space.Compact block>
        <Input
          id={id}
          autoComplete="off"
          maxLength={40}
          value={number}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            latest.current = event.target.value;
            setNumber(event.target.value);
            setError(undefined);
          }}
          onKeyDown={onKeyDown}
        />
        <Button disabled={busy} onClick={add}>
          {buttonLabel}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
