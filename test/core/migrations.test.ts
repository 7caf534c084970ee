import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../electron/core/db/connection';
import { DatabaseTooNewError, migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations/index';
import { listBackups } from '../../electron/core/backup/backup-catalogue';
import { DATABASE_FILE_NAME, openCore } from '../../electron/core/open-core';
import { buildCaseInput, openTestCore, tempDir } from '../factories/core';
import { registerCase } from '../../electron/core/cases/register-case';
import { listCases } from '../../electron/core/cases/case-queries';
import { checkIntegrity } from '../../electron/core/integrity';
import { gramsForIndex, matchExpression } from '../../electron/core/search/ngrams';
import { addAttachment } from '../../electron/core/attachments/attachments';
import { caseListQuerySchema } from '../../shared/contract';
import { readOrgSettings, saveDeadlineRule } from '../../electron/core/settings/org-settings';
import { orgKeyStatus } from '../../electron/core/sync/org-membership';
import { openDesks, replicaState, sync, type Desk } from '../factories/replicas';
import { dumpChunks } from '../../electron/cli/dump';
import { recordChanges } from '../../electron/core/changes/change-log';
import { deleteEntity } from '../../electron/core/changes/delete-entity';
import { writerFor } from '../../electron/core/context';
import { listConflicts } from '../../electron/core/sync/conflicts';
import { linkAt } from '../../electron/core/sync/chain-links';
import type { Db } from '../../electron/core/db/connection';
import { computeStats } from '../../electron/core/stats/compute-stats';
import { referenceSource } from '../../electron/core/stats/reference-queries';
import { buildScenario } from './stats/stats-scenario';
import { expectFreshFacts, factRows } from './stats/fact-tables';
import { voidCase } from '../../electron/core/cases/set-aside';
import { planOf } from '../factories/asked-sql';
import { isOpenStatus, OPEN_MARK } from '../../electron/core/cases/open-mark';
import { SEARCHED_COLUMNS, catchUpWaitingCases, searchTexts } from '../../electron/core/cases/case-projection';
import { waitingRows, writtenThrough } from '../../electron/core/cases/waiting-cases';
import { textMatcher } from '../../electron/core/search/ngrams';
import { STATUSES } from '../../shared/domain';
import { CHANGES_AS_WRITTEN, undoVersion18, undoVersion19, undoVersion20, undoVersion21, undoVersion22, undoVersion23, undoVersion24, undoVersion25, undoVersion26, undoVersion27, undoVersion28 } from '../factories/old-books';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What version 14 added (verification, escalation times, special teams), taken back out. */
function undoVersion14(core: ReturnType<typeof openTestCore>): void {
  undoVersion15(core);
  core.db.exec(UNDO_VERSION_14_SQL);
}

/** What version 17 added (organisation keys, desk keys, the changes' links, signed heads), taken back out: a book from before keys. */
function undoVersion17(core: ReturnType<typeof openTestCore>): void {
  undoVersion18(core);
  core.db.exec(`
    DROP TABLE org_keys; DROP TABLE desk_certs; DROP TABLE signed_heads;
    DROP TRIGGER changes_link_once; DROP TRIGGER changes_no_update;
    ALTER TABLE desk DROP COLUMN signing_key; ALTER TABLE changes DROP COLUMN link;
    CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    DELETE FROM schema_migrations WHERE version >= 17; PRAGMA user_version = 16;
  `);
}

/** What version 16 added (a notice's photos), taken back out. */
function undoVersion16(core: ReturnType<typeof openTestCore>): void {
  undoVersion17(core);
  core.db.exec(`ALTER TABLE attachments DROP COLUMN notice_id; DELETE FROM schema_migrations WHERE version >= 16; PRAGMA user_version = 15;`);
}

/** What version 15 added (contractors, notices, fines, claims), taken back out. */
function undoVersion15(core: ReturnType<typeof openTestCore>): void {
  undoVersion16(core);
  core.db.exec(`
    DROP TABLE contractors; DROP TABLE rectification_notices; DROP TABLE fines; DROP TABLE claims;
    DELETE FROM schema_migrations WHERE version >= 15; PRAGMA user_version = 14;
  `);
}

const UNDO_VERSION_14_SQL = `
  DROP INDEX cases_awaiting_verification; DROP TABLE team_members; DROP TABLE measures;
  ALTER TABLE cases DROP COLUMN verification_pending; ALTER TABLE cases DROP COLUMN verification_result;
  ALTER TABLE cases DROP COLUMN verification_note; ALTER TABLE cases DROP COLUMN verified_by; ALTER TABLE cases DROP COLUMN verified_at;
  ALTER TABLE cases DROP COLUMN escalated_at; ALTER TABLE cases DROP COLUMN team_leader_id;
  DELETE FROM schema_migrations WHERE version >= 14; PRAGMA user_version = 13;
`;

/**
 * What version 13 added, taken back out of a book made by today's app (the older books below start from it).
 * Today's default rules carry an acceptance time, which no older book recorded: set aside first, through the
 * change log, so the log stays true to what the older tables can hold.
 */
function undoVersion13(core: ReturnType<typeof openTestCore>): void {
  // Through today's write path, while the book still has today's tables.
  for (const rule of readOrgSettings(core.db).deadlineRules) saveDeadlineRule(core, { ...rule, acceptance: null });
  undoVersion14(core);
  core.db.exec(UNDO_VERSION_13_SQL);
}

const UNDO_VERSION_13_SQL = `
  DROP INDEX cases_awaiting_response; DROP INDEX cases_awaiting_acceptance; DROP INDEX cases_awaiting_decision;
  ALTER TABLE cases DROP COLUMN responded_at; ALTER TABLE cases DROP COLUMN acceptance_due_at;
  ALTER TABLE cases DROP COLUMN referral_decision; ALTER TABLE cases DROP COLUMN referral_instructions;
  ALTER TABLE cases DROP COLUMN referral_decided_by; ALTER TABLE cases DROP COLUMN referral_decided_at;
  ALTER TABLE sites DROP COLUMN work_days; ALTER TABLE sites DROP COLUMN work_start; ALTER TABLE sites DROP COLUMN work_end;
  ALTER TABLE sites DROP COLUMN observes_holidays;
  ALTER TABLE deadline_rules DROP COLUMN clock; ALTER TABLE deadline_rules DROP COLUMN acceptance_amount;
  ALTER TABLE deadline_rules DROP COLUMN acceptance_unit;
  DELETE FROM schema_migrations WHERE version >= 13; PRAGMA user_version = 12;
`;

describe('migrations', () => {
  it('numbers migrations 1..n with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('applies every migration to an empty database and records each one', () => {
    const db = openConnection(join(tempDir(), 'x.sqlite3'));
    expect(migrate(db, MIGRATIONS, () => 1234)).toBe(LATEST_SCHEMA_VERSION);
    const recorded = db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: 1234 })));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['cases', 'log_entries', 'log_ids', 'users', 'desk', 'case_search']));
    db.close();
  });

  it('drops the index over change timestamps at version 8 and keeps the changes', () => {
    const db = openConnection(join(tempDir(), 'x.sqlite3'));
    migrate(db, MIGRATIONS.slice(0, 7), () => 1);
    db.prepare("INSERT INTO changes (desk_id, seq, hlc, entity, entity_id, field, value) VALUES ('d', 1, 'h', 'case', 'c', 'f', '1')").run();
    const indexNames = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'changes'").pluck().all();
    expect(indexNames()).toContain('changes_by_hlc');
    migrate(db, MIGRATIONS.slice(0, 8), () => 2);
    expect(indexNames()).not.toContain('changes_by_hlc');
    expect(indexNames()).toContain('changes_by_entity');
    expect(db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(1);
    migrate(db, MIGRATIONS, () => 3);
    expect(db.prepare('SELECT desk_id, seq, hlc, field, value FROM changes').all()).toEqual([{ desk_id: 'd', seq: 1, hlc: 'h', field: 'f', value: '1' }]);
    db.close();
  });

  it('is a no-op the second time', () => {
    const db = openConnection(join(tempDir(), 'x.sqlite3'));
    migrate(db, MIGRATIONS, () => 1);
    migrate(db, MIGRATIONS, () => 2);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    db.close();
  });

  it('says how far each migration has got: 18 by the changes rewritten, 19 by its tables, the others as one step', () => {
    const core = openTestCore();
    for (let i = 0; i < 3; i++) registerCase(core, buildCaseInput({ content: `第 ${i} 件` }));
    undoVersion18(core);
    const changes = core.db.prepare(CHANGES_AS_WRITTEN).all().length;
    const reports: [number, number, number][] = [];
    migrate(core.db, MIGRATIONS, () => 1, (version, done, total) => reports.push([version, done, total]));

    const byVersion = new Map<number, [number, number, number][]>();
    for (const report of reports) byVersion.set(report[0], [...(byVersion.get(report[0]) ?? []), report]);
    expect([...byVersion.keys()]).toEqual(MIGRATIONS.slice(17).map((m) => m.version));
    for (const steps of byVersion.values()) {
      const done = steps.map(([, d]) => d);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(steps.at(-1)![1]).toBe(steps.at(-1)![2]);
    }
    expect(byVersion.get(18)!.at(-1)).toEqual([18, changes, changes]);
    expect(byVersion.get(19)!.map(([, d, t]) => `${d}/${t}`)).toEqual(['0/1', '0/6', '1/6', '2/6', '3/6', '4/6', '5/6', '6/6', '6/6']);
    expect(byVersion.get(20)).toEqual([[20, 0, 1], [20, 1, 1]]);
    // 22 writes the search index again a page of cases at a time: the three cases are one page.
    expect(byVersion.get(22)!.at(-1)).toEqual([22, 3, 3]);
  });

  it('rolls a failing migration back whole and keeps the version before it', () => {
    const db = openConnection(join(tempDir(), 'x.sqlite3'));
    const broken = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' },
    ];
    expect(() => migrate(db, broken, () => 1)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database from a newer version and leaves the file byte-for-byte unchanged', () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE_NAME);
    const seed = new Database(file);
    seed.exec('CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES (1)');
    seed.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    seed.close();
    const before = sha256(file);

    expect(() => openCore({ dataDir })).toThrow(DatabaseTooNewError);
    expect(() => openCore({ dataDir })).toThrow(/newer version/);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('opens the same folder again with its data', () => {
    const dataDir = tempDir();
    const first = openCore({ dataDir });
    const deskId = first.deskId;
    first.close();
    const second = openCore({ dataDir });
    expect(second.deskId).toBe(deskId);
    second.close();
  });
});

describe('upgrading a database with data in it', () => {
  it('keeps every case and change when the later migrations run on a version 1 database', () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE_NAME);
    const db = openConnection(file);
    migrate(db, MIGRATIONS.slice(0, 1), () => 1);
    db.prepare("INSERT INTO desk (singleton, desk_id, desk_code, org_name, setup_done) VALUES (1, 'desk-1', 'A', '物业', 1)").run();
    db.prepare(
      `INSERT INTO cases (id, number, desk_code, channel, complainant_name, phone, building_room, site, received_at, content, category, nature, status, created_at, created_by, updated_at)
       VALUES ('c1', 'A-202601-0001', 'A', 'phone', '张三', '', '', '', 1, '漏水', 'equipment', 'unjudged', 'registered', 1, 'u1', 1)`,
    ).run();
    db.close();
    const core = openCore({ dataDir });
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(core.db.prepare('SELECT number, escalation_level, callback_exception FROM cases').get()).toEqual({
      number: 'A-202601-0001',
      escalation_level: 0,
      callback_exception: '',
    });
    expect(core.db.prepare('SELECT group_id FROM desk').pluck().get()).toMatch(/^[0-9a-f]{32}$/);
    core.close();
  });
});

