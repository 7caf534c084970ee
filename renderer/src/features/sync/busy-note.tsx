import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaskProgress } from '../../lib/use-task-progress';
import { TaskProgressBar } from '../../ui/task-progress-bar';

/**
 * Says what is under way while the core works, with how far it has got (the
 * core runs exports and imports on its task thread and reports progress), in
 * a live region that is always there (empty when idle) so screen readers
 * announce the change. The Alert inside is only the look: the live region
 * speaks, so the Alert gives up its own alert role.
 */
export function BusyNote({ busy, text }: { busy: boolean; text: string }) {
  const { t } = useTranslation();
  const progress = useTaskProgress(busy);
  return (
    <div role="status" aria-live="polite" className="sync-busy">
      {busy && (
        <Alert
          type="info"
          role="none"
          showIcon
          icon={<Spin size="small" aria-hidden="true" />}
          title={text}
          description={
            <>
              <TaskProgressBar progress={progress} />
              <div>{t('sync.busy')}</div>
            </>
          }
        />
      )}
    </div>
  );
}
