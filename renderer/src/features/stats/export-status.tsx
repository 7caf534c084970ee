import { useTaskProgress } from '../../lib/use-task-progress';
import { TaskProgressBar } from '../../ui/task-progress-bar';
import type { ExportState } from './use-export';

/** The live region under export buttons: 正在生成… with how far the core has got while busy, then the outcome. */
export function ExportStatus({ state }: { state: ExportState }) {
  const progress = useTaskProgress(state.busy);
  return (
    <p role="status" aria-live="polite" aria-busy={state.busy} className={state.failed ? 'stats-export__status stats-export__status--failed' : 'stats-export__status'}>
      {state.busy && <span className="stats-export__spinner" aria-hidden="true" />}
      {state.message}
      {state.busy && <TaskProgressBar progress={progress} />}
    </p>
  );
}
