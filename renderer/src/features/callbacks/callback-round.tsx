import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { useFormatDateTime } from '../../lib/use-format';

/** Every try that did not reach the customer, oldest first. */
export function AttemptList({ callback }: { callback: Callback }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  if (callback.attempts.length === 0) return <span className="muted">{t('callbacks.form.noAttempts')}</span>;
  return (
    <ol className="callback-attempt-list" aria-label={t('callbacks.form.attemptList')}>
      {callback.attempts.map((attempt) => (
        <li key={attempt.id}>
          {t('callbacks.round.attemptLine', {
            at: format(attempt.at),
            result: t(`callbacks.attemptResults.${attempt.result}`),
            person: attempt.userName || t('common.empty'),
          })}
          {attempt.callAgainAt !== null && <> · {t('callbacks.round.callAgain', { at: format(attempt.callAgainAt) })}</>}
          {attempt.note && <span className="callback-attempt-list__note"> — {attempt.note}</span>}
        </li>
      ))}
    </ol>
  );
}

/** Waiting is orange, done green; a waived round stays grey. */
const STATUS_COLOURS: Record<Callback['status'], string | undefined> = { pending: 'orange', done: 'green', waived: undefined };

function Item({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'callback-facts__item callback-facts__item--wide' : 'callback-facts__item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * One round of callbacks: when it was due, how and by whom, the tries, and
 * the outcome once recorded. `children` (the form) goes under a pending one.
 */
export function CallbackRound({ callback, children }: { callback: Callback; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const titleId = `round-${callback.id}-title`;
  const done = callback.status === 'done';
  return (
    <section className="callback-round" aria-labelledby={titleId}>
      <h3 id={titleId} className="callback-round__title">
        {t('callbacks.round.title', { n: callback.round })}
        <Tag color={STATUS_COLOURS[callback.status]}>{t(`callbacks.round.status.${callback.status}`)}</Tag>
        {done && callback.satisfaction && (
          <Tag color={callback.satisfaction === 'unsatisfied' ? 'red' : 'blue'}>{t(`callbacks.satisfaction.${callback.satisfaction}`)}</Tag>
        )}
      </h3>
      <dl className="callback-facts">
        <Item label={t('callbacks.round.dueAt')}>{format(callback.dueAt)}</Item>
        <Item label={t('callbacks.round.method')}>{t(`callbacks.methods.${callback.method}`)}</Item>
        <Item label={t('callbacks.round.assignee')}>{callback.assigneeName || t('common.empty')}</Item>
        {done && callback.completedAt !== null && <Item label={t('callbacks.round.completedAt')}>{format(callback.completedAt)}</Item>}
        {done && <Item label={t('callbacks.round.completedBy')}>{callback.completedByName || t('common.empty')}</Item>}
        {done && callback.solved !== null && (
          <Item label={t('callbacks.round.solved')}>{callback.solved ? t('callbacks.form.yes') : t('callbacks.form.no')}</Item>
        )}
        {done && callback.customerWords && (
          <Item label={t('callbacks.round.customerWords')} wide>
            <q className="callback-words">{callback.customerWords}</q>
          </Item>
        )}
        {(callback.attempts.length > 0 || callback.status === 'pending') && (
          <Item label={t('callbacks.round.attempts')} wide>
            <AttemptList callback={callback} />
          </Item>
        )}
      </dl>
      {children}
    </section>
  );
}
