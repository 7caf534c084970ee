/**
 * The case list's order by name, its site and deadline filters, and the
 * received range it refuses; search, the other filters and paging are in
 * search.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { caseListQuerySchema, DEADLINE_STATES, type CaseListQuery, type DeadlineState } from '../../shared/contract';
import { registerCase } from '../../electron/core/cases/register-case';
import { getCase, listCases, type ReadContext } from '../../electron/core/cases/case-queries';
import { voidCase } from '../../electron/core/cases/set-aside';
import { saveSettingValues } from '../../electron/core/settings/org-settings';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { Core } from '../../electron/core/open-core';
import { buildCaseInput, fakeClock, openTestCore, tempDir } from '../factories/core';
import { correctCase } from '../../electron/core/cases/correct-case';
import { NAME_KEYS_ICU, refreshNameKeys } from '../../electron/core/cases/name-keys';
import { openCore } from '../../electron/core/open-core';
import { move } from '../factories/lifecycle';
import { catchUpWaitingCases } from '../../electron/core/cases/case-projection';

const HOUR = 3_600_000;
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const query = (overrides: Record<string, unknown> = {}): CaseListQuery => caseListQuerySchema.parse(overrides);

/** Every page of a query, `limit` rows at a time, with the total each page reported. */
function allPages(core: Core, overrides: Record<string, unknown>, limit: number, read?: ReadContext) {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let offset = 0; offset < 100; offset += limit) {
    const page = listCases(core.db, query({ ...overrides, limit, offset }), read);
    totals.add(page.total);
    ids.push(...page.rows.map((r) => r.id));
    if (page.rows.length < limit) break;
  }
  return { ids, totals: [...totals] };
}

describe('the case list sorted by name', () => {
  it('sorts Chinese names in pinyin order, not by code point, both ways and across pages', () => {
    const core = openTestCore();
    for (const name of ['丁', '陈', '安', '白']) registerCase(core, buildCaseInput({ complainantName: name }));
    const names = (direction: 'asc' | 'desc', offset = 0, limit = 50) =>
      listCases(core.db, query({ sort: { column: 'complainantName', direction }, offset, limit })).rows.map((r) => r.complainantName);
    expect(names('asc')).toEqual(['安', '白', '陈', '丁']);
    expect(names('desc')).toEqual(['丁', '陈', '白', '安']);
    expect([...names('asc', 0, 2), ...names('asc', 2, 2)]).toEqual(['安', '白', '陈', '丁']);
  });

  it('sorts through the key each case keeps, which follows a corrected name, without keying every case per page', () => {
    const core = openTestCore();
    const ding = registerCase(core, buildCaseInput({ complainantName: '丁' }));
    for (const name of ['陈', '白']) registerCase(core, buildCaseInput({ complainantName: name }));
    correctCase(core, { caseId: ding.id, field: 'complainantName', value: '安', reason: '登记时写错了' });
    const names = () => listCases(core.db, query({ sort: { column: 'complainantName', direction: 'asc' } })).rows.map((r) => r.complainantName);
    expect(names()).toEqual(['安', '白', '陈']);
    const page = `SELECT c.rowid FROM cases c WHERE c.deleted = 0 AND c.excluded = 0 ORDER BY c.name_key, c.rowid LIMIT 50`;
    const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${page}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/INDEX cases_by_name_key/);
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY(?! RIGHT)/);
  });

  it('writes every key again when the book was keyed under another ICU, before the list is read', () => {
    const dir = tempDir();
    const core = openTestCore({ dataDir: dir });
    for (const name of ['丁', '陈', '安', '白']) registerCase(core, buildCaseInput({ complainantName: name }));
    // As a book keyed by another ICU might hold them: in code point order.
    core.db.prepare("UPDATE cases SET name_key = complainant_name").run();
    core.db.prepare("UPDATE desk SET name_keys_icu = 'ICU of another version'").run();
    core.close();
    const reopened = openCore({ dataDir: dir });
    try {
      const names = listCases(reopened.db, query({ sort: { column: 'complainantName', direction: 'asc' } })).rows.map((r) => r.complainantName);
      expect(names).toEqual(['安', '白', '陈', '丁']);
      expect(reopened.db.prepare('SELECT name_keys_icu FROM desk').pluck().get()).toBe(NAME_KEYS_ICU);
      expect(refreshNameKeys(reopened.db)).toBe(0);
    } finally {
      reopened.close();
    }
  });
});

