import { describe, expect, it } from 'vitest';
import { caseListQuerySchema, type CaseListQuery } from '../../../shared/contract';
import { STATUSES } from '../../../shared/domain';
import { registerCase } from '../../../electron/core/cases/register-case';
import { listCases } from '../../../electron/core/cases/case-queries';
import { correctCase } from '../../../electron/core/cases/correct-case';
import { restoreCase, voidCase } from '../../../electron/core/cases/set-aside';
import { SEARCHED_COLUMNS, searchTexts, catchUpWaitingCases } from '../../../electron/core/cases/case-projection';
import { WRITTEN_TOGETHER, waitingRows } from '../../../electron/core/cases/waiting-cases';
import { isOpenStatus } from '../../../electron/core/cases/open-mark';
import { checkIntegrity } from '../../../electron/core/integrity';
import { createRandom } from '../../../electron/core/demo/random';
import { matchExpression, textMatcher } from '../../../electron/core/search/ngrams';
import type { Db } from '../../../electron/core/db/connection';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';
import { planOf, recordingPrepares } from '../../factories/asked-sql';
import { computeStats } from '../../../electron/core/stats/compute-stats';
import { referenceSource } from '../../../electron/core/stats/reference-queries';
import { expectFreshFacts } from '../stats/fact-tables';

/** The plan of a statement with positional (each '1') or named parameters (the statistics' period and site). */
const planWithAnyValues = (db: Db, sql: string) => {
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const values = sql.includes('@from') ? [{ from: 0, to: 1, site: null }] : Array.from(sql.matchAll(/\?/g), () => '1');
  return (explain.all(...values) as { detail: string }[]).map((row) => row.detail).join(' | ');
};
const query = (overrides: Partial<CaseListQuery>) => caseListQuerySchema.parse({ limit: 500, ...overrides });
const count = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
const indexed = (db: Db) => count(db, 'SELECT count(*) FROM case_search');
const waiting = (db: Db) => waitingRows(db, SEARCHED_COLUMNS).length;
const inIndex = (db: Db, text: string) => count(db, 'SELECT count(*) FROM case_search WHERE case_search MATCH ?', matchExpression(text));

