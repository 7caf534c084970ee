import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookCheck } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { useTaskProgress } from '../../lib/use-task-progress';
import { ErrorBanner } from '../../ui/error-banner';
import { TaskProgressBar } from '../../ui/task-progress-bar';

/** The last full integrity check (weekly by itself) and a button to run one now. */
export function BookCheckPanel({ lastCheck, onChecked }: { lastCheck: BookCheck | null; onChecked: (check: BookCheck) => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<AppError>();
  const progress = useTaskProgress(running);

  async function run() {
    setRunning(true);
    setFailure(undefined);
    const answer = await call('backups.checkBook', {});
    setRunning(false);
    if (answer.ok) onChecked(answer.value);
    else setFailure(answer.error);
  }

  const text = !lastCheck
    ? t('backups.check.never')
    : lastCheck.ok
      ? t('backups.check.ok', { at: formatDateTime(lastCheck.at) })
      : t('backups.check.failed', { at: formatDateTime(lastCheck.at), detail: lastCheck.detail });
  return (
    <Card size="small" role="region" aria-labelledby="book-check-title" title={<h2 id="book-check-title" className="backups__card-title">{t('backups.check.title')}</h2>}>
      {failure && <ErrorBanner error={failure} />}
      <Alert role="status" showIcon type={!lastCheck ? 'info' : lastCheck.ok ? 'success' : 'error'} title={text} />
      <div className="form-actions">
        <Button disabled={running} onClick={() => void run()}>
          {running ? t('backups.check.running') : t('backups.check.run')}
        </Button>
        {running && <TaskProgressBar progress={progress} />}
      </div>
    </Card>
  );
}