describe('version 9: e-mail, voiding and merging, phone keys', () => {
  /** A book as version 8 left it, made by today's app and taken back: what versions 9 and later added dropped. */
  function versionEightBook(): string {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    registerCase(core, buildCaseInput({ phone: '158 8888 9017', content: '楼上漏水' }));
    registerCase(core, buildCaseInput({ phone: '+86 139-0000-1111', complainantName: '王先生' }));
    undoVersion13(core);
    core.db.exec(`
      DROP INDEX cases_by_phone_key; DROP INDEX cases_by_received; DROP INDEX cases_by_status; DROP INDEX cases_by_category;
      DROP INDEX cases_by_channel; DROP INDEX cases_by_name; DROP INDEX cases_by_nature; DROP INDEX cases_set_aside;
      DROP INDEX cases_by_merged_into;
      ALTER TABLE cases DROP COLUMN email; ALTER TABLE cases DROP COLUMN voided; ALTER TABLE cases DROP COLUMN merged_into;
      ALTER TABLE cases DROP COLUMN phone_key; ALTER TABLE cases DROP COLUMN excluded;
      CREATE INDEX cases_by_phone_key ON cases (replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''));
      CREATE INDEX cases_by_received ON cases (received_at) WHERE deleted = 0;
      CREATE INDEX cases_by_status ON cases (status, received_at) WHERE deleted = 0;
      CREATE INDEX cases_by_category ON cases (category, channel, received_at) WHERE deleted = 0;
      CREATE INDEX cases_by_channel ON cases (channel, received_at) WHERE deleted = 0;
      CREATE INDEX cases_by_name ON cases (complainant_name) WHERE deleted = 0;
      DELETE FROM case_search;
      ALTER TABLE users DROP COLUMN secret_hash; ALTER TABLE users DROP COLUMN secret_is_code;
      DROP TABLE sign_in_locks; DROP TABLE access_log;
      ALTER TABLE desks DROP COLUMN replaced_by;
      DROP TABLE period_findings;
      DELETE FROM schema_migrations WHERE version >= 9;
      PRAGMA user_version = 8;
    `);
    // Version 8 indexed the searchable fields as typed, without the phone's digits.
    for (const row of core.db.prepare('SELECT rowid, number, complainant_name, phone, building_room, content FROM cases').raw().all() as string[][]) {
      const [rowid, ...texts] = row;
      const grams = gramsForIndex(texts.map(String));
      core.db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)').run(rowid, grams.uni, grams.bi);
    }
    core.close();
    return dataDir;
  }

  it('keeps every case and change, works out phone keys and search entries, and the book checks out', () => {
    const dataDir = versionEightBook();
    const changesBefore = (() => {
      const db = openConnection(join(dataDir, DATABASE_FILE_NAME));
      const rows = db.prepare(CHANGES_AS_WRITTEN).all();
      db.close();
      return rows;
    })();
    const core = openCore({ dataDir });
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(core.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    // The book as version 8 left it was copied and kept before the first migration touched it.
    expect(listBackups(dataDir)).toMatchObject([{ reason: 'before_migration', schemaVersion: 8, cases: 2, changesHeld: expect.stringMatching(/^[0-9a-f-]+:\d+$/) }]);
    expect(core.db.prepare('SELECT replaced_by FROM desks').pluck().all()).toEqual([null]);
    expect(core.db.prepare('SELECT phone, phone_key, email, voided, merged_into, excluded FROM cases ORDER BY phone').all()).toEqual([
      { phone: '+86 139-0000-1111', phone_key: '13900001111', email: '', voided: 0, merged_into: null, excluded: 0 },
      { phone: '158 8888 9017', phone_key: '15888889017', email: '', voided: 0, merged_into: null, excluded: 0 },
    ]);
    const found = listCases(core.db, caseListQuerySchema.parse({ text: '15888889017' })).rows;
    expect(found.map((r) => r.phone)).toEqual(['158 8888 9017']);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
    core.close();
  });
});

