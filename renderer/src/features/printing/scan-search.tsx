import { Input, type InputRef } from 'antd';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { leave } from '../../lib/leave-guard';
import { navigate } from '../../lib/route';
import { openCaseListSearch } from './open-case-list-search';
import { isSearchShortcut, looksLikeCaseNumber, normaliseCaseNumber } from './print-request';

type Message = { kind: 'notFound'; number: string } | { kind: 'failed' } | undefined;

/**
 * The box in the top bar a barcode scanner types into: it "types" the
 * complaint number printed on a form and presses Enter, so Enter looks the
 * number up at once (no debounce) and opens the case. Ctrl+K or F3 puts the
 * cursor here from anywhere. Text that is not a complaint number opens the
 * case list searching for it.
 */
export function ScanSearch() {
  const { t } = useTranslation();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<Message>();
  const inputId = useId();
  const messageId = useId();
  // A second scan may arrive before the first lookup answers; only the latest counts.
  const latest = useRef(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    if (!typed) return;
    const attempt = ++latest.current;
    setMessage(undefined);
    if (!looksLikeCaseNumber(typed)) {
      setText('');
      leave(() => openCaseListSearch(typed));
      return;
    }
    const number = normaliseCaseNumber(typed);
    const result = await call('cases.findByNumber', { number });
    if (attempt !== latest.current) return;
    if (result.ok) {
      // Cleared, ready for the next scan.
      setText('');
      leave(() => navigate({ name: 'case', id: result.value.id }));
    } else {
      setMessage(result.error.code === 'NOT_FOUND' ? { kind: 'notFound', number } : { kind: 'failed' });
      input.current?.select();
    }
  };

  return (
    <form role="search" className="scan-search" aria-label={t('printing.scan.label')} onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('printing.scan.label')}
      </label>
      <Input
        ref={input}
        id={inputId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        placeholder={t('printing.scan.placeholder')}
        aria-describedby={messageId}
        aria-invalid={message?.kind === 'notFound' ? true : undefined}
        status={message?.kind === 'notFound' ? 'error' : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (message) setMessage(undefined);
        }}
      />
      <span id={messageId} className="scan-search__message" role="status">
        {message?.kind === 'notFound' && t('printing.scan.notFound', { number: message.number })}
        {message?.kind === 'failed' && t('printing.scan.failed')}
      </span>
    </form>
  );
}
