import { useCallback, useEffect, useState } from 'react';
import type { SetupStatus } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { dropEarly, takeEarly } from '../../lib/early-calls';

export type SetupState = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'ready'; setup: SetupStatus };

/** Whether this desk has been set up, with its organisation name and desk code. */
export function useSetupStatus(): { state: SetupState; reload: () => Promise<void> } {
  const [state, setState] = useState<SetupState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const result = await (takeEarly('setup.status') ?? call('setup.status', {}));
    // Whoever the early question found signed in belongs to a desk that was set up when it was asked (not to the
    // stand-in a book being upgraded has meanwhile).
    if (!result.ok || !result.value.setupDone || result.value.recovery || result.value.upgrading) dropEarly('session.get');
    setState(result.ok ? { status: 'ready', setup: result.value } : { status: 'failed', error: result.error });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
