/**
 * 主要问题及改进建议 kept with its period: what the person wrote (or kept of
 * the draft) before printing, read back for the screen and the printed
 * summary; a period nobody wrote for gets the draft (findings-draft.ts).
 */
import type { FindingsQuery, PeriodFindings, SaveFindingsInput, StatsResult } from '../../../shared/schemas/stats';
import type { CoreContext } from '../context';
import type { Db } from '../db/connection';
import { DomainError } from '../errors';
import { readSettingValues } from '../settings/setting-values';
import { computeStats } from './compute-stats';
import { draftFindings, readClosings } from './findings-draft';

interface Key {
  from: number;
  to: number;
  /** '' for every site, as the table keys it. */
  site: string;
}

const keyOf = (query: { from: number; to: number; siteFilter?: string | null }): Key => ({ from: query.from, to: query.to, site: query.siteFilter ?? '' });

function readSaved(db: Db, key: Key): { text: string; updatedAt: number } | undefined {
  return db
    .prepare('SELECT text, updated_at AS updatedAt FROM period_findings WHERE period_from = @from AND period_to = @to AND site = @site')
    .get(key) as { text: string; updatedAt: number } | undefined;
}

/** The findings of the period the statistics cover: the saved text, else the draft from those statistics. */
export function findingsFor(db: Db, stats: StatsResult): PeriodFindings {
  const { from, to } = stats.current.period;
  const draft = draftFindings(stats.current, readClosings(db, { from, to, siteFilter: stats.siteFilter }));
  const saved = readSaved(db, keyOf({ from, to, siteFilter: stats.siteFilter }));
  return saved ? { text: saved.text, draft, saved: true, updatedAt: saved.updatedAt } : { text: draft, draft, saved: false, updatedAt: null };
}

/** `stats.findings`: the statistics are worked out as the screen's, for the draft's numbers to be the screen's. */
export function periodFindings(db: Db, query: FindingsQuery, now: number): PeriodFindings {
  const stats = computeStats(db, { ...query, now, satisfiedLevels: readSettingValues(db).satisfiedLevels });
  return findingsFor(db, stats);
}

/** `stats.saveFindings`: keeps the text with the period; an empty text lets the period go back to the draft. */
export function saveFindings(ctx: CoreContext, input: SaveFindingsInput): PeriodFindings {
  if (!(input.from < input.to)) {
    throw new DomainError('VALIDATION', 'The period must start before it ends', [{ path: 'from', message: 'errors.invalid' }]);
  }
  const key = keyOf(input);
  const text = input.text.trim();
  ctx.db.transaction(() => {
    if (!text) {
      ctx.db.prepare('DELETE FROM period_findings WHERE period_from = @from AND period_to = @to AND site = @site').run(key);
      return;
    }
    ctx.db
      .prepare(
        `INSERT INTO period_findings (period_from, period_to, site, text, updated_at, updated_by)
         VALUES (@from, @to, @site, @text, @now, @user)
         ON CONFLICT (period_from, period_to, site) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({ ...key, text, now: ctx.now(), user: ctx.session.userId });
  })();
  return periodFindings(ctx.db, input, ctx.now());
}
