import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { DATABASE_FILE_NAME } from '../../../electron/core/open-core';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import { SyncError } from '../../../electron/core/sync/sync-error';
import { buildCaseInput, tempDir } from '../../factories/core';
import { exchangeFile, openDesks, sync } from '../../factories/replicas';

function fileHashes(dataDir: string): string {
  return ['', '-wal']
    .map((suffix) => {
      try {
        return createHash('sha256').update(readFileSync(join(dataDir, DATABASE_FILE_NAME + suffix))).digest('hex');
      } catch {
        return 'absent';
      }
    })
    .join(' ');
}

/** A small file: B already has everything but one new case from A. */
function smallBundle() {
  const [a, b] = openDesks(['A', 'B']);
  sync(b!.core, a!.core);
  registerCase(a!.core, buildCaseInput({ content: '短', complainantName: '甲', phone: '', buildingRoom: '', site: '' }));
  const path = exchangeFile(a!.core, { toDeskId: b!.core.deskId });
  b!.core.db.pragma('wal_checkpoint(TRUNCATE)');
  return { b: b!, bytes: readFileSync(path) };
}

function refusedEverywhere(bytes: Buffer, b: ReturnType<typeof smallBundle>['b']) {
  const before = fileHashes(b.core.dataDir);
  const scratch = join(tempDir('corrupt-'), 'x.cdsync');
  const codes = new Set<string>();
  const attempt = (damaged: Buffer) => {
    writeFileSync(scratch, damaged);
    try {
      importBundle(b.core, { path: scratch });
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      codes.add(error.code);
      return;
    }
    throw new Error('a damaged file was imported');
  };
  for (let i = 0; i < bytes.length; i++) {
    const flipped = Buffer.from(bytes);
    flipped[i] = flipped[i]! ^ 0x5a;
    attempt(flipped);
    attempt(bytes.subarray(0, i));
  }
  expect(fileHashes(b.core.dataDir)).toBe(before);
  return codes;
}

describe('a damaged sync file', () => {
  it('is refused at every byte flipped and every length cut, and the database is byte-for-byte unchanged', () => {
    const { b, bytes } = smallBundle();
    expect(bytes.length).toBeLessThan(6000);
    const codes = refusedEverywhere(bytes, b);
    // A flipped key id reads as a file of another organisation; anything else in a frame fails its seal.
    expect([...codes].sort()).toEqual(expect.arrayContaining(['CORRUPT', 'NOT_A_BUNDLE', 'OTHER_ORGANISATION', 'TRUNCATED']));
    // The undamaged file still imports.
    const good = join(tempDir('good-'), 'ok.cdsync');
    writeFileSync(good, bytes);
    expect(importBundle(b.core, { path: good }).newCases).toBe(1);
  });

  it('is refused when it is swapped for another between the checking pass and the applying pass', () => {
    const [a, b] = openDesks(['A', 'B']);
    sync(b!.core, a!.core);
    registerCase(a!.core, buildCaseInput({ complainantName: '先看的' }));
    const checked = readFileSync(exchangeFile(a!.core, { toDeskId: b!.core.deskId }));
    registerCase(a!.core, buildCaseInput({ complainantName: '后换的' }));
    const swapped = readFileSync(exchangeFile(a!.core, { toDeskId: b!.core.deskId }));
    const damaged = Buffer.from(checked);
    damaged[damaged.length - 40] = damaged[damaged.length - 40]! ^ 0x5a;
    const casesBefore = () => b!.core.db.prepare('SELECT count(*) FROM cases').pluck().get();
    const before = casesBefore();
    b!.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const hashes = fileHashes(b!.core.dataDir);

    for (const replacement of [swapped, damaged]) {
      const path = join(tempDir('swap-'), 'x.cdsync');
      writeFileSync(path, checked);
      const importing = () =>
        importBundle(b!.core, {
          path,
          // The backup is taken between the two passes: the moment a stick could be swapped.
          onProgress: (phase) => {
            if (phase === 'backup') writeFileSync(path, replacement);
          },
        });
      expect(importing).toThrow(expect.objectContaining({ code: 'CORRUPT' }));
      expect(casesBefore()).toBe(before);
      expect(fileHashes(b!.core.dataDir)).toBe(hashes);
    }
  });
});
