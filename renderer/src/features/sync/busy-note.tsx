import { useTranslation } from 'react-i18next';
import { useTaskProgress } from '../../lib/use-task-progress';
import { TaskProgressBar } from '../../ui/task-progress-bar';

/**
 * Says what is under way while the core works, with how far it has got (the
 * core runs exports and imports on its task thread and reports progress), in
 * a live region that is always there so screen readers announce the change.
 */
export function BusyNote({ busy, text }: { busy: boolean; text: string }) {
  const { t } = useTranslation();
  const progress = useTaskProgress(busy);
  return (
    <div role="status" className={busy ? 'sync-busy sync-busy--active' : 'sync-busy'} aria-live="polite">
      {busy && (
        <>
          <span className="sync-busy__spinner" aria-hidden="true" />
          <span className="sync-busy__text">{text}</span>
          <TaskProgressBar progress={progress} />
          <span className="sync-busy__hint">{t('sync.busy')}</span>
        </>
      )}
    </div>
  );
}
