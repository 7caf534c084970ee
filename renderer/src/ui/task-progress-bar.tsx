import { useTranslation } from 'react-i18next';
import type { TaskProgress } from '../../../shared/schemas/tasks';

/** 正在写入文件 42% with a bar; a phase of unknown size shows its name only. */
export function TaskProgressBar({ progress }: { progress: TaskProgress | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const label = t(`tasks.phase.${progress.phase}`);
  const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : null;
  return (
    <span className="task-progress">
      <span className="task-progress__phase">{label}</span>
      {percent !== null && (
        <>
          <progress className="task-progress__bar" max={progress.total} value={progress.done} aria-label={label} />
          <span className="task-progress__figures">{t('tasks.figures', { percent, done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}</span>
        </>
      )}
    </span>
  );
}
