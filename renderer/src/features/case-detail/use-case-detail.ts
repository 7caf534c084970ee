import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail, ChangeEntry, User } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

export type CaseDetailState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppError }
  | { status: 'ready'; detail: CaseDetail; history: ChangeEntry[]; users: User[] };

/** A case, its change history, and the people (to show a `createdBy` id in the history as a name). */
export function useCaseDetail(id: string): { state: CaseDetailState; reload: () => void } {
  const [state, setState] = useState<CaseDetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void Promise.all([call('cases.get', { id }), call('cases.history', { id }), call('users.list', {})]).then(
      ([detail, history, users]) => {
        if (!current) return;
        if (!detail.ok) return setState({ status: 'failed', error: detail.error });
        if (!history.ok) return setState({ status: 'failed', error: history.error });
        setState({ status: 'ready', detail: detail.value, history: history.value, users: users.ok ? users.value : [] });
      },
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