describe('the total beside a page', () => {
  it('comes from the kept counts when the list is filtered by status, category, channel, nature or site alone, and equals the rows', () => {
    const core = openTestCore();
    const made = [
      buildCaseInput({ category: 'equipment', channel: 'phone', site: '翠湖花园' }),
      buildCaseInput({ category: 'equipment', channel: 'visit', site: '阳光海岸' }),
      buildCaseInput({ category: 'environment_hygiene', channel: 'phone', site: '翠湖花园' }),
      buildCaseInput({ category: 'environment_hygiene', channel: 'letter', site: '' }),
    ].map((input) => registerCase(core, input));
    move(core, made[0]!.id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
    voidCase(core, { caseId: made[1]!.id, reason: '练习时误登记' });
    const filters: Record<string, unknown>[] = [
      {},
      { statuses: ['registered'] },
      { statuses: ['judged', 'registered'], categories: ['equipment'] },
      { channels: ['phone'], sites: ['翠湖花园'] },
      { natures: ['valid'] },
      { sites: [''] },
      { categories: ['equipment'], standing: 'all' },
    ];
    const counted = (filter: Record<string, unknown>) => listCases(core.db, query({ ...filter, limit: 1 })).total;
    const rows = (filter: Record<string, unknown>) => listCases(core.db, query({ ...filter, limit: 500 })).rows.length;
    expect(filters.map(counted)).toEqual(filters.map(rows));
    expect(filters.map(counted)).toEqual([3, 2, 1, 2, 1, 1, 2]);
    // Taken from the kept counts, not from counting the cases, once the new cases have had their turn to be counted.
    catchUpWaitingCases(core.db);
    core.db.prepare("UPDATE case_counts SET n = n + 100 WHERE status = 'registered' AND site = ''").run();
    expect(counted({ statuses: ['registered'] })).toBe(102);
    expect(counted({ statuses: ['registered'], receivedFrom: 0 })).toBe(2);
  });
});

describe('the site filter', () => {
  it('finds the cases of the sites chosen, exactly as written, with the total beside each page', () => {
    const core = openTestCore();
    const sites = ['翠湖花园', '阳光海岸', '翠湖花园', '', '翠湖花园二期', '阳光海岸', '翠湖花园'];
    const ids = sites.map((site, i) => registerCase(core, buildCaseInput({ site, receivedAt: at(2026, 10, 1 + i) })).id);
    const idsAt = (...wanted: string[]) => ids.filter((_, i) => wanted.includes(sites[i]!)).reverse();

    expect(listCases(core.db, query({ sites: ['翠湖花园'] })).rows.map((r) => r.id)).toEqual(idsAt('翠湖花园'));
    expect(listCases(core.db, query({ sites: ['翠湖'] })).total).toBe(0);
    expect(listCases(core.db, query({ sites: [''] })).rows.map((r) => r.id)).toEqual(idsAt(''));
    const paged = allPages(core, { sites: ['翠湖花园', '阳光海岸'] }, 2);
    expect(paged).toEqual({ ids: idsAt('翠湖花园', '阳光海岸'), totals: [5] });
    expect(listCases(core.db, query({ sites: [] })).total).toBe(sites.length);
    // With a search, the total is counted over the rows, not taken from the search index alone.
    expect(listCases(core.db, query({ text: '漏水', sites: ['翠湖花园'] })).total).toBe(3);
  });

  it('takes at most 200 sites of at most 60 characters each', () => {
    expect(caseListQuerySchema.safeParse({ sites: Array.from({ length: 200 }, (_, i) => `小区${i}`) }).success).toBe(true);
    expect(caseListQuerySchema.safeParse({ sites: Array.from({ length: 201 }, (_, i) => `小区${i}`) }).success).toBe(false);
    expect(caseListQuerySchema.safeParse({ sites: ['园'.repeat(60)] }).success).toBe(true);
    expect(caseListQuerySchema.safeParse({ sites: ['园'.repeat(61)] }).success).toBe(false);
  });
});

describe('the deadline filter', () => {
  /** Four cases with a department (dispatched Monday to Wednesday, one paused), one voided with it, one not yet judged. */
  function office() {
    const clock = fakeClock(at(2025, 11, 24, 9, 0)); // Monday
    const core = openTestCore({ now: clock.now });
    const dispatched = (day: number) => {
      clock.set(at(2025, 11, day, 9, 0));
      const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
      move(core, kase.id, { action: 'judge', nature: 'valid' });
      return move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    };
    const monday = dispatched(24);
    const tuesday = dispatched(25);
    const wednesday = dispatched(26);
    const paused = dispatched(24);
    move(core, paused.id, { action: 'pause', reason: '等待业主在家' });
    const voided = dispatched(24);
    voidCase(core, { caseId: voided.id, reason: '重复登记' });
    const waiting = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    // Read just after Monday's case fell due: Tuesday's is due within the next day, Wednesday's later.
    const read = { now: monday.dueAt! + 60_000, userId: null };
    return { core, read, monday, tuesday, wednesday, paused, voided, waiting };
  }

  const stateOf = (core: Core, id: string, read: ReadContext) => getCase(core.db, id, read).deadlineState;

  it('finds the cases in each state exactly as their rows show it, set-aside ones as none', () => {
    const { core, read, monday, tuesday, wednesday, paused, voided, waiting } = office();
    const expected: Record<DeadlineState, string[]> = {
      none: [waiting.id, voided.id],
      ok: [wednesday.id],
      due_soon: [tuesday.id],
      overdue: [monday.id],
      paused: [paused.id],
    };
    // The setup is what the test says it is: the TypeScript rule puts every case where expected.
    for (const [state, ids] of Object.entries(expected)) for (const id of ids) expect(stateOf(core, id, read), state).toBe(state);

    for (const state of DEADLINE_STATES) {
      const page = listCases(core.db, query({ deadlineStates: [state], standing: 'all' }), read);
      expect(page.rows.map((r) => r.id).sort(), state).toEqual([...expected[state]].sort());
      expect(page.rows.every((r) => r.deadlineState === state), state).toBe(true);
      expect(page.total, state).toBe(expected[state].length);
    }
    // Active cases only, by default: the voided case is not among them.
    expect(listCases(core.db, query({ deadlineStates: ['none'] }), read).rows.map((r) => r.id)).toEqual([waiting.id]);
    expect(listCases(core.db, query({ deadlineStates: ['overdue'], text: '漏水' }), read).total).toBe(1);
    expect(listCases(core.db, query({ deadlineStates: ['overdue', 'due_soon'] }), read).total).toBe(2);
    const mixed = listCases(core.db, query({ deadlineStates: ['due_soon', 'none', 'ok'], standing: 'all' }), read);
    expect(mixed.rows.map((r) => r.id).sort()).toEqual([tuesday.id, waiting.id, voided.id, wednesday.id].sort());
    expect(listCases(core.db, query({ deadlineStates: [...DEADLINE_STATES], standing: 'all' }), read).total).toBe(6);
  });

  it('pages the filtered cases with the right total', () => {
    const { core, read, monday, tuesday, wednesday, paused } = office();
    const paged = allPages(core, { deadlineStates: ['ok', 'due_soon', 'overdue', 'paused'], sort: { column: 'receivedAt', direction: 'asc' } }, 3, read);
    expect(paged.totals).toEqual([4]);
    // Monday's two share their receipt time: registered first, listed first.
    expect(paged.ids).toEqual([monday.id, paused.id, tuesday.id, wednesday.id]);
  });

  it('draws the lines where deadlineState() does: due at now is not overdue, and due soon is the setting, inclusive', () => {
    const { core, tuesday } = office();
    const due = tuesday.dueAt!;
    const filtered = (now: number, state: DeadlineState) =>
      listCases(core.db, query({ deadlineStates: [state] }), { now, userId: null }).rows.some((r) => r.id === tuesday.id);
    const lines: [number, DeadlineState][] = [
      [due + 1, 'overdue'],
      [due, 'due_soon'],
      [due - 24 * HOUR, 'due_soon'],
      [due - 24 * HOUR - 1, 'ok'],
    ];
    for (const [now, state] of lines) {
      expect(stateOf(core, tuesday.id, { now, userId: null })).toBe(state);
      for (const other of DEADLINE_STATES) expect(filtered(now, other), `${state} at ${now}: ${other}`).toBe(other === state);
    }
    saveSettingValues(core, { dueSoonHours: 48 });
    expect(filtered(due - 24 * HOUR - 1, 'due_soon')).toBe(true);
    expect(stateOf(core, tuesday.id, { now: due - 24 * HOUR - 1, userId: null })).toBe('due_soon');
  });
});

describe('the received range', () => {
  const from = at(2026, 10, 5);
  const to = at(2026, 10, 4);

  it.each(['cases.list', 'cases.exportCsv'] as const)('%s refuses a range that ends before it starts, on receivedTo', async (channel) => {
    const core = openTestCore();
    const result = await dispatch(handlers, core, channel, { receivedFrom: from, receivedTo: to });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'receivedTo', message: 'errors.rangeReversed' }] }) as unknown,
    });
  });

  it('takes a range of one instant, and either end alone', async () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput({ receivedAt: from }));
    for (const range of [{ receivedFrom: from, receivedTo: from }, { receivedFrom: from }, { receivedTo: to }]) {
      expect(await dispatch(handlers, core, 'cases.list', range), JSON.stringify(range)).toMatchObject({ ok: true });
    }
    expect(await dispatch(handlers, core, 'cases.list', { receivedFrom: from, receivedTo: from })).toMatchObject({ ok: true, value: { total: 1 } });
  });
});

