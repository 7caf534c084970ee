import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary, User } from '../../../../shared/contract';
import type { QueueCounts } from '../../../../shared/schemas/lifecycle';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

export interface HomeData {
  counts: QueueCounts | null;
  recent: CaseSummary[];
  me: User | null;
  /** Whether the person at the desk belongs to a department (else "my department" is always empty). */
  hasDepartment: boolean;
  /** Whether the office verifies results (跟踪验证): only then is the queue of results to verify shown. */
  verifies: boolean;
  updatedAt: number | null;
  failure: AppError | undefined;
}

const RECENT = 8;

/**
 * The counts behind the home page's cards, read again whenever the window
 * comes back into focus: the desk leaves this page open all day.
 */
export function useHomeData(): HomeData & { refresh: () => void } {
  const [data, setData] = useState<HomeData>({ counts: null, recent: [], me: null, hasDepartment: true, verifies: false, updatedAt: null, failure: undefined });
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    void Promise.all([
      call('queues.counts', {}),
      call('cases.list', { limit: RECENT }),
      call('session.get', {}),
      call('settings.get', {}),
    ]).then(([counts, recent, session, settings]) => {
      if (mine !== generation.current) return;
      const me = session.ok ? session.value.user : null;
      const staff = settings.ok ? settings.value.staff.find((s) => s.id === me?.id) : undefined;
      setData((current) => ({
        counts: counts.ok ? counts.value : current.counts,
        recent: recent.ok ? recent.value.rows : current.recent,
        me,
        hasDepartment: staff ? staff.departmentId !== null : true,
        verifies: settings.ok ? settings.value.values.verifyResults : current.verifies,
        updatedAt: counts.ok ? Date.now() : current.updatedAt,
        failure: counts.ok ? undefined : counts.error,
      }));
    });
  }, []);

  useEffect(() => {
    refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      generation.current++;
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { ...data, refresh };
}
