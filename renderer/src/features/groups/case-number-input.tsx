import { Button, Form, Input, Space } from 'antd';
import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
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
  ref?: Ref<CaseNumberInputHandle>;
}

export interface CaseNumberInputHandle {
  /**
   * For the form around it, as it is submitted: waits for a lookup under way, then adds a number typed but never
   * looked up, as Enter would. False when that number could not be added (the reason is shown beside it); a number
   * already answered with a reason is not asked again, so a second click goes ahead without it.
   */
  settle(): Promise<boolean>;
}

/**
 * A complaint number, typed or scanned, then Enter or the button: the case is looked up and handed on.
 * Laid out as FormField lays out a field; its errors are sentences already, not `errors.*` keys.
 */
export function CaseNumberInput({ id, label, buttonLabel, hint, refuse, onFound, ref }: CaseNumberInputProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // What the box holds now: the answer to an earlier lookup must not wipe what was typed since.
  const latest = useRef('');
  // The lookup last started, and whether the box shows why its number was not added.
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const told = useRef(false);

  useImperativeHandle(ref, () => ({
    async settle() {
      await running.current;
      const typed = latest.current.trim();
      if (!typed || told.current) return true;
      return start(typed);
    },
  }));

  function tell(message: string | undefined) {
    told.current = message !== undefined;
    setError(message);
  }

  function add() {
    const typed = number.trim();
    if (!typed || busy) {
      if (!typed) tell(t('errors.required'));
      return;
    }
    void start(typed);
  }

  function start(typed: string): Promise<boolean> {
    running.current = lookUp(typed);
    return running.current;
  }

  /** True when the case was added. */
  async function lookUp(typed: string): Promise<boolean> {
    setBusy(true);
    const found = await findCase(typed);
    setBusy(false);
    const stillShown = latest.current.trim() === typed;
    if (!found.ok) {
      if (stillShown) {
        tell(
          found.error.code === 'NOT_FOUND'
            ? t('groups.notFound', { number: typed })
            : translateKey(t, `errorCodes.${found.error.code}`, t('errorCodes.INTERNAL')),
        );
      }
      return false;
    }
    const refusal = refuse?.(found.detail) ?? null;
    if (refusal) {
      if (stillShown) tell(refusal);
      return false;
    }
    tell(undefined);
    if (latest.current.trim() === typed) {
      latest.current = '';
      setNumber('');
    }
    await onFound(found.detail);
    return true;
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
            tell(undefined);
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