describe('dispatched or resolved within a range (a month’s handling forms)', () => {
  it('finds the cases handled in the range, whenever they were received', () => {
    const clock = fakeClock(at(2026, 9, 28, 10));
    const core = openTestCore({ now: clock.now });
    const september = registerCase(core, buildCaseInput({ receivedAt: at(2026, 9, 28, 9) }));
    const early = registerCase(core, buildCaseInput({ receivedAt: at(2026, 9, 28, 9, 30) }));
    move(core, september.id, { action: 'judge', nature: 'valid' });
    move(core, early.id, { action: 'judge', nature: 'valid' });
    move(core, early.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    clock.set(at(2026, 10, 9, 10));
    move(core, september.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    move(core, september.id, { action: 'resolve', summary: '已修好' });
    const october = { from: at(2026, 10, 1), to: at(2026, 11, 1) - 1 };
    const ids = (field: 'dispatchedAt' | 'resolvedAt') => listCases(core.db, query({ handledWithin: { field, ...october } })).rows.map((r) => r.id);
    expect(ids('resolvedAt')).toEqual([september.id]);
    expect(ids('dispatchedAt')).toEqual([september.id]);
    expect(listCases(core.db, query({ handledWithin: { field: 'dispatchedAt', from: at(2026, 9, 1), to: at(2026, 10, 1) - 1 } })).rows.map((r) => r.id)).toEqual([early.id]);
  });
});
