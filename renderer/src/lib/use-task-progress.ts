import type { TaskProgress } from '../../../shared/schemas/tasks';
import { usePolledValue } from './use-polled-value';

/**
 * While `active` (an export or import is awaited), asks the core how far its
 * task thread has got; null before the first answer and when idle.
 */
export function useTaskProgress(active: boolean): TaskProgress | null {
  return usePolledValue('tasks.current', active) ?? null;
}
