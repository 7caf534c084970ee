/**
 * Names in pinyin order (安 白 陈 丁), as the office reads a list of people.
 * better-sqlite3 cannot register a collation, so SQL sorts a key instead:
 * each case keeps `pinyin_key(name)` in an indexed column, compared by its
 * bytes, and the key is made so that plain binary order is pinyin order.
 */
import type { Db } from './connection';

const FIRST_HAN = 0x4e00;
const LAST_HAN = 0x9fff;
/** Characters below this keep their own code: Latin letters, digits and punctuation come before every Chinese character. */
const OWN_CODE_BELOW = 0x1000;
/** Chinese characters become this plus their pinyin rank, which stays below the marker and the surrogates. */
const HAN_BASE = OWN_CODE_BELOW;
/**
 * Any other character (kana, CJK extensions, symbols) is written as this marker and then itself: after all of
 * the above, among themselves by code. No single-character code is a prefix of another, so order is kept.
 */
const OTHER_MARKER = '\uffff';

let ranks: Uint16Array | null = null;

/**
 * The pinyin rank of every CJK Unified Ideograph, built once per process (about 50-100 ms) the first time a name
 * is keyed. Ranks come from ICU's pinyin collation, so a newer ICU may move a rare character: the key each case
 * keeps (cases/name-keys.ts) notes the ICU that made it and is written again under another.
 */
function hanRanks(): Uint16Array {
  if (ranks) return ranks;
  const collator = new Intl.Collator('zh-CN-u-co-pinyin');
  const han = Array.from({ length: LAST_HAN - FIRST_HAN + 1 }, (_, i) => String.fromCharCode(FIRST_HAN + i));
  // A stable sort from code order: characters the collator calls equal keep code order, so ranks are total.
  han.sort(collator.compare);
  const built = new Uint16Array(han.length);
  han.forEach((ch, rank) => {
    built[ch.charCodeAt(0) - FIRST_HAN] = rank;
  });
  ranks = built;
  return built;
}

/** A string whose binary order is the pinyin order of `name`. Width and compatibility forms are folded first (Ａ as A). */
export function pinyinKey(name: string): string {
  const rankOf = hanRanks();
  let key = '';
  // Names are nearly always Chinese characters and ASCII, which folding leaves as they are: those skip it (a sort
  // by name calls this once per case).
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code < 0x80) key += name[i];
    else if (code >= FIRST_HAN && code <= LAST_HAN) key += String.fromCharCode(HAN_BASE + rankOf[code - FIRST_HAN]!);
    else return foldedKey(name, rankOf);
  }
  return key;
}

function foldedKey(name: string, rankOf: Uint16Array): string {
  let key = '';
  for (const ch of name.normalize('NFKC')) {
    const code = ch.codePointAt(0)!;
    if (code < OWN_CODE_BELOW) key += ch;
    else if (code >= FIRST_HAN && code <= LAST_HAN) key += String.fromCharCode(HAN_BASE + rankOf[code - FIRST_HAN]!);
    else key += OTHER_MARKER + ch;
  }
  return key;
}

/**
 * Makes `pinyin_key(text)` available on a connection. Direct-only: no index, view or trigger may use it, since a
 * connection without it (a read-only check of a backup) could not then read the book, and its ranks may change
 * with ICU.
 */
export function registerPinyinKey(db: Db): void {
  db.function('pinyin_key', { deterministic: true, directOnly: true }, (value: unknown) =>
    typeof value === 'string' ? pinyinKey(value) : value,
  );
}
