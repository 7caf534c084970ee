import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../electron/core/db/migrate';
import { DATABASE_FILE_NAME, openCore } from '../../electron/core/open-core';
import { startupErrorText } from '../../electron/main/startup-error';
import { tempDir } from '../factories/core';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('startupErrorText', () => {
  it('explains a database from a newer version in Chinese and English, from the real refusal', () => {
    const dataDir = tempDir();
    openCore({ dataDir }).close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = sha256(file);

    let refusal: unknown;
    try {
      openCore({ dataDir }).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseTooNewError);
    expect(sha256(file)).toBe(before);

    const text = startupErrorText(refusal, dataDir);
    expect(text.title).toContain('更新的版本');
    expect(text.title).toContain('newer version');
    expect(text.content).toContain('数据版本 999');
    expect(text.content).toContain('data version 999');
    expect(text.content).toContain('文件未做任何改动');
    expect(text.content).toContain('The file has not been changed');
    expect(text.content).toContain(dataDir);
  });

  it('reports any other failure without claiming the file is too new', () => {
    const text = startupErrorText(new Error('SQLITE_CANTOPEN'), '/data');
    expect(text.title).toBe('投诉处理台无法启动 / Complaint Desk could not start');
    expect(text.content).toContain('SQLITE_CANTOPEN');
    expect(text.content).not.toContain('newer');
  });
});
