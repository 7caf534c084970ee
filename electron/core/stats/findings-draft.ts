/**
 * 主要问题及改进建议, drafted: seed 001 2.8.1 asks the assistant to find the
 * main problems customers raise and to write them on the monthly summary.
 * The draft starts from what the month's numbers already say (its top
 * categories, repeat units, callbacks not made, customers not satisfied,
 * quotas not met) and the causes and measures written when cases were
 * closed; the person edits it before printing. Always in Chinese: the
 * summary goes to management on the office's own form.
 */
import type { CountRow, PeriodStats } from '../../../shared/schemas/stats';
import { codeWord, fillWords } from '../../../shared/vocabulary/words';
import { wordsZhCN } from '../../../shared/vocabulary/words.zh-CN';
import type { Db } from '../db/connection';
import { COUNTED_CASE, SITE } from './stats-sql';

const WORDS = wordsZhCN;
const DRAFT = WORDS.report.draft;

/** The categories the draft names, most cases first. */
export const DRAFT_CATEGORIES = 3;
/** The closing summaries it quotes, oldest close first; more would not fit the form's box. */
export const DRAFT_CLOSING_NOTES = 5;
/** Characters of one quoted summary before it is cut with an ellipsis. */
export const DRAFT_NOTE_LENGTH = 80;

/** What a case closed in the period says about why it happened and what changes. */
export interface ClosingNote {
  number: string;
  cause: string;
  improvement: string;
}

/** The period's closes: how many cases closed in it, and the summaries that name a cause, lesson or improvement, in the order they closed. */
export interface Closings {
  closed: number;
  notes: ClosingNote[];
}

export function readClosings(db: Db, period: { from: number; to: number; siteFilter: string | null }): Closings {
  const rows = db
    .prepare(
      `SELECT c.number, trim(c.close_cause) AS cause, trim(c.close_improvement) AS improvement, trim(c.close_lesson) AS lesson
         FROM cases c
        WHERE c.status = 'closed' AND c.closed_at >= @from AND c.closed_at < @to AND ${COUNTED_CASE} AND ${SITE}
        ORDER BY c.closed_at, c.rowid`,
    )
    .all({ from: period.from, to: period.to, site: period.siteFilter }) as { number: string; cause: string; improvement: string; lesson: string }[];
  const notes = rows
    .filter((row) => row.cause || row.improvement || row.lesson)
    // A lesson learned stands in for a measure the closer did not write.
    .map((row) => ({ number: row.number, cause: row.cause, improvement: row.improvement || row.lesson }));
  return { closed: rows.length, notes };
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function cut(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= DRAFT_NOTE_LENGTH ? chars.join('') : `${chars.slice(0, DRAFT_NOTE_LENGTH).join('')}…`;
}

/** The category in the office's words: its own name for a custom or renamed one. */
export function categoryName(row: CountRow): string {
  return row.name || codeWord(WORDS, 'category', row.key);
}

function problems(stats: PeriodStats): string[] {
  if (stats.received === 0) return [DRAFT.nothing];
  const top = stats.topCategories.slice(0, DRAFT_CATEGORIES).map((row) =>
    fillWords(DRAFT.category, { name: categoryName(row), count: row.count, share: percent(row.count / stats.received) }),
  );
  const lines = [fillWords(DRAFT.received, { count: stats.received, list: top.join(DRAFT.separator) })];
  if (stats.topUnits.length > 0) {
    const units = stats.topUnits.map((row) => fillWords(DRAFT.unit, { unit: row.key, count: row.count }));
    lines.push(fillWords(DRAFT.repeatUnits, { list: units.join(DRAFT.separator) }));
  }
  return lines;
}

function callbacks(stats: PeriodStats): string[] {
  const lines: string[] = [];
  const { callback, satisfaction } = stats;
  if (callback.rate !== null && callback.rate < callback.target) {
    lines.push(fillWords(DRAFT.callbackShort, { rate: percent(callback.rate), missing: callback.due - callback.calledBack }));
  }
  const notSatisfied = satisfaction.calledBack - satisfaction.satisfied;
  if (satisfaction.rate !== null && notSatisfied > 0) {
    lines.push(fillWords(DRAFT.unsatisfied, { rate: percent(satisfaction.rate), count: notSatisfied }));
  }
  for (const line of stats.callbackQuotas) {
    if (line.met !== false || line.quota === null) continue;
    const role = codeWord(WORDS, 'role', line.role);
    lines.push(fillWords(DRAFT.quotaShort, { name: line.name, role, done: line.done, quota: line.quota }));
  }
  return lines;
}

function closing({ closed, notes }: Closings): string[] {
  const texts = notes.map((note) => ({
    number: note.number,
    text:
      note.cause && note.improvement
        ? fillWords(DRAFT.causeAndImprovement, { cause: note.cause, improvement: note.improvement })
        : note.improvement || note.cause,
  }));
  // The same words on several cases (a group complaint, a standard measure) are quoted once.
  const seen = new Set<string>();
  const distinct = texts.filter((t) => !seen.has(t.text) && seen.add(t.text)).slice(0, DRAFT_CLOSING_NOTES);
  if (distinct.length === 0) return closed > 0 ? [DRAFT.noClosing] : [];
  const items = distinct.map((t, i) => fillWords(DRAFT.closingItem, { index: i + 1, text: cut(t.text), number: t.number }));
  return [[DRAFT.closing, ...items].join('\n')];
}

/**
 * The draft, one numbered paragraph per finding. A month whose closes say
 * nothing is told to write them; a month with no close is not.
 */
export function draftFindings(stats: PeriodStats, closings: Closings): string {
  const paragraphs = [...problems(stats), ...callbacks(stats), ...closing(closings)];
  return paragraphs.map((text, i) => `${i + 1}. ${text}`).join('\n');
}
