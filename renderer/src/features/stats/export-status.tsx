import { Spin, Typography } from 'antd';
import { useTaskProgress } from '../../lib/use-task-progress';
import { TaskProgressBar } from '../../ui/task-progress-bar';
import type { ExportState } from './use-export';

/** The live region beside export buttons: 正在生成… with how far the core has got while busy, then the outcome. */
export function ExportStatus({ state }: { state: ExportState }) {
  const progress = useTaskProgress(state.busy);
  return (
    <div role="status" aria-live="polite" aria-busy={state.busy} className="stats-export__status">
      {state.busy && <Spin size="small" aria-hidden="true" />}
      {state.message && <Typography.Text type={state.failed ? 'danger' : undefined}>{state.message}</Typography.Text>}
      {state.busy && <TaskProgressBar progress={progress} />}
    </div>
  );
}
