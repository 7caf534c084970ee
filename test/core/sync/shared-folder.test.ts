import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { exchangeThroughFolder, exportToFolder, listSyncFiles, setSyncFolder, sharedFileName, syncStatus } from '../../../electron/core/sync/sync-service';
import { buildCaseInput, tempDir } from '../../factories/core';
import { openDesks, replicaState } from '../../factories/replicas';

describe('shared folder mode', () => {
  it('lets every desk sync with one click through a folder, and logs each exchange', () => {
    const desks = openDesks(['A', 'B', 'C']);
    const folder = tempDir('share-');
    for (const d of desks) setSyncFolder(d.core, folder);
    const numbers = desks.map((d) => registerCase(d.core, buildCaseInput()).number);

    // Two rounds: the first spreads each desk's file, the second brings back what others merged.
    for (let round = 0; round < 2; round++) for (const d of desks) exchangeThroughFolder(d.core);

    expect(readdirSync(folder).sort()).toEqual(['A', 'B', 'C'].map(sharedFileName).sort());
    const states = desks.map((d) => replicaState(d.core.db));
    expect(new Set(states).size).toBe(1);
    for (const d of desks) {
      const got = (d.core.db.prepare('SELECT number FROM cases ORDER BY number').pluck().all() as string[]);
      expect(got).toEqual([...numbers].sort());
    }
    const status = syncStatus(desks[0]!.core);
    expect(status.folder).toBe(folder);
    expect(status.peers.map((p) => p.deskCode).sort()).toEqual(['B', 'C']);
    expect(status.log.some((l) => l.direction === 'import' && l.newCases > 0)).toBe(true);
    expect(status.log.some((l) => l.direction === 'export')).toBe(true);
  });

  it('skips a file it cannot read, reports it, and still takes the others', () => {
    const [a, b] = openDesks(['A', 'B']);
    const folder = tempDir('share-');
    setSyncFolder(a!.core, folder);
    setSyncFolder(b!.core, folder);
    const kase = registerCase(b!.core, buildCaseInput());
    exchangeThroughFolder(b!.core);
    writeFileSync(join(folder, 'complaint-desk-Z.cdsync'), 'not a sync file');
    const result = exchangeThroughFolder(a!.core);
    expect(result.failed).toEqual([expect.objectContaining({ fileName: 'complaint-desk-Z.cdsync', code: 'NOT_A_BUNDLE' })]);
    expect(result.imported.map((i) => i.senderDeskCode)).toEqual(['B']);
    expect(getCase(a!.core.db, kase.id).number).toBe(kase.number);
  });

  it('says clearly when the USB stick is not there', () => {
    const [a] = openDesks(['A']);
    const gone = join(tempDir(), 'unplugged');
    expect(() => exportToFolder(a!.core, { folder: gone, full: false })).toThrow(
      expect.objectContaining({ code: 'FOLDER_UNAVAILABLE' }),
    );
    expect(() => listSyncFiles(gone)).toThrow(expect.objectContaining({ code: 'FOLDER_UNAVAILABLE' }));
    expect(existsSync(gone)).toBe(false);
  });

  it('names exported files by desk and time, newest first in the list', () => {
    const [a] = openDesks(['A']);
    const folder = tempDir('usb-');
    const first = exportToFolder(a!.core, { folder, full: true });
    expect(first.fileName).toMatch(/^complaint-desk-A-\d{8}-\d{6}\.cdsync$/);
    expect(listSyncFiles(folder).map((f) => f.fileName)).toEqual([first.fileName]);
  });
});
