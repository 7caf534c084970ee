/**
 * Who is signed in at this screen, and what they may do. Screens ask
 * `useCan()` before offering an action, so they hide or disable what the
 * core would refuse (shared/rules/permissions.ts is the one table).
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Permission } from '../../../../shared/rules/permissions';
import type { Session } from '../../../../shared/schemas/session';
import type { AppError } from '../../../../shared/result';
import { call, onApiFailure } from '../../lib/api';
import { takeEarly } from '../../lib/early-calls';

export type SessionState = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'ready'; session: Session };

export interface SessionControls {
  state: SessionState;
  /** Reads the session again from the core (after signing in, or when the core says nobody is). */
  refresh: () => Promise<void>;
  /** The core answered a sign-in: take its session. */
  accept: (session: Session) => void;
  /** Signs out; `locked` keeps the person's name on the sign-in screen (锁屏). */
  signOut: (reason?: 'locked') => Promise<void>;
  /** The name to sign back in with after the screen locked itself, or null. */
  lockedName: string | null;
}

export function useSessionControls(): SessionControls {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [lockedName, setLockedName] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await (takeEarly('session.get') ?? call('session.get', {}));
    setState(result.ok ? { status: 'ready', session: result.value } : { status: 'failed', error: result.error });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A call refused because nobody is signed in (a reset password, a deactivated account, another window signing out).
  useEffect(() => onApiFailure((error) => error.code === 'NOT_SIGNED_IN' && void refresh()), [refresh]);

  const accept = useCallback((session: Session) => {
    setLockedName(null);
    setState({ status: 'ready', session });
  }, []);

  const signOut = useCallback(
    async (reason?: 'locked') => {
      const name = state.status === 'ready' ? (state.session.user?.name ?? null) : null;
      const result = await call('session.signOut', {});
      setLockedName(reason === 'locked' ? name : null);
      if (result.ok) setState({ status: 'ready', session: result.value });
      else await refresh();
    },
    [state, refresh],
  );

  return { state, refresh, accept, signOut, lockedName };
}

const NOBODY: Session = { user: null, permissions: [], idleLockMinutes: 10 };
const SessionContext = createContext<{ session: Session; signOut: SessionControls['signOut'] }>({ session: NOBODY, signOut: async () => {} });

export function SessionProvider({ session, signOut, children }: { session: Session; signOut: SessionControls['signOut']; children: ReactNode }) {
  return <SessionContext.Provider value={{ session, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): { session: Session; signOut: SessionControls['signOut'] } {
  return useContext(SessionContext);
}

/** Whether the person signed in holds a permission. */
export function useCan(): (permission: Permission) => boolean {
  const { session } = useSession();
  return useCallback((permission: Permission) => session.permissions.includes(permission), [session]);
}
