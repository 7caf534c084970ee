import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract';
import type { CaseGroup } from '../../../../shared/schemas/lifecycle';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

export interface GroupsState {
  groups: CaseGroup[] | null;
  /** The linked cases, by id. */
  cases: Map<string, CaseDetail>;
  failure: AppError | undefined;
}

/** Every group complaint and the cases linked to it. */
export function useGroups(): GroupsState & { reload: () => Promise<void> } {
  const [state, setState] = useState<GroupsState>({ groups: null, cases: new Map(), failure: undefined });
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const listed = await call('groups.list', {});
    if (mine !== generation.current) return;
    if (!listed.ok) {
      setState((s) => ({ ...s, failure: listed.error }));
      return;
    }
    const ids = [...new Set(listed.value.flatMap((g) => g.caseIds))];
    const details = await Promise.all(ids.map((id) => call('cases.get', { id })));
    if (mine !== generation.current) return;
    const cases = new Map<string, CaseDetail>();
    for (const result of details) if (result.ok) cases.set(result.value.id, result.value);
    setState({ groups: listed.value, cases, failure: undefined });
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  return { ...state, reload };
}

export type FoundCase = { ok: true; detail: CaseDetail } | { ok: false; error: AppError };

/** A typed or scanned complaint number to its case. */
export async function findCase(number: string): Promise<FoundCase> {
  const found = await call('cases.findByNumber', { number });
  if (!found.ok) return found;
  const detail = await call('cases.get', { id: found.value.id });
  return detail.ok ? { ok: true, detail: detail.value } : detail;
}
