import { Button } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { hrefFor } from '../../lib/route';
import { onCallbacksChanged } from './callback-events';

/** The core's own reminder job runs hourly too; the banner keeps in step with it. */
export const REMINDER_POLL_MS = 60 * 60_000;

interface Counts {
  overdue: number;
  dueToday: number;
}

/**
 * 回访提醒: on start and every hour, how many of this person's callbacks are
 * due today or overdue. Dismissed, it stays away until the numbers change.
 * (The desktop app also shows them as a system notification, from the core.)
 */
export function CallbackReminder() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<Counts>();
  const [dismissed, setDismissed] = useState<string>();

  const check = useCallback(async () => {
    const result = await call('callbacks.reminder', {});
    if (result.ok) setCounts(result.value);
  }, []);

  useEffect(() => {
    void check();
    const timer = window.setInterval(() => void check(), REMINDER_POLL_MS);
    const stop = onCallbacksChanged(() => void check());
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [check]);

  if (!counts || counts.overdue + counts.dueToday === 0) return null;
  const key = `${counts.overdue}/${counts.dueToday}`;
  if (dismissed === key) return null;
  return (
    <div className={counts.overdue > 0 ? 'callback-reminder callback-reminder--overdue' : 'callback-reminder'} role="status">
      <span className="callback-reminder__icon" aria-hidden="true">
        ☎
      </span>
      <span className="callback-reminder__text">{t('callbacks.reminder.text', { overdue: counts.overdue, dueToday: counts.dueToday })}</span>
      <a className="callback-reminder__link" href={hrefFor({ name: 'callbacks' })}>
        {t('callbacks.reminder.open')}
      </a>
      <Button size="small" className="callback-reminder__dismiss" onClick={() => setDismissed(key)}>
        {t('callbacks.reminder.dismiss')}
      </Button>
    </div>
  );
}
