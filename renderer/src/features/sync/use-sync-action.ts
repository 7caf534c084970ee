import { useCallback, useState } from 'react';
import type { AppError, Result } from '../../../../shared/result';

export interface SyncActionState<T> {
  busy: boolean;
  error: AppError | null;
  value: T | null;
}

const IDLE = { busy: false, error: null, value: null };

/**
 * One call to the core that may take a while (export, import): whether it
 * is running, and what it answered (BusyNote shows how far the core has got).
 */
export function useSyncAction<T>(): {
  state: SyncActionState<T>;
  run: (work: () => Promise<Result<T>>) => Promise<Result<T>>;
  reset: () => void;
} {
  const [state, setState] = useState<SyncActionState<T>>(IDLE);
  const run = useCallback(async (work: () => Promise<Result<T>>) => {
    setState({ busy: true, error: null, value: null });
    const result = await work();
    setState(result.ok ? { busy: false, error: null, value: result.value } : { busy: false, error: result.error, value: null });
    return result;
  }, []);
  const reset = useCallback(() => setState(IDLE), []);
  return { state, run, reset };
}
