import { useCallback, useEffect, useState } from 'react';
import type { User } from '../../../../shared/contract';
import type { CallbackMethod } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { Callback } from '../../../../shared/schemas/callbacks';
import { call } from '../../lib/api';

export interface QueueFilter {
  assigneeId: string;
  method: CallbackMethod | '';
  includeDone: boolean;
}

export type QueueState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppError }
  | { status: 'ready'; callbacks: Callback[] };

/** The callbacks to make (and, on request, those made), filtered by person and method; and the people to filter by. */
export function useCallbackQueue(filter: QueueFilter): { state: QueueState; people: User[]; reload: () => Promise<void> } {
  const [state, setState] = useState<QueueState>({ status: 'loading' });
  const [people, setPeople] = useState<User[]>([]);

  const reload = useCallback(async () => {
    const result = await call('callbacks.queue', {
      ...(filter.assigneeId ? { assigneeId: filter.assigneeId } : {}),
      ...(filter.method ? { method: filter.method } : {}),
      includeDone: filter.includeDone,
    });
    setState(result.ok ? { status: 'ready', callbacks: result.value } : { status: 'failed', error: result.error });
  }, [filter.assigneeId, filter.method, filter.includeDone]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    void call('users.list', {}).then((result) => result.ok && setPeople(result.value));
  }, []);

  return { state, people, reload };
}
