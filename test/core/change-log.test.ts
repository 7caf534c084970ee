import { describe, expect, it } from 'vitest';
import { recordChanges } from '../../electron/core/changes/change-log';
import { readEntityHeads } from '../../electron/core/changes/entity-heads';
import { changesOfDesk, lastStampOfDesk } from '../../electron/core/changes/log-entries';
import { chainStart, nextLink } from '../../electron/core/sync/change-chain';
import { lastOwnLink, linkAt } from '../../electron/core/sync/chain-links';
import { changeLine } from '../../electron/core/sync/records';
import { writerFor } from '../../electron/core/context';
import { registerCase } from '../../electron/core/cases/register-case';
import { caseHistory, getCase } from '../../electron/core/cases/case-queries';
import { CREATED_WITH_FIELDS } from '../../shared/vocabulary/case-fields';
import { buildCaseInput, openTestCore } from '../factories/core';

const count = (core: ReturnType<typeof openTestCore>, table: string) =>
  core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('the change log write path', () => {
  it('records one change per case field, by the person at the desk, in the registering transaction', () => {
    const core = openTestCore();
    const before = count(core, 'changes');
    const detail = registerCase(core, buildCaseInput());
    const history = caseHistory(core.db, detail.id);
    // Every field a case is created with, whether it repeats another, and its response time (the default rules set
    // one); no e-mail was given, so none is written.
    expect(count(core, 'changes') - before).toBe(CREATED_WITH_FIELDS.length + 2);
    expect(history.map((c) => c.field).sort()).toEqual([...CREATED_WITH_FIELDS, 'repeatOf', 'responseDueAt'].sort());
    expect(new Set(history.map((c) => c.userName))).toEqual(new Set(['王前台']));
    expect(new Set(history.map((c) => c.deskCode))).toEqual(new Set(['A']));
    expect(history.find((c) => c.field === 'content')?.value).toBe(detail.content);
    // Stored as one entry of the log, not a row per field.
    expect(core.db.prepare('SELECT count(*) FROM log_entries WHERE record = (SELECT no FROM log_ids WHERE id = ?)').pluck().get(detail.id)).toBe(1);
  });

  it('leaves neither change entries nor case row nor a used number when the transaction fails mid-way', () => {
    const core = openTestCore();
    const changesBefore = count(core, 'changes');
    // Fail on the case's entry, once the desk's clock and the case number have moved on.
    core.db.exec(`CREATE TEMP TRIGGER fail_midway AFTER INSERT ON log_entries WHEN NEW.entity = 'case'
                  BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    expect(() => registerCase(core, buildCaseInput())).toThrow(/disk trouble/);
    expect(count(core, 'changes')).toBe(changesBefore);
    expect(count(core, 'cases')).toBe(0);
    expect(core.db.prepare("SELECT count(*) FROM changes WHERE field = 'number'").pluck().get()).toBe(0);

    core.db.exec('DROP TRIGGER fail_midway');
    expect(registerCase(core, buildCaseInput()).number).toMatch(/-0001$/);
  });

  it('refuses to record outside a transaction', () => {
    const core = openTestCore();
    expect(() => recordChanges(core.db, writerFor(core), 'user', 'x', [{ field: 'name', value: 'n' }])).toThrow(
      /inside a transaction/,
    );
  });

  it('keeps the log append-only', () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    expect(() => core.db.exec("UPDATE log_entries SET body = '[]'")).toThrow(/append-only/);
    expect(() => core.db.exec("UPDATE log_entries SET record = 0")).toThrow(/append-only/);
    expect(() => core.db.exec('DELETE FROM log_entries')).toThrow(/append-only/);
    expect(() => core.db.exec("UPDATE log_ids SET id = 'x'")).toThrow(/append-only/);
    expect(() => core.db.exec('DELETE FROM log_ids')).toThrow(/append-only/);
  });

  it('names the change it supersedes when a field is written again, and projects the new value', () => {
    const core = openTestCore();
    const detail = registerCase(core, buildCaseInput());
    core.db.transaction(() =>
      recordChanges(core.db, writerFor(core), 'case', detail.id, [{ field: 'nature', value: 'major' }]),
    )();
    const natureChanges = caseHistory(core.db, detail.id).filter((c) => c.field === 'nature');
    expect(natureChanges).toHaveLength(2);
    const [first, second] = natureChanges;
    const supersedes = core.db
      .prepare("SELECT supersedes FROM changes WHERE entity_id = ? AND field = 'nature' ORDER BY hlc DESC LIMIT 1")
      .pluck()
      .get(detail.id) as string;
    expect(JSON.parse(supersedes)).toEqual([first!.id]);
    expect(second!.hlc > first!.hlc).toBe(true);
    expect(getCase(core.db, detail.id).nature).toBe('major');
    expect(readEntityHeads(core.db, detail.id).headIds('nature')).toEqual([second!.id]);
  });

  it('refuses a change when nobody is at the desk', () => {
    const core = openTestCore();
    core.session.userId = null;
    expect(() => registerCase(core, buildCaseInput())).toThrow(expect.objectContaining({ code: 'NO_USER' }));
    expect(count(core, 'cases')).toBe(0);
  });

  it('refuses to register before the first-run setup', () => {
    const core = openTestCore({ setup: false });
    core.session.userId = 'someone';
    expect(() => registerCase(core, buildCaseInput())).toThrow(expect.objectContaining({ code: 'SETUP_REQUIRED' }));
  });

  it('goes on with the right chain link after a write was rolled back once its entry was written', () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    // The case's entry is written and its link remembered; the case row then fails and the whole write goes.
    core.db.exec(`CREATE TEMP TRIGGER fail_row AFTER INSERT ON cases BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    expect(() => registerCase(core, buildCaseInput({ content: '回滚' }))).toThrow(/disk trouble/);
    core.db.exec('DROP TRIGGER fail_row');
    for (let i = 0; i < 3; i++) registerCase(core, buildCaseInput({ content: `之后${i}` }));
    // Every link kept is the one the chain gives, counted afresh from the desk's first change.
    let link = chainStart(core.deskId);
    const expected = new Map<number, string>();
    for (const change of changesOfDesk(core.db, core.deskId, 0, Number.MAX_SAFE_INTEGER)) {
      link = nextLink(link, changeLine(change));
      expected.set(change[1], link.toString('hex'));
    }
    const kept = core.db
      .prepare('SELECT e.seq + e.n - 1 AS last, hex(e.link) AS link FROM log_entries e JOIN log_ids d ON d.no = e.desk WHERE d.id = ? AND e.link IS NOT NULL')
      .all(core.deskId) as { last: number; link: string }[];
    expect(kept.length).toBeGreaterThan(0);
    for (const row of kept) expect(row.link.toLowerCase()).toBe(expected.get(row.last));
    expect(linkAt(core.db, core.deskId, expected.size)!.toString('hex')).toBe(expected.get(expected.size));
    // And the link the desk goes on from, as it remembers it.
    const last = [...changesOfDesk(core.db, core.deskId, 0, Number.MAX_SAFE_INTEGER)].at(-1)!;
    expect(lastStampOfDesk(core.db, core.deskId)).toEqual([last[1], last[2]]);
    expect(lastOwnLink(core.db, core.deskId, lastStampOfDesk(core.db, core.deskId))!.toString('hex')).toBe(expected.get(expected.size));
  });
});

