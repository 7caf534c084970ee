import { useCallback, useEffect, useState } from 'react';
import type { User } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/result';
import { call } from '../../lib/api';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppError }
  | { status: 'ready'; user: User | null; users: User[] };

export interface DeskSession {
  state: SessionState;
  reload: () => Promise<void>;
  select: (userId: string) => Promise<Result<User>>;
  /** Adds a person and puts them at the desk. */
  addAndSelect: (name: string) => Promise<Result<User>>;
}

/** Who is at the desk, and everybody who could be. */
export function useDeskSession(): DeskSession {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const [session, users] = await Promise.all([call('session.get', {}), call('users.list', {})]);
    if (!session.ok) return setState({ status: 'failed', error: session.error });
    if (!users.ok) return setState({ status: 'failed', error: users.error });
    setState({ status: 'ready', user: session.value.user, users: users.value });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const select = useCallback(
    async (userId: string) => {
      const result = await call('session.selectUser', { userId });
      if (result.ok) await reload();
      return result;
    },
    [reload],
  );

  const addAndSelect = useCallback(
    async (name: string) => {
      const added = await call('users.add', { name });
      if (!added.ok) return added;
      return select(added.value.id);
    },
    [select],
  );

  return { state, reload, select, addAndSelect };
}
