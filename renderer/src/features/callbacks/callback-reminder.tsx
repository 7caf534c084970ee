import { Alert, Button, Flex } from 'antd';
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
  // A status, not an alarm: it is read out when it appears, without interrupting.
  return (
    <Alert
      type={counts.overdue > 0 ? 'error' : 'warning'}
      showIcon
      role="status"
      className="callback-reminder"
      title={t('callbacks.reminder.text', { overdue: counts.overdue, dueToday: counts.dueToday })}
      action={
        <Flex gap="small" align="center">
          <a href={hrefFor({ name: 'callbacks' })}>{t('callbacks.reminder.open')}</a>
          <Button size="small" onClick={() => setDismissed(key)}>
            {t('callbacks.reminder.dismiss')}
          </Button>
        </Flex>
      }
    />
  );
}
