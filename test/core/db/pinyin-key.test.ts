import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../electron/core/db/connection';
import { DamagedDatabaseError } from '../../../electron/core/db/health';
import { pinyinKey, registerPinyinKey } from '../../../electron/core/db/pinyin-key';
import { openRecoveryCore } from '../../../electron/core/open-core';
import { tempDir } from '../../factories/core';

/** Names ordered by their keys' binary order, as SQLite compares them (code point order, which UTF-16 `<` is not past U+FFFF). */
const byKey = (names: string[]) =>
  [...names].sort((a, b) => {
    const [x, y] = [Array.from(pinyinKey(a), (ch) => ch.codePointAt(0)!), Array.from(pinyinKey(b), (ch) => ch.codePointAt(0)!)];
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  });

describe('the pinyin sort key', () => {
  it('orders Chinese names by pinyin: 安 白 陈 丁, 王 before 张, surname first', () => {
    expect(byKey(['丁', '陈', '安', '白'])).toEqual(['安', '白', '陈', '丁']);
    expect(pinyinKey('张') > pinyinKey('王')).toBe(true);
    expect(byKey(['张伟', '王芳', '王', '李娜', '张'])).toEqual(['李娜', '王', '王芳', '张', '张伟']);
  });

  it('puts Latin letters and digits before Chinese, and other scripts after it', () => {
    expect(byKey(['张伟', 'Tom Lee', '阿强', '007', 'さくら', '𠮷野家'])).toEqual(['007', 'Tom Lee', '阿强', '张伟', 'さくら', '𠮷野家']);
  });

  it('is the same key every time, and folds full-width letters to plain ones', () => {
    expect(pinyinKey('欧阳娜娜')).toBe(pinyinKey('欧阳娜娜'));
    expect(pinyinKey('Ｔｏｍ')).toBe(pinyinKey('Tom'));
    expect(pinyinKey('')).toBe('');
  });

  it('answers in SQL, keeping null and empty as they are, and stays out of indexes', () => {
    const db = new Database(':memory:');
    registerPinyinKey(db);
    db.exec(`CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('丁'), ('陈'), ('安'), ('白'), (NULL), ('')`);
    expect(db.prepare('SELECT name FROM people ORDER BY pinyin_key(name)').pluck().all()).toEqual([null, '', '安', '白', '陈', '丁']);
    expect(db.prepare('SELECT pinyin_key(NULL)').pluck().get()).toBeNull();
    // A book whose schema used it could not be read where it is not registered (a read-only check of a backup).
    expect(() => db.exec('CREATE INDEX people_by_pinyin ON people (pinyin_key(name))')).toThrow();
    db.close();
  });

  it('is there on every connection the core opens: a book (the task thread opens one too) and the recovery screen’s book in memory', () => {
    const dir = tempDir();
    const book = openConnection(join(dir, 'book.sqlite3'));
    const recovery = openRecoveryCore({ dataDir: dir }, new DamagedDatabaseError(join(dir, 'damaged.sqlite3'), 'corrupt', ''));
    for (const db of [book, recovery.db]) expect(db.prepare(`SELECT pinyin_key('安')`).pluck().get()).toBe(pinyinKey('安'));
    book.close();
    recovery.close();
  });
});
