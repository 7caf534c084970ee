/**
 * The value rules of change-values.ts take everything the app itself writes: a demo book with whole
 * case lives (registrations, corrections, dispatch, follow-ups, callbacks and their attempts, groups,
 * settings, the access log) goes to a new desk whole, and every record's field has a rule.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../electron/core/demo/seed-demo';
import { ENTITY_NAMES } from '../../../electron/core/changes/projections';
import { openCore } from '../../../electron/core/open-core';
import { exportBundle } from '../../../electron/core/sync/export-bundle';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import { refusedValue, syncedFieldNames } from '../../../electron/core/sync/change-values';
import { tempDir } from '../../factories/core';
import { joinDesk, replicaState } from '../../factories/replicas';

describe('the value rules for synced changes', () => {
  it('take a whole demo book, and another desk ends identical', () => {
    const from = tempDir('values-from-');
    seedDemoData({ dataDir: from, seed: 11, cases: 150, until: Date.UTC(2026, 9, 31), months: 4 });
    const a = openCore({ dataDir: from });
    const kinds = a.db.prepare("SELECT DISTINCT entity || '.' || field FROM changes").pluck().all() as string[];
    const path = join(tempDir('values-file-'), 'demo.cdsync');
    exportBundle(a, { outPath: path, full: true });

    const b = joinDesk(a, openCore({ dataDir: tempDir('values-to-') }), 'Z');
    const back = join(tempDir('values-back-'), 'back.cdsync');
    exportBundle(b, { outPath: back });
    importBundle(a, { path: back });
    expect(replicaState(b.db)).toBe(replicaState(a.db));
    // The book exercised most of the rules, so passing means something.
    expect(kinds.length).toBeGreaterThan(60);
    a.close();
    b.close();
  });

  it('refuse what no desk writes', () => {
    for (const entity of ENTITY_NAMES) {
      expect(syncedFieldNames(entity).length).toBeGreaterThan(0);
      expect(refusedValue(entity, 'noSuchField', 1)).toMatch(/no field/);
      expect(refusedValue(entity, 'deleted', 'yes')).toMatch(/not allowed/);
    }
    expect(refusedValue('case', 'status', 'resolved')).toBeNull();
    expect(refusedValue('case', 'status', 12345)).toMatch(/not allowed/);
    expect(refusedValue('attachment', 'sha256', '../../x')).toMatch(/not allowed/);
    expect(refusedValue('callback', 'satisfaction', 'ecstatic')).toMatch(/not allowed/);
  });
});
