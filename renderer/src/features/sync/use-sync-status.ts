import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

export type SyncStatus = ChannelOutput<'sync.status'>;

export type SyncStatusState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppError }
  | { status: 'ready'; sync: SyncStatus };

/**
 * This desk's sync status (peers, conflicts, the log, the shared folder).
 * Panels call `reload` after anything that changes it; the last good status
 * stays on screen while the new one loads, so nothing flickers.
 */
export function useSyncStatus(): { state: SyncStatusState; reload: () => void; replace: (sync: SyncStatus) => void } {
  const [state, setState] = useState<SyncStatusState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void call('sync.status', {}).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', sync: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((sync: SyncStatus) => setState({ status: 'ready', sync }), []);
  return { state, reload, replace };
}
