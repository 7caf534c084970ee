/**
 * What the list's search box means. A phone typed with spaces or dashes is
 * searched by its digits (the index holds every phone's digits too); a
 * complaint number finds only cases whose number holds it, that case
 * first; anything else is the n-gram search over the searchable fields.
 * Voided and merged cases are not in the index: the few of them are
 * searched by their rows.
 */
import { looksLikePhoneQuery, phoneKey } from '../../../shared/vocabulary/phone';
import type { Db } from '../db/connection';
import { matchExpression, textMatcher } from '../search/ngrams';
import { SEARCHED_COLUMNS, searchTexts } from './case-projection';
import { waitingRows } from './waiting-cases';

export interface SearchPlan {
  /** The FTS5 MATCH expression over the index of active cases, or null when there is nothing to search for. */
  match: string | null;
  /** A case number (or the start of one), upper-cased, when the query is one. */
  number: string | null;
  /** The query's words, for the row search over set-aside cases. */
  words: string[];
  /** The text the match was made from (a phone's digits, say): what a row's texts are tested against when walked. */
  searched: string;
}

const FULL_NUMBER = /^([A-Z0-9]{1,4}-)?\d{6}-\d{1,5}$/;
const NUMBER_START = /^[A-Z0-9]{1,4}-\d{6}-?$/;

export function planSearch(text: string): SearchPlan {
  const query = text.normalize('NFKC').trim();
  const compact = query.replace(/\s+/g, '').toUpperCase();
  if (FULL_NUMBER.test(compact) || NUMBER_START.test(compact)) {
    return { match: matchExpression(compact), number: compact, words: [compact], searched: compact };
  }
  const searched = looksLikePhoneQuery(query) ? phoneKey(query) : query;
  return { match: matchExpression(searched), number: null, words: searched.split(/\s+/).filter(Boolean), searched };
}

const ROW_COLUMNS = SEARCHED_COLUMNS.map((column) => `c.${column}`);

/** Every word in one of the searchable columns: how a set-aside case (not in the index) is searched. */
export function rowSearchCondition(words: readonly string[], params: unknown[]): string {
  const terms = words.map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    params.push(...ROW_COLUMNS.map(() => pattern));
    return `(${ROW_COLUMNS.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
  });
  return terms.length ? terms.join(' AND ') : '1';
}

/**
 * The cases waiting for their search entries (waiting-cases.ts) that the search finds, tested as the index would
 * find them: the index does not hold them yet. A few dozen rows at most.
 */
export function waitingMatches(db: Db, plan: SearchPlan): { rowid: number; status: unknown }[] {
  const matches = plan.match ? textMatcher(plan.searched) : null;
  if (!matches) return [];
  return waitingRows(db, SEARCHED_COLUMNS)
    .filter(([, , ...texts]) => matches(searchTexts(texts)))
    .map(([rowid, status]) => ({ rowid, status }));
}
