import { useEffect, useState } from 'react';
import type { TaskProgress } from '../../../shared/schemas/tasks';
import { call } from './api';

/** Often enough for the bar to move smoothly, rarely enough to cost the core nothing. */
const POLL_MS = 300;

/**
 * While `active` (an export or import is awaited), asks the core how far its
 * task thread has got; null before the first answer and when idle.
 */
export function useTaskProgress(active: boolean): TaskProgress | null {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await call('tasks.current', {});
      if (stopped) return;
      if (result.ok) setProgress(result.value);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active]);
  return progress;
}
