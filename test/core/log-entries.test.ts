import { describe, expect, it } from 'vitest';
import {
  ChangeFinder,
  changesOfDesk,
  changesOfEntity,
  countOfDesk,
  deskTops,
  EntryWriter,
  topOfDesk,
} from '../../electron/core/changes/log-entries';
import { encodeHlc } from '../../electron/core/changes/hlc';
import { createHash } from 'node:crypto';
import { LOGGED_FIELD_NAMES } from '../../electron/core/changes/field-codes';
import { ENTITY_NAMES } from '../../electron/core/changes/projections';
import { syncedFieldNames } from '../../electron/core/sync/change-values';
import { createRandom, type Random } from '../../electron/core/demo/random';
import type { ChangeTuple } from '../../electron/core/sync/records';
import { openTestCore } from '../factories/core';

const DESKS = ['desk-x1', 'desk-x2', 'desk-x3'];
const ENTITIES: [string, string][] = [
  ['case', 'case-1'],
  ['case', 'case-2'],
  ['case_event', 'event-1'],
  ['followup', 'followup-1'],
];
const VALUES = ['"漏水"', '42', 'null', '{"deleted":true,"seen":["a:1"]}', '"say \\"hi\\""', '[1,2]', '"\\u00e9 é"', 'true'];

/** Changes as desks write them: runs of one record by one person one counter apart, broken now and then in every way the log must keep. */
function randomLog(random: Random): ChangeTuple[] {
  const changes: ChangeTuple[] = [];
  for (const deskId of DESKS) {
    let seq = 0;
    let ms = 1_760_000_000_000;
    for (let write = 0; write < 40; write++) {
      const [entity, entityId] = random.pick(ENTITIES);
      const userId = random.pick([null, 'user-1', 'user-2']);
      ms += random.int(0, 3);
      const ctr = random.int(0, 5);
      const fields = random.int(1, 6);
      for (let i = 0; i < fields; i++) {
        seq += 1;
        // Now and then the clock moves on within a write (an older desk ticked per change), or names another desk.
        if (random.chance(0.1)) ms += 1;
        const other = random.chance(0.05);
        const hlc = encodeHlc({ millis: ms, counter: ctr + i }, other ? 'desk-elsewhere' : deskId);
        // Supersessions of its own desk's changes and of others', and one written with a leading zero.
        const supersedes = random.chance(0.3) ? [`${random.pick(DESKS)}:${random.pick(['', '0'])}${random.int(1, 90)}`] : [];
        changes.push([deskId, seq, hlc, entity, entityId, random.pick(['status', 'nature', 'content']), random.pick(VALUES), userId, supersedes]);
      }
    }
  }
  return changes;
}

describe('the change log stored as entries', () => {
  it('gives back every change exactly as written, found every way the app looks for it', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const core = openTestCore();
      const written = randomLog(createRandom(seed));
      core.db.transaction(() => {
        const entries = new EntryWriter(core.db, () => null);
        for (const change of written) entries.add(change);
        entries.flush();
      })();
      const ours = (change: ChangeTuple) => DESKS.includes(change[0]);
      for (const deskId of DESKS) {
        const desks = written.filter((c) => c[0] === deskId);
        expect([...changesOfDesk(core.db, deskId, 0, 1e9)]).toEqual(desks);
        expect([...changesOfDesk(core.db, deskId, 7, 19)]).toEqual(desks.filter((c) => c[1] > 7 && c[1] <= 19));
        expect(countOfDesk(core.db, deskId, 7, 19)).toBe(12);
        expect(topOfDesk(core.db, deskId)).toBe(desks.length);
        expect(deskTops(core.db).get(deskId)).toEqual({ top: desks.length, count: desks.length });
      }
      for (const [, entityId] of ENTITIES) {
        expect(changesOfEntity(core.db, entityId).filter(ours)).toEqual(
          written.filter((c) => c[4] === entityId).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])),
        );
      }
      const finder = new ChangeFinder(core.db);
      for (const change of [...written].reverse()) expect(finder.find(change[0], change[1])).toEqual(change);
      expect(finder.find('desk-x1', 100_000)).toBeUndefined();
      // The view shows them one row per change, with the columns the table had.
      const viewed = core.db
        .prepare('SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes FROM changes ORDER BY desk_id, seq')
        .raw()
        .all() as [string, number, string, string, string, string, string, string | null, string][];
      expect(viewed.filter((row) => DESKS.includes(row[0])).map((row) => [...row.slice(0, 8), JSON.parse(row[8]) as string[]])).toEqual(written);
      // Fewer rows than changes: runs are kept together.
      const entryCount = core.db.prepare("SELECT count(*) FROM log_entries e JOIN log_ids d ON d.no = e.desk WHERE d.id LIKE 'desk-x%'").pluck().get() as number;
      expect(entryCount).toBeLessThan(written.length / 2);
      core.close();
    }
  });

  it('stores field names as numbers that never change meaning: the list only grows, and every synced field has one', () => {
    // Books hold these numbers: the names as first released (schema 18) stay where they are.
    const released = createHash('sha256').update(JSON.stringify(LOGGED_FIELD_NAMES.slice(0, 167))).digest('hex');
    expect(released).toBe('e8527689984177d88a3fda7eacb54aa6130badf4bc402182725a2008d2493905');
    for (const entity of ENTITY_NAMES) for (const field of [...syncedFieldNames(entity), 'deleted']) expect(LOGGED_FIELD_NAMES).toContain(field);
  });
});