describe('new search entries written together', () => {
  it(`keeps up to ${WRITTEN_TOGETHER - 1} new entries waiting, finds each case the moment it is registered, and writes them all with the next`, () => {
    const core = openTestCore();
    const cases = Array.from({ length: WRITTEN_TOGETHER - 1 }, (_, i) =>
      registerCase(core, buildCaseInput({ content: `第${i}号车位被占`, complainantName: `业主${i}号`, buildingRoom: '' })),
    );
    expect(indexed(core.db)).toBe(0);
    expect(waiting(core.db)).toBe(WRITTEN_TOGETHER - 1);
    for (const [i, kase] of cases.entries()) {
      expect(listCases(core.db, query({ text: `业主${i}号` })).rows.map((row) => row.id)).toEqual([kase.id]);
    }
    const page = listCases(core.db, query({ text: '车位', limit: 10 }));
    expect(page.total).toBe(WRITTEN_TOGETHER - 1);
    expect(page.rows).toHaveLength(10);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);

    const last = registerCase(core, buildCaseInput({ content: '车位地锁坏了', buildingRoom: '' }));
    expect(indexed(core.db)).toBe(WRITTEN_TOGETHER);
    expect(waiting(core.db)).toBe(0);
    expect(inIndex(core.db, '车位')).toBe(WRITTEN_TOGETHER);
    expect(listCases(core.db, query({ text: '地锁' })).rows.map((row) => row.id)).toEqual([last.id]);
    expect(listCases(core.db, query({ text: '车位' })).total).toBe(WRITTEN_TOGETHER);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
  });

  it('writes a waiting entry from the row as it is then: corrected, voided and restored cases', () => {
    const core = openTestCore();
    const corrected = registerCase(core, buildCaseInput({ content: '楼道灯不亮', complainantName: '张伟', buildingRoom: '' }));
    const voided = registerCase(core, buildCaseInput({ content: '楼道堆放杂物', buildingRoom: '' }));
    correctCase(core, { caseId: corrected.id, field: 'complainantName', value: '李娜', reason: '登记时听错了' });
    voidCase(core, { caseId: voided.id, reason: '练习时误登记' });
    expect(waiting(core.db)).toBe(1);
    const find = (text: string) => listCases(core.db, query({ text })).rows.map((row) => row.id);
    expect(find('李娜')).toEqual([corrected.id]);
    expect(find('张伟')).toEqual([]);
    expect(find('杂物')).toEqual([]);

    expect(catchUpWaitingCases(core.db)).toBe(1);
    expect(inIndex(core.db, '李娜')).toBe(1);
    expect(inIndex(core.db, '张伟')).toBe(0);
    expect(indexed(core.db)).toBe(1);

    // Restored below the mark: its entry is written at once.
    restoreCase(core, { caseId: voided.id, reason: '其实是真实投诉' });
    expect(waiting(core.db)).toBe(0);
    expect(inIndex(core.db, '杂物')).toBe(1);
    expect(find('杂物')).toEqual([voided.id]);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
  });

  it('keeps a case voided while it waits out of the index, and writes it when restored before its turn', () => {
    const core = openTestCore();
    const voided = registerCase(core, buildCaseInput({ content: '电梯按钮失灵', buildingRoom: '' }));
    const kept = registerCase(core, buildCaseInput({ content: '门禁卡失效', buildingRoom: '' }));
    voidCase(core, { caseId: voided.id, reason: '练习时误登记' });
    expect(waiting(core.db)).toBe(1);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
    expect(catchUpWaitingCases(core.db)).toBe(1);
    expect(inIndex(core.db, '电梯')).toBe(0);
    expect(inIndex(core.db, '门禁')).toBe(1);

    const again = registerCase(core, buildCaseInput({ content: '电梯又坏了', buildingRoom: '' }));
    voidCase(core, { caseId: again.id, reason: '重复登记' });
    restoreCase(core, { caseId: again.id, reason: '不是重复' });
    expect(waiting(core.db)).toBe(1);
    expect(listCases(core.db, query({ text: '电梯' })).rows.map((row) => row.id)).toEqual([again.id]);
    expect(listCases(core.db, query({ text: '门禁' })).rows.map((row) => row.id)).toEqual([kept.id]);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
  });

  it('finds what the rows hold, cases waiting or written, whatever the statuses chosen', () => {
    const core = openTestCore();
    const random = createRandom(27);
    const words = ['漏水', '电梯', '噪音', '停车', '保洁', '门禁'];
    const registered = Array.from({ length: WRITTEN_TOGETHER + 20 }, (_, i) =>
      registerCase(core, buildCaseInput({ content: `${random.pick(words)}${random.pick(words)} ${i}`, buildingRoom: '' })),
    );
    for (const kase of registered.filter((_, i) => i % 3 === 0)) move(core, kase.id, { action: 'resolve_on_the_spot', summary: '当场处理' });
    for (const kase of registered.filter((_, i) => i % 3 === 1)) move(core, kase.id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
    // Some cases' entries were written with the first WRITTEN_TOGETHER; the rest still wait.
    expect(indexed(core.db)).toBe(WRITTEN_TOGETHER);
    expect(waiting(core.db)).toBe(20);

    const rows = core.db.prepare(`SELECT id, status, ${SEARCHED_COLUMNS.join(', ')} FROM cases`).raw().all() as [string, string, ...unknown[]][];
    const open = STATUSES.filter(isOpenStatus);
    const finished = STATUSES.filter((status) => !isOpenStatus(status));
    for (const word of [...words, '水', '电']) {
      const matches = textMatcher(word)!;
      for (const statuses of [[], open, finished, ['registered'], ['resolved'], ['judged', 'resolved']] as CaseListQuery['statuses'][]) {
        const expected = rows
          .filter(([, status, ...texts]) => matches(searchTexts(texts)) && (statuses.length === 0 || (statuses as string[]).includes(status)))
          .map(([id]) => id)
          .sort();
        const page = listCases(core.db, query({ text: word, statuses }));
        expect(page.rows.map((row) => row.id).sort(), `${word} ${statuses.join()}`).toEqual(expected);
        expect(page.total, `${word} ${statuses.join()}`).toBe(expected.length);
      }
    }
  });

  it('reads the waiting cases as a range of row ids, never walking the cases: to search, count, catch up and check them', () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    const { db, asked } = recordingPrepares(core.db);
    waitingRows(db, SEARCHED_COLUMNS);
    listCases(db, query({ statuses: ['registered'] }));
    computeStats(db, { from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 10, 1), now: Date.UTC(2026, 11, 1), siteFilter: null });
    db.transaction(() => catchUpWaitingCases(db))();
    checkIntegrity(db, core.dataDir);
    const reading = [...new Set(asked.filter((sql) => sql.includes('WHERE rowid > (SELECT through FROM cases_written)')))];
    // The search's rows, the list's total, the statistics' days, the catch-up's two counts, the check.
    expect(reading).toHaveLength(6);
    for (const sql of reading) {
      const plan = planWithAnyValues(core.db, sql);
      expect(plan, sql).toMatch(/SEARCH cases USING INTEGER PRIMARY KEY \(rowid>\?\)/);
      expect(plan, sql).not.toMatch(/SCAN cases( |$)/);
    }
  });

  it('tells the check when the index and the mark disagree', () => {
    const core = openTestCore();
    for (let i = 0; i < 3; i++) registerCase(core, buildCaseInput({ content: `窗户漏风 ${i}`, buildingRoom: '' }));
    // As if the mark had been moved without the entries being written.
    core.db.prepare('UPDATE cases_written SET through = 2').run();
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([
      'the search index covers 0 cases and 1 wait for their entries, but 3 are searchable',
      'the search index marks 0 cases open and 1 wait, but 3 are',
    ]);
  });

  it('looks cases up by department through the index of cases sent to one', () => {
    const core = openTestCore();
    expect(planOf(core.db, 'SELECT id FROM cases c WHERE c.department_id = ? AND c.deleted = 0')).toMatch(/INDEX cases_by_department \(department_id=\?\)/);
    expect(planOf(core.db, 'SELECT id FROM cases c WHERE c.department_id = (SELECT department_id FROM users WHERE id = ?)')).toMatch(
      /INDEX cases_by_department \(department_id=\?\)/,
    );
  });
});