describe('version 12: the findings kept with a period', () => {
  it('adds the table to a version 11 book, keeps its cases and changes, and the book checks out', () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    registerCase(core, buildCaseInput({ content: '电梯按钮失灵' }));
    undoVersion13(core);
    core.db.exec('DROP TABLE period_findings; DELETE FROM schema_migrations WHERE version >= 12; PRAGMA user_version = 11;');
    const changesBefore = core.db.prepare(CHANGES_AS_WRITTEN).all();
    core.close();

    const upgraded = openCore({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    expect(upgraded.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    const columns = upgraded.db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all('period_findings');
    expect(columns).toEqual(['period_from', 'period_to', 'site', 'text', 'updated_at', 'updated_by']);
    // One text per period and site.
    const insert = upgraded.db.prepare("INSERT INTO period_findings (period_from, period_to, site, text, updated_at) VALUES (1, 2, '', ?, 3)");
    insert.run('一');
    expect(() => insert.run('二')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    upgraded.close();
  });
});

describe('version 13: watched clocks, site weeks, the company’s decision', () => {
  it('adds the columns to a version 12 book with the office’s defaults, keeps its cases and changes, and the book checks out', () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    registerCase(core, buildCaseInput({ content: '电梯按钮失灵', nature: 'valid' }));
    undoVersion13(core);
    const changesBefore = core.db.prepare(CHANGES_AS_WRITTEN).all();
    core.close();

    const upgraded = openCore({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    expect(upgraded.db.prepare('SELECT responded_at, acceptance_due_at, referral_decision, referral_decided_at FROM cases').all()).toEqual([
      { responded_at: null, acceptance_due_at: null, referral_decision: '', referral_decided_at: null },
    ]);
    // Every rule counts working time until a manager says otherwise.
    expect(upgraded.db.prepare('SELECT DISTINCT clock FROM deadline_rules').pluck().all()).toEqual(['working']);
    const indexes = upgraded.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'cases_awaiting_%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['cases_awaiting_acceptance', 'cases_awaiting_decision', 'cases_awaiting_response']));
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    upgraded.close();
  });
});

describe('version 14: verification, escalation times, special teams', () => {
  it('adds the columns and tables to a version 13 book, keeps its cases and changes, and the book checks out', () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    registerCase(core, buildCaseInput({ content: '电梯按钮失灵', nature: 'valid' }));
    undoVersion14(core);
    const changesBefore = core.db.prepare(CHANGES_AS_WRITTEN).all();
    core.close();

    const upgraded = openCore({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    expect(upgraded.db.prepare('SELECT verification_pending, verification_result, escalated_at, team_leader_id FROM cases').all()).toEqual([
      { verification_pending: 0, verification_result: '', escalated_at: null, team_leader_id: null },
    ]);
    expect(upgraded.db.prepare("SELECT name FROM sqlite_master WHERE name IN ('team_members', 'measures', 'cases_awaiting_verification') ORDER BY name").pluck().all()).toEqual([
      'cases_awaiting_verification',
      'measures',
      'team_members',
    ]);
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    upgraded.close();
  });
});

describe('version 15: contractors, rectification notices, fines, claims', () => {
  it('adds the tables to a version 14 book, keeps its cases and changes, and the book checks out', () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    registerCase(core, buildCaseInput({ content: '外墙渗水', nature: 'valid' }));
    undoVersion15(core);
    const changesBefore = core.db.prepare(CHANGES_AS_WRITTEN).all();
    core.close();

    const upgraded = openCore({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    const tables = upgraded.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('contractors', 'rectification_notices', 'fines', 'claims') ORDER BY name");
    expect(tables.pluck().all()).toEqual(['claims', 'contractors', 'fines', 'rectification_notices']);
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    upgraded.close();
  });
});

describe('version 16: a notice’s photos', () => {
  it('adds the column to a version 15 book with its attachments, which stay the case’s own, and the book checks out', () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    const kase = registerCase(core, buildCaseInput({ content: '外墙渗水', nature: 'valid' }));
    addAttachment(core, { caseId: kase.id, followupId: null, fileName: '现场.jpg', mime: 'image/jpeg', dataBase64: Buffer.from('jpeg bytes').toString('base64') });
    undoVersion16(core);
    const changesBefore = core.db.prepare(CHANGES_AS_WRITTEN).all();
    core.close();

    const upgraded = openCore({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    expect(upgraded.db.prepare('SELECT file_name, notice_id FROM attachments').all()).toEqual([{ file_name: '现场.jpg', notice_id: null }]);
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    upgraded.close();
  });
});

function linksOfEveryChange(db: Db): { desk_id: string; seq: number; link: string }[] {
  const changes = db.prepare('SELECT desk_id, seq FROM changes ORDER BY desk_id, seq').all() as { desk_id: string; seq: number }[];
  return changes.map(({ desk_id, seq }) => ({ desk_id, seq, link: linkAt(db, desk_id, seq)!.toString('hex').toUpperCase() }));
}

describe('version 17: organisation keys, desk keys, each change linked to the one before', () => {
  it('links every change of a version 16 book as the desk would have, keeps them, asks for a key, and the book checks out', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput({ content: '楼道灯不亮' }));
    sync(a!.core, b!.core);
    registerCase(b!.core, buildCaseInput({ content: '电梯异响' }));
    // Desk A's changes came by import: B kept some of their links and works out the others when asked.
    const linksBefore = linksOfEveryChange(b!.core.db);
    undoVersion17(b!.core);
    const changesBefore = b!.core.db.prepare(CHANGES_AS_WRITTEN).all();
    const dataDir = b!.core.dataDir;
    b!.core.close();

    const upgraded = openCore({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // Version 17 links every change; version 18 keeps the links that end an entry (and works out the rest).
    const kept = upgraded.db.prepare('SELECT desk_id, seq, hex(link) AS link FROM changes WHERE link IS NOT NULL ORDER BY desk_id, seq').all();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(linksBefore.filter((l) => kept.some((k) => (k as { seq: number; desk_id: string }).seq === l.seq && (k as { desk_id: string }).desk_id === l.desk_id)));
    expect(linksOfEveryChange(upgraded.db)).toEqual(linksBefore);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    expect(orgKeyStatus(upgraded)).toMatchObject({ hasKey: false, needsKey: true });
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    upgraded.close();
  });
});

function dumpOf(db: Db): string {
  return [...dumpChunks(db)].join('');
}

describe('version 18: the change log as entries', () => {
  it('keeps every change of a version 17 book with its links, the dump is the same before and after, and the book checks out', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput({ content: '楼道灯不亮' }));
    sync(a!.core, b!.core);
    // Two desks edit one field (a conflict the dump lists) and B deletes a record A edited meanwhile.
    const edit = (desk: Desk, value: string) =>
      desk.core.db.transaction(() => recordChanges(desk.core.db, writerFor(desk.core), 'case', kase.id, [{ field: 'complainantName', value }]))();
    edit(a!, '李先生');
    edit(b!, '李小姐');
    const other = registerCase(b!.core, buildCaseInput({ content: '电梯异响' }));
    sync(b!.core, a!.core);
    a!.core.db.transaction(() => recordChanges(a!.core.db, writerFor(a!.core), 'case', other.id, [{ field: 'phone', value: '13911112222' }]))();
    b!.core.db.transaction(() => deleteEntity(b!.core.db, writerFor(b!.core), 'case', other.id))();
    sync(a!.core, b!.core);
    const db = b!.core.db;
    expect(listConflicts(db).map((c) => c.field).sort()).toEqual(['complainantName', 'deleted']);

    const dumpBefore = dumpOf(db);
    const linksBefore = linksOfEveryChange(db);
    const changesBefore = db.prepare(CHANGES_AS_WRITTEN).all();
    undoVersion18(b!.core);
    // The dump reads a book of either version the same.
    expect(dumpOf(db)).toBe(dumpBefore);
    expect(db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    const dataDir = b!.core.dataDir;
    const userId = b!.core.session.userId;
    b!.core.close();

    const upgraded = openCore({ dataDir });
    upgraded.session.userId = userId;
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changesBefore);
    expect(linksOfEveryChange(upgraded.db)).toEqual(linksBefore);
    expect(dumpOf(upgraded.db)).toBe(dumpBefore);
    expect(listConflicts(upgraded.db).map((c) => c.field).sort()).toEqual(['complainantName', 'deleted']);
    expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    const entries = upgraded.db.prepare('SELECT count(*) FROM log_entries').pluck().get() as number;
    expect(entries).toBeLessThan(changesBefore.length / 3);
    // The upgraded desk goes on writing and exchanging.
    registerCase(upgraded, buildCaseInput({ content: '升级后' }));
    sync(upgraded, a!.core);
    expect(replicaState(a!.core.db)).toBe(replicaState(upgraded.db));
    upgraded.close();
  });
});

/** A statistics scenario's book with `undo` taken back out of it, opened again at the latest version for `check`. */
function upgradedScenario(
  options: { seed: number; cases: number; days: number },
  undo: (core: ReturnType<typeof openTestCore>) => void,
  check: (upgraded: ReturnType<typeof openCore>, written: { facts: Record<string, unknown[]>; changes: unknown[] }) => void,
): void {
  const scenario = buildScenario({ ...options, from: at(2025, 9, 1) });
  try {
    // Every case counted, as an older book has them: the waiting cases' turn first (cases/waiting-cases.ts).
    scenario.core.db.transaction(() => catchUpWaitingCases(scenario.core.db))();
    const facts = factRows(scenario.core.db);
    undo(scenario.core);
    const changes = scenario.core.db.prepare(CHANGES_AS_WRITTEN).all();
    const { dataDir } = scenario.core;
    const { userId } = scenario.core.session;
    scenario.core.close();
    const upgraded = openCore({ dataDir });
    upgraded.session.userId = userId;
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      check(upgraded, { facts, changes });
      expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    } finally {
      upgraded.close();
    }
  } finally {
    scenario.dispose();
  }
}

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

/** The statistics of a month, as the fact tables give them and as the reference queries do. */
function expectReferenceStats(db: Db, from: number, to: number): void {
  const options = { from, to, now: at(2026, 1, 1) };
  expect(computeStats(db, options)).toEqual(computeStats(db, options, referenceSource));
}

describe('version 19: the statistics’ indexes, fact tables and triggers', () => {
  it('works out the fact rows of a version 18 book as its writes would have, and its numbers are the reference’s', () => {
    upgradedScenario({ seed: 18, cases: 60, days: 45 }, undoVersion19, (upgraded, written) => {
      expect(written.facts.stats_resolves!.length).toBeGreaterThan(20);
      expect(written.facts.stats_callbacks_done!.length).toBeGreaterThan(10);
      expect(factRows(upgraded.db)).toEqual(written.facts);
      expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(written.changes);
      expectReferenceStats(upgraded.db, at(2025, 9, 1), at(2025, 10, 1));
      expectReferenceStats(upgraded.db, at(2025, 10, 1), at(2025, 11, 1));
    });
  }, 60_000);
});

describe('version 20: the day counts keyed by day, no index by unit', () => {
  it('keeps every day count of a version 19 book, whose triggers go on counting, and its numbers are the reference’s', () => {
    const keyOf = (db: Db) => db.prepare("SELECT name FROM pragma_index_info('sqlite_autoindex_stats_received_days_1') ORDER BY seqno").pluck().all();
    const undo = (core: ReturnType<typeof openTestCore>) => {
      undoVersion20(core);
      expect(keyOf(core.db)).toEqual(['dim', 'key', 'day', 'site']);
    };
    upgradedScenario({ seed: 20, cases: 40, days: 30 }, undo, (upgraded, written) => {
      expect(written.facts.stats_received_days!.length).toBeGreaterThan(40);
      expect(keyOf(upgraded.db)).toEqual(['day', 'dim', 'key', 'site']);
      expect(upgraded.db.prepare("SELECT name FROM sqlite_master WHERE name = 'cases_by_unit'").all()).toEqual([]);
      expect(factRows(upgraded.db)).toEqual(written.facts);
      expectReferenceStats(upgraded.db, at(2025, 9, 1), at(2025, 10, 1));
      // The next case is counted (in its turn, cases/waiting-cases.ts, which expectFreshFacts brings about).
      registerCase(upgraded, buildCaseInput({ receivedAt: at(2025, 9, 20) }));
      expectFreshFacts(upgraded.db);
      expect(factRows(upgraded.db).stats_received_days).not.toEqual(written.facts.stats_received_days);
    });
  }, 60_000);
});

describe('version 21: each case keeps its name key', () => {
  it('keys every case of a version 20 book, whose list then sorts by name in pinyin order through an index', () => {
    const core = openTestCore();
    for (const name of ['丁', '陈', '安', '白', 'Tom']) registerCase(core, buildCaseInput({ complainantName: name }));
    undoVersion21(core);
    const dataDir = core.dataDir;
    core.close();

    const upgraded = openCore({ dataDir });
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const page = listCases(upgraded.db, caseListQuerySchema.parse({ sort: { column: 'complainantName', direction: 'asc' } }));
      expect(page.rows.map((r) => r.complainantName)).toEqual(['Tom', '安', '白', '陈', '丁']);
      expect(upgraded.db.prepare("SELECT count(*) FROM cases WHERE name_key = ''").pluck().get()).toBe(0);
      expect(upgraded.db.prepare("SELECT name FROM sqlite_master WHERE name IN ('cases_by_name', 'cases_by_name_key')").pluck().all()).toEqual([
        'cases_by_name_key',
      ]);
      expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    } finally {
      upgraded.close();
    }
  });
});

describe('version 22: the search index holds runs of digits by their 4-digit windows', () => {
  it('writes every entry of a version 21 book again, so a phone fragment is found by its windows', () => {
    const core = openTestCore();
    const caller = registerCase(core, buildCaseInput({ phone: '138-0013-8000', content: '车库门禁坏了' }));
    const voided = registerCase(core, buildCaseInput({ phone: '13900138000', content: '练习' }));
    voidCase(core, { caseId: voided.id, reason: '练习时误登记' });
    undoVersion22(core);
    const find = (db: Db, text: string) => listCases(db, caseListQuerySchema.parse({ text })).rows.map((r) => r.id);
    // The old book's index, asked directly: today's list would read the table version 27 adds.
    expect(core.db.prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?').pluck().get(matchExpression('00138000'))).toBe(0);
    const dataDir = core.dataDir;
    core.close();

    const upgraded = openCore({ dataDir });
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(find(upgraded.db, '00138000')).toEqual([caller.id]);
      expect(find(upgraded.db, '门禁')).toEqual([caller.id]);
      expect(upgraded.db.prepare('SELECT count(*) FROM case_search').pluck().get()).toBe(1);
      expect(checkIntegrity(upgraded.db, upgraded.dataDir).problems).toEqual([]);
    } finally {
      upgraded.close();
    }
  });
});

describe('version 23: the list’s counts', () => {
  it('counts the active cases of a version 22 book, and its triggers go on counting', () => {
    upgradedScenario({ seed: 23, cases: 30, days: 20 }, undoVersion23, (upgraded) => {
      const total = () => listCases(upgraded.db, caseListQuerySchema.parse({ limit: 1 })).total;
      const live = upgraded.db.prepare('SELECT count(*) FROM cases WHERE deleted = 0 AND excluded = 0').pluck();
      expect(total()).toBe(live.get());
      registerCase(upgraded, buildCaseInput({ receivedAt: at(2025, 9, 20) }));
      expect(total()).toBe(live.get());
      expectFreshFacts(upgraded.db);
    });
  }, 60_000);
});

describe('version 24: one index of a case’s events', () => {
  it('keeps every event of a version 23 book, read by case through the one index, and the book checks out', () => {
    upgradedScenario({ seed: 24, cases: 20, days: 20 }, undoVersion24, (upgraded) => {
      const indexes = upgraded.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case_events' ORDER BY name").pluck().all();
      expect(indexes).not.toContain('case_events_by_case_action');
      const caseId = upgraded.db.prepare('SELECT case_id FROM case_events LIMIT 1').pluck().get() as string;
      const plan = (upgraded.db.prepare('EXPLAIN QUERY PLAN SELECT id FROM case_events WHERE case_id = ? AND deleted = 0 ORDER BY at').all(caseId) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      expect(plan).toMatch(/USING INDEX case_events_by_case \(case_id=\?\)/);
      expectFreshFacts(upgraded.db);
    });
  }, 60_000);
});

describe('version 25: the index of a case’s events over its live ones', () => {
  it('keeps every event of a version 24 book, and the statistics’ triggers read a case’s events through its own index', () => {
    upgradedScenario({ seed: 25, cases: 20, days: 20 }, undoVersion25, (upgraded, written) => {
      expect(upgraded.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'case_events_by_case'").pluck().get()).toMatch(/WHERE deleted = 0$/);
      const firstDispatch = "SELECT min(d.at) FROM case_events d WHERE d.case_id = ? AND d.deleted = 0 AND d.action = 'dispatch' AND d.at <= ?";
      expect(planOf(upgraded.db, firstDispatch)).toMatch(/INDEX case_events_by_case \(case_id=\? AND at<\?\)/);
      expect(factRows(upgraded.db)).toEqual(written.facts);
      expectFreshFacts(upgraded.db);
    });
  }, 60_000);
});

describe('version 26: the open mark in the search index', () => {
  it('writes every entry of a version 25 book again, each open case’s with the mark, so a search within the open cases finds them', () => {
    upgradedScenario({ seed: 26, cases: 30, days: 20 }, undoVersion26, (upgraded) => {
      const open = upgraded.db
        .prepare("SELECT rowid FROM cases WHERE deleted = 0 AND excluded = 0 AND status NOT IN ('resolved', 'closed') ORDER BY rowid")
        .pluck()
        .all();
      expect(open.length).toBeGreaterThan(0);
      expect(upgraded.db.prepare('SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid').pluck().all(OPEN_MARK)).toEqual(open);
      const openStatuses = STATUSES.filter(isOpenStatus);
      const listed = listCases(upgraded.db, caseListQuerySchema.parse({ text: '漏水', statuses: openStatuses, limit: 500 }));
      const matches = textMatcher('漏水')!;
      const rows = upgraded.db
        .prepare(`SELECT ${SEARCHED_COLUMNS.join(', ')} FROM cases WHERE deleted = 0 AND excluded = 0 AND status NOT IN ('resolved', 'closed')`)
        .raw()
        .all() as unknown[][];
      const byRows = rows.filter((texts) => matches(searchTexts(texts))).length;
      expect(byRows).toBeGreaterThan(0);
      expect(listed.total).toBe(byRows);
      expectFreshFacts(upgraded.db);
    });
  }, 60_000);
});

describe('version 27: new search entries written together; the index by department over cases sent to one', () => {
  it('upgrades a version 26 book with no entry waiting, and a case registered after it waits and is found', () => {
    upgradedScenario({ seed: 27, cases: 20, days: 20 }, undoVersion27, (upgraded) => {
      expect(waitingRows(upgraded.db, SEARCHED_COLUMNS)).toEqual([]);
      expect(upgraded.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'cases_by_department'").pluck().get()).toMatch(/WHERE department_id IS NOT NULL$/);
      const searchable = upgraded.db.prepare('SELECT count(*) FROM cases WHERE deleted = 0 AND excluded = 0').pluck().get();
      expect(upgraded.db.prepare('SELECT count(*) FROM case_search').pluck().get()).toBe(searchable);
      const kase = registerCase(upgraded, buildCaseInput({ content: '地下车库积水', receivedAt: at(2025, 9, 20) }));
      expect(waitingRows(upgraded.db, SEARCHED_COLUMNS).map(([rowid]) => rowid)).toEqual([rowOf(upgraded.db, kase.id)]);
      expect(listCases(upgraded.db, caseListQuerySchema.parse({ text: '积水' })).rows.map((row) => row.id)).toContain(kase.id);
      expectFreshFacts(upgraded.db);
    });
  }, 60_000);
});

describe('version 28: the waiting cases as those above a mark, their entries and counts written in their turn', () => {
  it('writes the entries of the cases a version 27 book had waiting, sets the mark past every case, and later cases wait above it', () => {
    let waitingBefore: number[] = [];
    const undo = (core: ReturnType<typeof openTestCore>) => {
      // A few cases registered last, still waiting for their entries when the older app closed.
      for (let i = 0; i < 3; i++) registerCase(core, buildCaseInput({ content: `顶楼渗水 ${i}`, receivedAt: at(2025, 9, 20) }));
      undoVersion28(core);
      waitingBefore = core.db.prepare('SELECT case_rowid FROM case_search_pending').pluck().all() as number[];
    };
    upgradedScenario({ seed: 28, cases: 20, days: 20 }, undo, (upgraded) => {
      expect(waitingBefore.length).toBeGreaterThanOrEqual(3);
      expect(upgraded.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'case_search_pending'").get()).toBeUndefined();
      expect(writtenThrough(upgraded.db)).toBe(upgraded.db.prepare('SELECT max(rowid) FROM cases').pluck().get());
      expect(waitingRows(upgraded.db, SEARCHED_COLUMNS)).toEqual([]);
      expect(upgraded.db.prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?').pluck().get(matchExpression('渗水'))).toBe(3);
      const searchable = upgraded.db.prepare('SELECT count(*) FROM cases WHERE deleted = 0 AND excluded = 0').pluck().get() as number;
      expect(upgraded.db.prepare('SELECT count(*) FROM case_search').pluck().get()).toBe(searchable);
      const kase = registerCase(upgraded, buildCaseInput({ content: '顶楼又渗水了', receivedAt: at(2025, 9, 21) }));
      expect(waitingRows(upgraded.db, SEARCHED_COLUMNS).map(([rowid]) => rowid)).toEqual([rowOf(upgraded.db, kase.id)]);
      expect(listCases(upgraded.db, caseListQuerySchema.parse({ text: '渗水' })).total).toBe(4);
      // Counted from its row until its turn, when the kept counts take it in.
      const all = caseListQuerySchema.parse({ limit: 1 });
      expect(listCases(upgraded.db, all).total).toBe(searchable + 1);
      expect(upgraded.db.prepare('SELECT sum(n) FROM case_counts').pluck().get()).toBe(searchable);
      expectFreshFacts(upgraded.db);
      expect(upgraded.db.prepare('SELECT sum(n) FROM case_counts').pluck().get()).toBe(searchable + 1);
    });
  }, 60_000);
});

const rowOf = (db: Db, caseId: string) => db.prepare('SELECT rowid FROM cases WHERE id = ?').pluck().get(caseId) as number;
