import { describe, expect, it } from 'vitest';
import { canonicalJson, type Json } from '../../electron/cli/canonical-json';
import { DEMO_STAFF } from '../../electron/core/demo/people';
import { runInProcess, UNTIL, foldersRemovedAfterEachTest } from './cli-harness';
import { dumpContent, type Dump } from './dump-content';
import { openCore } from '../../electron/core/open-core';
import { voidCase } from '../../electron/core/cases/set-aside';
import { correctCase } from '../../electron/core/cases/correct-case';
import { CLAIM_STATUSES, FINE_STATUSES, NOTICE_STATUSES } from '../../shared/domain';

const N = 40;
const folder = foldersRemovedAfterEachTest();

async function seedAndDump(dataDir: string, seed: number, cases = N): Promise<{ text: string; dump: Dump }> {
  const seeded = await runInProcess(['seed', '--data-dir', dataDir, '--cases', String(cases), '--seed', String(seed), '--until', UNTIL]);
  expect(seeded.code, seeded.stderr).toBe(0);
  const dumped = await runInProcess(['dump', '--data-dir', dataDir]);
  expect(dumped.code, dumped.stderr).toBe(0);
  return { text: dumped.stdout, dump: JSON.parse(dumped.stdout) as Dump };
}

describe('seed then dump', () => {
  it('dumps every seeded case as valid JSON, sorted by id, each with its history', async () => {
    const { dump } = await seedAndDump(folder('basic'), 42);
    expect(dump.dumpFormat).toBe(1);
    expect(dump.cases).toHaveLength(N);
    const ids = dump.cases.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    for (const record of dump.cases) {
      expect(record.row).toMatchObject({ id: record.id, number: record.fields.number, status: record.fields.status });
      expect(record.row).not.toHaveProperty('rowid');
      // Registration writes 14 fields; the lifecycle adds status changes after it.
      expect(record.history.length).toBeGreaterThanOrEqual(14);
      const clocks = record.history.map((change) => change.hlc);
      expect(clocks).toEqual([...clocks].sort());
    }
    expect(dump.users.map((u) => u.fields.name).sort()).toEqual(DEMO_STAFF.map((member) => member.name).sort());
    // What belongs to a case comes with it: its events, and its callbacks once resolved.
    const related = dump.cases.flatMap((c) => (c.related ?? []).map((r) => r.entity));
    expect(related).toContain('case_event');
    expect(related).toContain('callback');
    expect(dump.cases.every((c) => (c.related ?? []).every((r) => r.fields.caseId === c.id))).toBe(true);
    expect(dump.entities.map((e) => e.entity)).toEqual(expect.arrayContaining(['department', 'category', 'site']));
  });

  it('writes canonical JSON: every record line is its own canonical form', async () => {
    const { text, dump } = await seedAndDump(folder('canonical'), 7, 10);
    const recordLines = text.split('\n').filter((line) => line.startsWith('    {'));
    expect(recordLines).toHaveLength(dump.cases.length + dump.users.length + dump.entities.length);
    for (const line of recordLines) {
      const json = line.trim().replace(/,$/, '');
      expect(canonicalJson(JSON.parse(json) as Json)).toBe(json);
    }
    expect(text.endsWith('\n}\n')).toBe(true);
  });

  it('gives the same content for the same seed, and different content for another', async () => {
    const first = await seedAndDump(folder('same-a'), 42);
    const second = await seedAndDump(folder('same-b'), 42);
    const other = await seedAndDump(folder('other'), 43);
    expect(dumpContent(second.dump)).toEqual(dumpContent(first.dump));
    expect(dumpContent(other.dump)).not.toEqual(dumpContent(first.dump));
  });

  it('includes seed 003’s records: contractors, and rectification notices, fines and claims in every state', async () => {
    // Notices go to cases still open at the period's end: enough of them for every state takes a few hundred cases.
    const { dump } = await seedAndDump(folder('contractors'), 42, 300);
    const records = [...dump.entities, ...dump.cases.flatMap((c) => c.related ?? [])];
    const statuses = (entity: string) => new Set(records.filter((r) => r.entity === entity).map((r) => r.fields.status));
    expect(records.filter((r) => r.entity === 'contractor')).toHaveLength(3);
    expect(statuses('rectification_notice')).toEqual(new Set(NOTICE_STATUSES));
    expect(statuses('fine')).toEqual(new Set(FINE_STATUSES));
    expect(statuses('claim')).toEqual(new Set(CLAIM_STATUSES));
  });

  it('dumps the same folder to the same bytes every time', async () => {
    const dir = folder('stable');
    const { text } = await seedAndDump(dir, 5, 15);
    const again = await runInProcess(['dump', '--data-dir', dir]);
    expect(again.stdout).toBe(text);
  });

  it('adds cases to a folder that is already set up, numbering on', async () => {
    const dir = folder('twice');
    await seedAndDump(dir, 1, 20);
    const { dump } = await seedAndDump(dir, 2, 25);
    expect(dump.cases).toHaveLength(45);
    expect(dump.users).toHaveLength(DEMO_STAFF.length);
    const numbers = dump.cases.map((c) => String(c.fields.number));
    expect(new Set(numbers).size).toBe(45);
  });

  it('takes the data folder from COMPLAINT_DESK_DATA_DIR when --data-dir is left out', async () => {
    const dir = folder('env');
    const seeded = await runInProcess(['seed', '--cases', '3', '--until', UNTIL], { COMPLAINT_DESK_DATA_DIR: dir });
    expect(seeded.code, seeded.stderr).toBe(0);
    const dumped = await runInProcess(['dump'], { COMPLAINT_DESK_DATA_DIR: dir });
    expect((JSON.parse(dumped.stdout) as Dump).cases).toHaveLength(3);
  });
});

describe('dump of a case set right', () => {
  it('shows a voided case with voided: true in its fields, and each correction in its history', async () => {
    const dataDir = folder('corrected');
    await seedAndDump(dataDir, 3, 4);
    const core = openCore({ dataDir });
    try {
      core.session.userId = core.db.prepare('SELECT id FROM users ORDER BY name LIMIT 1').pluck().get() as string;
      const [voided, corrected] = core.db.prepare('SELECT id FROM cases ORDER BY id LIMIT 2').pluck().all() as string[];
      voidCase(core, { caseId: voided!, reason: '误登记' });
      correctCase(core, { caseId: corrected!, field: 'buildingRoom', value: '9栋901', reason: '房号写错' });
    } finally {
      core.close();
    }
    const dumped = await runInProcess(['dump', '--data-dir', dataDir]);
    const dump = JSON.parse(dumped.stdout) as Dump;
    const records = new Map(dump.cases.map((c) => [c.id, c]));
    const ids = [...records.keys()].sort();
    expect(records.get(ids[0]!)!.fields.voided).toBe(true);
    const history = records.get(ids[1]!)!.history.filter((change) => change.field === 'buildingRoom');
    expect(history.at(-1)).toMatchObject({ value: '9栋901' });
    expect(history.length).toBe(2);
  });
});
