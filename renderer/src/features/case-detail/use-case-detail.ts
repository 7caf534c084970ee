import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail, ChangeEntry, User } from '../../../../shared/contract';
import type { CaseGroup, Team, Timeline } from '../../../../shared/schemas/lifecycle';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

export interface CaseDetailData {
  detail: CaseDetail;
  history: ChangeEntry[];
  timeline: Timeline;
  users: User[];
  settings: OrgSettings | null;
  group: CaseGroup | null;
  /** The special team (专项小组), once one is set up. */
  team: Team | null;
}

export type CaseDetailState = { status: 'loading' } | { status: 'failed'; error: AppError } | ({ status: 'ready' } & CaseDetailData);

async function load(id: string): Promise<{ ok: true; data: CaseDetailData } | { ok: false; error: AppError }> {
  const [detail, history, timeline, users, settings, team] = await Promise.all([
    call('cases.get', { id }),
    call('cases.history', { id }),
    call('cases.timeline', { id }),
    call('users.list', {}),
    call('settings.get', {}),
    call('team.get', { caseId: id }),
  ]);
  if (!detail.ok) return detail;
  if (!history.ok) return history;
  if (!timeline.ok) return timeline;
  let group: CaseGroup | null = null;
  if (detail.value.groupId) {
    const groups = await call('groups.list', {});
    group = groups.ok ? (groups.value.find((g) => g.id === detail.value.groupId) ?? null) : null;
  }
  return {
    ok: true,
    data: {
      detail: detail.value,
      history: history.value,
      timeline: timeline.value,
      users: users.ok ? users.value : [],
      settings: settings.ok ? settings.value : null,
      group,
      team: team.ok && team.value.leaderId ? team.value : null,
    },
  };
}

/**
 * A case with everything its page shows. `refresh` reads it all again
 * without going back to "loading", so open forms and the scroll position
 * stay where they are after a change.
 */
export function useCaseDetail(id: string): { state: CaseDetailState; reload: () => void; refresh: () => Promise<void> } {
  const [state, setState] = useState<CaseDetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Only the latest read may land: an older, slower answer must not overwrite a newer one.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setState({ status: 'loading' });
    void load(id).then((result) => {
      if (mine !== generation.current) return;
      setState(result.ok ? { status: 'ready', ...result.data } : { status: 'failed', error: result.error });
    });
    return () => {
      generation.current++;
    };
  }, [id, attempt]);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    const result = await load(id);
    if (mine !== generation.current) return;
    if (result.ok) setState({ status: 'ready', ...result.data });
  }, [id]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload, refresh };
}
