import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { call } from '../../lib/api';

export type CallbackCaseState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppError }
  | {
      status: 'ready';
      kase: CaseDetail;
      /** Every round, oldest first. */
      rounds: Callback[];
      /** Failed attempts after which a manager may close without a callback (a setting). */
      unreachableAttempts: number;
    };

/** A case with all its callback rounds: what the callback form needs to stand beside. */
export function useCallbackCase(caseId: string): { state: CallbackCaseState; reload: () => Promise<void> } {
  const [state, setState] = useState<CallbackCaseState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const [kase, rounds, settings] = await Promise.all([
      call('cases.get', { id: caseId }),
      call('callbacks.forCase', { caseId }),
      call('settings.get', {}),
    ]);
    if (!kase.ok) return setState({ status: 'failed', error: kase.error });
    if (!rounds.ok) return setState({ status: 'failed', error: rounds.error });
    setState({
      status: 'ready',
      kase: kase.value,
      rounds: rounds.value,
      unreachableAttempts: settings.ok ? settings.value.values.unreachableAttempts : 3,
    });
  }, [caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}
