import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../electron/core/db/read-ahead';
import { tempDir } from '../../factories/core';

function fileOf(bytes: number): string {
  const path = join(tempDir(), 'book.sqlite3');
  writeFileSync(path, Buffer.alloc(bytes, '投诉处理台'));
  return path;
}

describe('reading a book through before its check', () => {
  it('reads the whole file, in order, saying how far it has got, and leaves it as it was', () => {
    // Over one 8 MB chunk, so the read takes more than one step.
    const path = fileOf(9 * 1024 * 1024 + 5);
    const before = readFileSync(path);
    const reports: [number, number][] = [];
    expect(readAhead(path, (done, total) => reports.push([done, total]), 1024 * 1024 * 1024)).toBe(true);
    expect(reports).toEqual([
      [0, before.length],
      [8 * 1024 * 1024, before.length],
      [before.length, before.length],
    ]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('leaves a file too large for half the memory to the check alone', () => {
    const path = fileOf(4096);
    const reports: number[] = [];
    expect(readAhead(path, (done) => reports.push(done), 8191)).toBe(false);
    expect(reports).toEqual([]);
  });

  it('says no for a file it cannot open, for the check to say why', () => {
    expect(readAhead(join(tempDir(), 'missing.sqlite3'))).toBe(false);
  });
});
