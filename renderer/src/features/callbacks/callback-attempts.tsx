import { Button, Card, Flex, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackAttemptResult } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { call } from '../../lib/api';
import { fromDateTimeLocal } from '../../lib/dates';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { announceCallbacksChanged } from './callback-events';
import { DateTimeInput } from '../../ui/date-inputs';

/** The tries that end at once; "call again" needs a time and has its own button. */
const QUICK_RESULTS = ['no_answer', 'wrong_number', 'refused'] as const satisfies readonly CallbackAttemptResult[];

interface CallbackAttemptsProps {
  callback: Callback;
  unreachableAttempts: number;
  onRecorded: (updated: Callback) => void;
}

/** 联系不上: each try that did not reach the customer is kept, with who and when. */
export function CallbackAttempts({ callback, unreachableAttempts, onRecorded }: CallbackAttemptsProps) {
  const { t } = useTranslation();
  const id = `attempts-${callback.id}`;
  const [note, setNote] = useState('');
  const [callAgainAt, setCallAgainAt] = useState('');
  const [timeError, setTimeError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const [saved, setSaved] = useState('');

  async function record(result: CallbackAttemptResult) {
    if (pending) return;
    let at: number | null = null;
    if (result === 'call_again') {
      at = fromDateTimeLocal(callAgainAt);
      if (at === null) return setTimeError(callAgainAt ? 'errors.date' : 'errors.required');
    }
    setTimeError(undefined);
    setPending(true);
    const answer = await call('callbacks.attempt', { callbackId: callback.id, result, note: note.trim(), callAgainAt: at });
    setPending(false);
    if (!answer.ok) {
      setFailure(answer.error);
      return;
    }
    setFailure(undefined);
    setNote('');
    setCallAgainAt('');
    setSaved(t('callbacks.form.attemptSaved', { result: t(`callbacks.attemptResults.${result}`) }));
    announceCallbacksChanged();
    onRecorded(answer.value);
  }

  return (
    <Card
      size="small"
      className="callback-attempts"
      role="region"
      aria-labelledby={`${id}-title`}
      title={<h3 id={`${id}-title`}>{t('callbacks.form.attemptsTitle')}</h3>}
    >
      <p className="callback-hint">
        {t('callbacks.form.attemptsHint')}{' '}
        {t('callbacks.form.attemptsUnreachable', { n: callback.attempts.length, max: unreachableAttempts })}
      </p>
      {failure && <ErrorBanner error={failure} />}
      <FormField id={`${id}-note`} label={t('callbacks.form.attemptNote')}>
        {(control) => <Input {...control} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />}
      </FormField>
      <Flex wrap gap="small" className="callback-attempts__buttons">
        {QUICK_RESULTS.map((result) => (
          <Button key={result} disabled={pending} onClick={() => void record(result)}>
            {t(`callbacks.attemptResults.${result}`)}
          </Button>
        ))}
      </Flex>
      <FormField id={`${id}-again`} label={t('callbacks.form.callAgainAt')} errorKey={timeError} hint={t('callbacks.form.callAgainHint')}>
        {(control) => (
          // The time and the button that records it sit together: one is useless without the other.
          <Space.Compact>
            <DateTimeInput {...control} value={callAgainAt} onValueChange={setCallAgainAt} />
            <Button disabled={pending} onClick={() => void record('call_again')}>
              {t('callbacks.form.record', { result: t('callbacks.attemptResults.call_again') })}
            </Button>
          </Space.Compact>
        )}
      </FormField>
      <p role="status" className="callback-saved">
        {saved}
      </p>
    </Card>
  );
}