describe('new cases counted in their turn', () => {
  it('counts the waiting cases in the list’s totals and the statistics from their rows, and the kept counts come out whole in their turn', () => {
    const core = openTestCore();
    const channels = ['phone', 'visit', 'letter', 'email', 'online'] as const;
    const sites = ['阳光海岸', '翠湖花园', ''];
    const cases = Array.from({ length: WRITTEN_TOGETHER + 8 }, (_, i) =>
      registerCase(
        core,
        buildCaseInput({
          channel: channels[i % channels.length]!,
          category: i % 3 === 0 ? 'equipment' : 'property_management',
          site: sites[i % sites.length]!,
          // Through October, some at the ends of days, where the statistics count hours from the rows.
          receivedAt: Date.UTC(2026, 9, 1 + (i % 28), (i * 7) % 24, 30),
        }),
      ),
    );
    expect(waiting(core.db)).toBe(8);
    const [counted, waitingCase] = [cases.slice(0, WRITTEN_TOGETHER), cases.slice(WRITTEN_TOGETHER)];
    // Cases counted and waiting, changed in what the counts are kept by.
    move(core, waitingCase[0]!.id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
    voidCase(core, { caseId: waitingCase[1]!.id, reason: '练习时误登记' });
    correctCase(core, { caseId: waitingCase[2]!.id, field: 'site', value: '阳光海岸', reason: '项目登记错了' });
    move(core, counted[0]!.id, { action: 'judge', nature: 'major', communicativeType: '', note: '', explanation: '' });
    voidCase(core, { caseId: counted[1]!.id, reason: '重复登记' });
    correctCase(core, { caseId: counted[2]!.id, field: 'category', value: 'equipment', reason: '分类选错了' });

    const filters: Partial<CaseListQuery>[] = [
      {},
      { statuses: ['registered'] },
      { statuses: ['judged'], natures: ['valid', 'major'] },
      { categories: ['equipment'] },
      { channels: ['visit', 'email'], sites: ['翠湖花园'] },
      { sites: [''] },
    ];
    const october = { from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 10, 1), now: Date.UTC(2026, 11, 1) };
    const expectTrueCounts = () => {
      for (const filter of filters) {
        expect(listCases(core.db, query({ ...filter, limit: 1 })).total, JSON.stringify(filter)).toBe(listCases(core.db, query(filter)).rows.length);
      }
      for (const siteFilter of [null, '翠湖花园']) {
        const options = { ...october, siteFilter };
        expect(computeStats(core.db, options)).toEqual(computeStats(core.db, options, referenceSource));
      }
    };
    expectTrueCounts();
    expect(computeStats(core.db, { ...october, siteFilter: null }).current.received).toBe(cases.length - 2);

    expect(catchUpWaitingCases(core.db)).toBe(7);
    expect(waiting(core.db)).toBe(0);
    expectTrueCounts();
    expectFreshFacts(core.db);
  });
});
