/**
 * Exact substring search for Chinese, phone numbers and room numbers on top
 * of FTS5. Text is normalised, split into runs at white space and
 * punctuation, and every run indexed as its characters (unigrams) and its
 * adjacent pairs (bigrams). A query run of one character matches a unigram;
 * a longer run matches the phrase of its consecutive bigrams, which is
 * exactly "contains this run". Grams are written as ASCII tokens so FTS5's
 * default tokenizer cannot split or fold them.
 *
 * Digits are the exception that needs more: a phone fragment's digit pairs
 * ("52", "20", "01") are in nearly every phone, so their phrase read most of
 * the index (42 ms at 1,000,000 cases for `5201`). Each run of digits is
 * also indexed as its 4-digit windows, after the runs (so bigram phrases
 * keep their positions), and a query of four or more digits matches the
 * phrase of its windows: a few hundred entries instead.
 */

const SEPARATORS = /[\s\p{P}\p{S}]+/u;

export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function searchRuns(text: string): string[][] {
  return normaliseForSearch(text)
    .split(SEPARATORS)
    .filter((run) => run.length > 0)
    .map((run) => Array.from(run));
}

const charToken = (char: string): string => (char.codePointAt(0) ?? 0).toString(36);
const unigram = (a: string): string => `u${charToken(a)}`;
const bigram = (a: string, b: string): string => `b${charToken(a)}x${charToken(b)}`;

/** Digits indexed as windows of this many: a query of at least this many digits is looked up by them. */
const DIGIT_WINDOW = 4;
const DIGITS = /[0-9]+/g;
const ALL_DIGITS = /^[0-9]+$/;

/** Each window of DIGIT_WINDOW digits of `digits`, in order. */
function digitWindows(digits: string): string[] {
  const windows: string[] = [];
  for (let i = 0; i + DIGIT_WINDOW <= digits.length; i++) windows.push(`q${digits.slice(i, i + DIGIT_WINDOW)}`);
  return windows;
}

export interface IndexedGrams {
  uni: string;
  bi: string;
}

export function gramsForIndex(texts: readonly string[]): IndexedGrams {
  const uni: string[] = [];
  const bi: string[] = [];
  const windows: string[] = [];
  for (const text of texts) {
    for (const run of searchRuns(text)) {
      for (let i = 0; i < run.length; i++) {
        uni.push(unigram(run[i]!));
        if (i + 1 < run.length) bi.push(bigram(run[i]!, run[i + 1]!));
      }
      // A break between runs, so a phrase never spans two of them.
      bi.push('z');
      for (const [digits] of run.join('').matchAll(DIGITS)) {
        if (digits.length < DIGIT_WINDOW) continue;
        windows.push(...digitWindows(digits), 'z');
      }
    }
  }
  return { uni: uni.join(' '), bi: [...bi, ...windows].join(' ') };
}

/** The FTS5 MATCH expression for a query, or null when it has nothing to search for. */
export function matchExpression(query: string): string | null {
  const terms = searchRuns(query).map((run) => {
    // No column filter: each kind of gram has its own first letter, so a token is only ever in its one column, and
    // FTS5 reads a term's entries in about a quarter less time when it need not check their columns (11.2 -> 8.0 ms
    // for `水` at 1,000,000 cases).
    if (run.length === 1) return unigram(run[0]!);
    const text = run.join('');
    if (text.length >= DIGIT_WINDOW && ALL_DIGITS.test(text)) return `"${digitWindows(text).join(' ')}"`;
    const pairs: string[] = [];
    for (let i = 0; i + 1 < run.length; i++) pairs.push(bigram(run[i]!, run[i + 1]!));
    return `"${pairs.join(' ')}"`;
  });
  return terms.length === 0 ? null : terms.join(' AND ');
}

/**
 * What matchExpression finds, as a test of a case's texts: every run of the query occurs in one of them. A run holds
 * no separator, so wherever it occurs it lies within one run of the text, as the index's unigrams, bigram phrases and
 * digit windows require. Lets a search that matches a large share of the cases test the rows in list order instead of
 * reading every match from the index (cases/search-walk.ts).
 */
export function textMatcher(query: string): ((texts: readonly string[]) => boolean) | null {
  const runs = searchRuns(query).map((run) => run.join(''));
  if (runs.length === 0) return null;
  return (texts) => {
    const normalised = texts.map(normaliseForSearch);
    return runs.every((run) => normalised.some((text) => text.includes(run)));
  };
}
