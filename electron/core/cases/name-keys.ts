/**
 * Each case's name key (db/pinyin-key.ts), stored so the list sorts by name through an index. The key's ranks
 * come from ICU's pinyin collation: a newer ICU may move a rare character, so the desk row notes which ICU made
 * the keys and, when the app runs on another, every key is written again before the book is used.
 */
import type { Db } from '../db/connection';
import { pinyinKey } from '../db/pinyin-key';

/** The ICU (and so the pinyin ranks) this process sorts with. */
export const NAME_KEYS_ICU = `${process.versions.icu ?? 'none'}/${process.versions.unicode ?? ''}`;

export function nameKeyOf(name: unknown): string {
  return typeof name === 'string' ? pinyinKey(name) : '';
}

/** Writes every case's key again when they were made by another ICU (or never: a book from before schema 21). */
export function refreshNameKeys(db: Db): number {
  const madeWith = db.prepare('SELECT name_keys_icu FROM desk').pluck().get() as string | null | undefined;
  if (madeWith === NAME_KEYS_ICU) return 0;
  return db.transaction(() => {
    const { changes } = db.prepare('UPDATE cases SET name_key = pinyin_key(complainant_name)').run();
    db.prepare('UPDATE desk SET name_keys_icu = ?').run(NAME_KEYS_ICU);
    return changes;
  })();
}
