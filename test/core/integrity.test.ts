import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../electron/core/integrity';
import { registerCase } from '../../electron/core/cases/register-case';
import { addAttachment } from '../../electron/core/attachments/attachments';
import { blobPath } from '../../electron/core/attachments/blob-store';
import { rmSync } from 'node:fs';
import { buildCaseInput, openTestCore } from '../factories/core';
import { SEARCHED_COLUMNS, searchEntry, searchTexts, catchUpWaitingCases } from '../../electron/core/cases/case-projection';
import { gramsForIndex } from '../../electron/core/search/ngrams';
import { waitingRows } from '../../electron/core/cases/waiting-cases';

describe('integrity check', () => {
  it('finds a healthy desk healthy', () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    expect(checkIntegrity(core.db, core.dataDir)).toMatchObject({ ok: true, problems: [], warnings: [] });
  });

  it('notices a row edited behind the change log’s back, and a broken search index', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    catchUpWaitingCases(core.db);
    core.db.prepare("UPDATE cases SET phone = '0' WHERE id = ?").run(kase.id);
    core.db.prepare('DELETE FROM case_search').run();
    const report = checkIntegrity(core.db, core.dataDir);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringMatching(/does not match/), expect.stringMatching(/search index/)]));
    // The check itself changed nothing.
    expect(core.db.prepare('SELECT phone FROM cases').pluck().get()).toBe('0');
  });

  it('notices a case whose search entry lost its open mark', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const rowid = core.db.prepare('SELECT rowid FROM cases WHERE id = ?').pluck().get(kase.id) as number;
    const texts = core.db.prepare(`SELECT ${SEARCHED_COLUMNS.join(', ')} FROM cases WHERE id = ?`).raw().get(kase.id) as unknown[];
    const grams = gramsForIndex(searchTexts(texts));
    catchUpWaitingCases(core.db);
    core.db.prepare('DELETE FROM case_search WHERE rowid = ?').run(rowid);
    core.db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)').run(rowid, grams.uni, grams.bi);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([expect.stringMatching(/marks 0 cases open and 0 wait, but 1 are/)]);
  });

  it('counts the cases waiting for their search entries, and notices an entry written for one that waits', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const rowid = core.db.prepare('SELECT rowid FROM cases WHERE id = ?').pluck().get(kase.id) as number;
    expect(waitingRows(core.db, SEARCHED_COLUMNS).map(([waiting]) => waiting)).toEqual([rowid]);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
    // An entry written while the case still waits: the index would hold it twice once the waiting ones are written.
    const texts = core.db.prepare(`SELECT ${SEARCHED_COLUMNS.join(', ')} FROM cases WHERE id = ?`).raw().get(kase.id) as unknown[];
    const entry = searchEntry(searchTexts(texts), 'registered');
    core.db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)').run(rowid, entry.uni, entry.bi);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([
      expect.stringMatching(/covers 1 cases and 1 wait for their entries, but 1 are searchable/),
      expect.stringMatching(/marks 1 cases open and 1 wait, but 1 are/),
    ]);
  });

  it('notices an unprotected change log, and warns of attachment files not here yet', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const a = addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'x.txt', mime: 'text/plain', dataBase64: 'aGVsbG8=' });
    rmSync(blobPath(core.dataDir, a.sha256));
    core.db.exec('DROP TRIGGER log_entries_no_delete');
    const report = checkIntegrity(core.db, core.dataDir);
    expect(report.problems).toEqual([expect.stringMatching(/no longer protected/)]);
    expect(report.warnings).toEqual([expect.stringMatching(/1 attachment/)]);
  });
});
