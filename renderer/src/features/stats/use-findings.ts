/**
 * 主要问题及改进建议 of the period on screen: the text kept with it or the
 * core's draft, edited here and saved with the period so the printed
 * summary carries it. `save` is also what printing calls first when the
 * text has changed, so what is printed is what is on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { FindingsQuery, PeriodFindings } from '../../../../shared/schemas/stats';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

export interface FindingsState {
  /** What the core last answered (saved text or draft); undefined until it has. */
  loaded: PeriodFindings | undefined;
  text: string;
  setText: (text: string) => void;
  /** The text differs from what the period keeps (or, when nothing is kept, from the draft). */
  dirty: boolean;
  busy: boolean;
  error: AppError | undefined;
  /** Keeps the text with the period; true when it was kept. */
  save: () => Promise<boolean>;
  /** Puts the draft back in the box (saved only when the person saves). */
  redraft: () => void;
}

export function useFindings(query: FindingsQuery | null): FindingsState {
  const [loaded, setLoaded] = useState<PeriodFindings>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const from = query?.from;
  const to = query?.to;
  const siteFilter = query?.siteFilter;

  useEffect(() => {
    if (from === undefined || to === undefined) return;
    let current = true;
    setError(undefined);
    void call('stats.findings', { from, to, ...(siteFilter ? { siteFilter } : {}) }).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error);
      setLoaded(result.value);
      setText(result.value.text);
    });
    return () => {
      current = false;
    };
  }, [from, to, siteFilter]);

  const save = useCallback(async () => {
    if (from === undefined || to === undefined) return false;
    setBusy(true);
    const result = await call('stats.saveFindings', { from, to, text, ...(siteFilter ? { siteFilter } : {}) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(undefined);
    setLoaded(result.value);
    setText(result.value.text);
    return true;
  }, [from, to, siteFilter, text]);

  const redraft = useCallback(() => {
    if (loaded) setText(loaded.draft);
  }, [loaded]);

  return { loaded, text, setText, dirty: loaded !== undefined && text !== loaded.text, busy, error, save, redraft };
}
