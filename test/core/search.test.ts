import { describe, expect, it } from 'vitest';
import { caseListQuerySchema, type CaseListQuery } from '../../shared/contract';
import { registerCase } from '../../electron/core/cases/register-case';
import { BROAD_MATCH, getCase, listCases } from '../../electron/core/cases/case-queries';
import { deleteEntity } from '../../electron/core/changes/delete-entity';
import { writerFor } from '../../electron/core/context';
import Database from 'better-sqlite3';
import { gramsForIndex, matchExpression, searchRuns, textMatcher } from '../../electron/core/search/ngrams';
import { createRandom } from '../../electron/core/demo/random';
import { buildCaseInput, openTestCore } from '../factories/core';
import { correctCase } from '../../electron/core/cases/correct-case';
import { restoreCase, voidCase } from '../../electron/core/cases/set-aside';
import { move } from '../factories/lifecycle';
import { planOf, recordingPrepares } from '../factories/asked-sql';
import { walkToPage } from '../../electron/core/cases/search-walk';
import { isOpenStatus, OPEN_MARK } from '../../electron/core/cases/open-mark';
import { STATUSES } from '../../shared/domain';
import { catchUpWaitingCases } from '../../electron/core/cases/case-projection';

const query = (overrides: Partial<CaseListQuery>) => caseListQuerySchema.parse(overrides);

function seedCases() {
  const core = openTestCore();
  const leak = registerCase(core, buildCaseInput({ content: '卫生间天花板漏水三天了', complainantName: '张伟', phone: '13800138000', buildingRoom: '5栋1单元302' }));
  const lift = registerCase(core, buildCaseInput({ content: '2号电梯经常停在半路,很危险', complainantName: '欧阳娜娜', phone: '021-6543 2100', buildingRoom: '12栋A座1101', category: 'equipment' }));
  const noise = registerCase(core, buildCaseInput({ content: 'Noise from the gym after 10pm', complainantName: 'Tom Lee', phone: '', buildingRoom: '', category: 'other' }));
  const find = (text: string) => listCases(core.db, query({ text })).rows.map((r) => r.id).sort();
  return { core, leak, lift, noise, find };
}

describe('n-grams', () => {
  it('splits text into runs at spaces and punctuation, folding width and case', () => {
    expect(searchRuns('漏水，电梯 ＡＢ-12')).toEqual([['漏', '水'], ['电', '梯'], ['a', 'b'], ['1', '2']]);
  });

  it('matches one character by unigram and longer runs by the phrase of their bigrams', () => {
    expect(matchExpression('梯')).toMatch(/^u\w+$/);
    expect(matchExpression('电梯故障')).toMatch(/^"b\w+ b\w+ b\w+"$/);
    expect(matchExpression('  ，。 ')).toBeNull();
  });

  it('indexes each run of digits by its 4-digit windows, and looks four or more digits up by them', () => {
    const bi = gramsForIndex(['电话 021-6543 2100']).bi.split(' ');
    expect(bi).toEqual(expect.arrayContaining(['q6543', 'q2100']));
    expect(bi.filter((token) => token.startsWith('q'))).toEqual(['q6543', 'q2100']);
    expect(gramsForIndex(['13800138000']).bi).toMatch(/q1380 q3800 q8001 q0013 q0138 q1380 q3800 q8000 z$/);
    expect(matchExpression('5201')).toBe('"q5201"');
    expect(matchExpression('138001')).toBe('"q1380 q3800 q8001"');
    // Fewer digits than a window: their pairs, as before.
    expect(matchExpression('520')).toMatch(/^"b\w+ b\w+"$/);
  });

  it('separates runs in the index so a phrase never spans two of them', () => {
    const grams = gramsForIndex(['ab bc']).bi.split(' ');
    expect(grams).toContain('z');
  });

  it('tests a case’s texts exactly as the index finds them (the walk of a broad search relies on it)', () => {
    // Texts from a small alphabet so queries often half-match: full-width letters and digits, upper case, separators.
    const alphabet = ['漏', '水', '电', '梯', 'a', 'B', 'Ａ', 'ｂ', '1', '2', '１', '3', ' ', '，', '-', '。'];
    const random = createRandom(17);
    const text = (length: number) => Array.from({ length }, () => alphabet[random.int(0, alphabet.length - 1)]).join('');
    const db = new Database(':memory:');
    db.exec('CREATE VIRTUAL TABLE s USING fts5 (uni, bi)');
    const docs = Array.from({ length: 300 }, () => [text(random.int(0, 12)), text(random.int(0, 30))]);
    docs.forEach((texts, i) => {
      const grams = gramsForIndex(texts);
      db.prepare('INSERT INTO s (rowid, uni, bi) VALUES (?, ?, ?)').run(i + 1, grams.uni, grams.bi);
    });
    const queries = [...Array.from({ length: 400 }, () => text(random.int(1, 6))), '1212', '12121', 'ab', 'AB'];
    let found = 0;
    for (const q of queries) {
      const match = matchExpression(q);
      const matches = textMatcher(q);
      if (match === null || matches === null) {
        expect([match, matches]).toEqual([null, null]);
        continue;
      }
      const byIndex = db.prepare('SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid').pluck().all(match);
      const byTexts = docs.flatMap((texts, i) => (matches(texts) ? [i + 1] : []));
      expect(byTexts, q).toEqual(byIndex);
      found += byIndex.length;
    }
    // The queries did find things: the comparison was not of empty lists.
    expect(found).toBeGreaterThan(1000);
    db.close();
  });
});

describe('text search in the case list', () => {
  it('finds two-character Chinese words', () => {
    const { leak, lift, find } = seedCases();
    expect(find('漏水')).toEqual([leak.id]);
    expect(find('电梯')).toEqual([lift.id]);
  });

  it('finds single characters', () => {
    const { leak, lift, find } = seedCases();
    expect(find('梯')).toEqual([lift.id]);
    expect(find('天')).toEqual([leak.id]);
    expect(find('危')).toEqual([lift.id]);
  });

  it('keeps the index in step through a case’s life, rewriting it only when a searched text changes', () => {
    const { core, leak, find } = seedCases();
    // The new cases' entries are written together (waiting-cases.ts): here, at once.
    catchUpWaitingCases(core.db);
    // What the index has written: its pages' rows and their bytes.
    const indexWrites = () => core.db.prepare('SELECT count(*) || \':\' || sum(length(block)) FROM case_search_data').pluck().get();
    const before = indexWrites();
    move(core, leak.id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
    expect(indexWrites()).toBe(before);
    expect(find('漏水')).toEqual([leak.id]);

    correctCase(core, { caseId: leak.id, field: 'complainantName', value: '李娜', reason: '登记时听错了' });
    expect(indexWrites()).not.toBe(before);
    expect(find('李娜')).toEqual([leak.id]);
    expect(find('张伟')).toEqual([]);
    expect(find('漏水')).toEqual([leak.id]);

    voidCase(core, { caseId: leak.id, reason: '练习时误登记' });
    expect(core.db.prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?').pluck().get(matchExpression('李娜'))).toBe(0);
    restoreCase(core, { caseId: leak.id, reason: '其实是真实投诉' });
    expect(find('李娜')).toEqual([leak.id]);
    // Back among the searchable cases, below the mark the index is written through: its entry is written at once.
    expect(core.db.prepare('SELECT count(*) FROM case_search').pluck().get()).toBe(3);
    expect(core.db.prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?').pluck().get(matchExpression('李娜'))).toBe(1);
  });

  it.each([
    ['still waiting for their entries', false],
    ['with their entries written', true],
  ])('narrows a search to the open or the finished cases, cases %s, the mark following each case’s status', (_, written) => {
    const core = openTestCore();
    const leaks = Array.from({ length: 6 }, (_, i) => registerCase(core, buildCaseInput({ content: `楼上漏水 第${i}次`, buildingRoom: '' })));
    registerCase(core, buildCaseInput({ content: '电梯停运', buildingRoom: '' }));
    if (written) catchUpWaitingCases(core.db);
    const [judged, finished, reopened] = leaks;
    move(core, judged!.id, { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' });
    for (const kase of [finished!, reopened!]) move(core, kase.id, { action: 'resolve_on_the_spot', summary: '当场修好' });
    move(core, reopened!.id, { action: 'reopen', reason: '业主说又漏了' });
    const marked = () => core.db.prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?').pluck().get(OPEN_MARK);
    const statusOf = (id: string) => getCase(core.db, id).status;
    expect(statusOf(finished!.id)).toBe('resolved');
    expect(statusOf(reopened!.id)).not.toBe('resolved');
    // Every open case carries the mark: the six but one, and the case without the word.
    expect(marked()).toBe(written ? 6 : 0);
    const ids = (statuses: CaseListQuery['statuses']) => listCases(core.db, query({ text: '漏水', statuses })).rows.map((r) => r.id).sort();
    const byRows = (statuses: readonly string[]) => leaks.filter((kase) => statuses.includes(statusOf(kase.id))).map((kase) => kase.id).sort();
    for (const statuses of [['registered'], ['registered', 'judged', 'dispatched', 'in_progress'], ['resolved'], ['resolved', 'closed'], ['judged', 'resolved']] as const) {
      expect(ids([...statuses]), statuses.join()).toEqual(byRows(statuses));
    }
    expect(listCases(core.db, query({ text: '漏水', statuses: ['resolved'] })).total).toBe(1);
    // Every open status (在办), or every finished one: the index's count of the narrowed match is the total.
    const open = STATUSES.filter(isOpenStatus);
    for (const statuses of [open, STATUSES.filter((status) => !isOpenStatus(status))]) {
      const { db, asked } = recordingPrepares(core.db);
      const page = listCases(db, query({ text: '漏水', statuses }));
      expect(page.total).toBe(byRows(statuses).length);
      expect(page.rows.map((r) => r.id).sort()).toEqual(byRows(statuses));
      expect(asked.some((sql) => sql.includes('AS total FROM cases'))).toBe(false);
    }
    // The mark goes when the case is finished and is written back when it reopens; a status change within the
    // open ones leaves the entry alone (tested above).
    move(core, leaks[3]!.id, { action: 'resolve_on_the_spot', summary: '当场修好' });
    expect(marked()).toBe(written ? 5 : 0);
    expect(ids(['resolved'])).toEqual(byRows(['resolved']));
  });

  it('finds longer phrases only where they occur as written', () => {
    const { leak, find } = seedCases();
    expect(find('天花板漏水')).toEqual([leak.id]);
    expect(find('漏水天花板')).toEqual([]);
  });

  it('looks in name, phone, building/room and number', () => {
    const { core, leak, lift, noise, find } = seedCases();
    expect(find('欧阳')).toEqual([lift.id]);
    expect(find('0013')).toEqual([leak.id]);
    expect(find('6543')).toEqual([lift.id]);
    expect(find('1101')).toEqual([lift.id]);
    expect(find('5栋')).toEqual([leak.id]);
    expect(find('tom')).toEqual([noise.id]);
    expect(find('GYM')).toEqual([noise.id]);
    const number = listCases(core.db, query({})).rows.find((r) => r.id === leak.id)!.number;
    expect(find(number)).toEqual([leak.id]);
  });

  it('requires every word of a query with several words', () => {
    const { leak, find } = seedCases();
    expect(find('漏水 张伟')).toEqual([leak.id]);
    expect(find('漏水 欧阳')).toEqual([]);
  });

  it('finds a phone or room fragment of four or more digits wherever it is, and never across two runs of digits', () => {
    const { core, leak, lift, find } = seedCases();
    const apart = registerCase(core, buildCaseInput({ content: '车位 1234 5678 号', phone: '', buildingRoom: '' }));
    expect(find('6543')).toEqual([lift.id]);
    expect(find('3210')).toEqual([lift.id]);
    expect(find('1101')).toEqual([lift.id]);
    expect(find('00138000')).toEqual([leak.id]);
    expect(find('5678')).toEqual([apart.id]);
    expect(find('3456')).toEqual([]);
    expect(find('12345678')).toEqual([]);
  });

  it('does not match across a run boundary', () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput({ content: '门口 口罩', complainantName: '甲', phone: '', buildingRoom: '' }));
    expect(listCases(core.db, query({ text: '门口罩' })).total).toBe(0);
    expect(listCases(core.db, query({ text: '口罩' })).total).toBe(1);
  });

  it('treats FTS syntax in the query as plain text', () => {
    const { find } = seedCases();
    expect(find('"漏 OR NEAR(')).toEqual([]);
    expect(find('AND')).toEqual([]);
  });
});

describe('filters, sorting and paging', () => {
  it('filters in SQL and reports the total beside one page', () => {
    const core = openTestCore();
    for (let i = 0; i < 7; i++) {
      registerCase(core, buildCaseInput({ category: i % 2 ? 'equipment' : 'service_attitude', channel: i < 3 ? 'visit' : 'phone', receivedAt: Date.UTC(2026, 9, 1 + i) }));
    }
    expect(listCases(core.db, query({ categories: ['equipment'] })).total).toBe(3);
    expect(listCases(core.db, query({ channels: ['visit'], categories: ['service_attitude'] })).total).toBe(2);
    const range = listCases(core.db, query({ receivedFrom: Date.UTC(2026, 9, 2), receivedTo: Date.UTC(2026, 9, 4) }));
    expect(range.total).toBe(3);
    const page = listCases(core.db, query({ limit: 3, offset: 3, sort: { column: 'receivedAt', direction: 'asc' } }));
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.receivedAt)).toEqual([Date.UTC(2026, 9, 4), Date.UTC(2026, 9, 5), Date.UTC(2026, 9, 6)]);
    const byNumber = listCases(core.db, query({ sort: { column: 'number', direction: 'desc' } })).rows.map((r) => r.number);
    expect(byNumber).toEqual([...byNumber].sort().reverse());
  });

  it('pages a broad search (more matches than BROAD_MATCH) in list order, with the exact total and without deleted cases', () => {
    const core = openTestCore();
    const matching: { id: string; receivedAt: number }[] = [];
    core.db.transaction(() => {
      for (let i = 0; i < BROAD_MATCH + 300; i++) {
        const receivedAt = Date.UTC(2026, 0, 1) + ((i * 7919) % 100_000) * 60_000;
        const kase = registerCase(core, buildCaseInput({ content: i % 10 === 0 ? '电梯停运' : `楼上漏水 ${i}`, receivedAt }));
        if (i % 10 !== 0) matching.push({ id: kase.id, receivedAt });
      }
      for (const gone of matching.splice(0, 5)) deleteEntity(core.db, writerFor(core), 'case', gone.id);
    })();
    expect(matching.length).toBeGreaterThan(BROAD_MATCH);
    const expected = [...matching].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1)).map((c) => c.id);
    for (const text of ['水', '漏水']) {
      // Near the top the page is found by walking the list and testing each case's texts; deep down, from the index.
      for (const [offset, walked] of [[40, true], [BROAD_MATCH, false]] as const) {
        const { db, asked } = recordingPrepares(core.db);
        const page = listCases(db, query({ text, limit: 20, offset }));
        expect(page.total).toBe(matching.length);
        expect(page.rows.map((r) => r.id)).toEqual(expected.slice(offset, offset + 20));
        expect(asked.some((sql) => sql.includes('json_each'))).toBe(walked);
      }
    }
    // With another filter the total is counted over the rows, the same way.
    expect(listCases(core.db, query({ text: '水', statuses: ['registered'] })).total).toBe(matching.length);
  });

  it('gives up walking a broad search when its matches sit far down the list, and reads them from the index', () => {
    const core = openTestCore();
    const matching: string[] = [];
    core.db.transaction(() => {
      // More than BROAD_MATCH of the oldest cases match and the newest 400 not: newest first, the list meets no match
      // for 400 rows, where a page of 20 at this share should take about 25.
      for (let i = 0; i < BROAD_MATCH + 500; i++) {
        const old = i < BROAD_MATCH + 100;
        const kase = registerCase(core, buildCaseInput({ content: old ? `楼上漏水 ${i}` : '电梯停运', receivedAt: Date.UTC(2026, 0, 1) + i * 60_000 }));
        if (old) matching.unshift(kase.id);
      }
    })();
    const walk = {
      whereSql: 'c.deleted = 0 AND c.excluded = 0',
      params: [],
      orderSql: 'c.received_at DESC, c.rowid DESC',
      matches: textMatcher('水')!,
      matchCount: matching.length,
      share: matching.length / (BROAD_MATCH + 500),
    };
    expect(walkToPage(core.db, { ...walk, offset: 0, limit: 20 })).toBeNull();
    // Oldest first, the matches come at once and the walk finds the page.
    expect(walkToPage(core.db, { ...walk, orderSql: 'c.received_at ASC, c.rowid ASC', offset: 0, limit: 20 })).toHaveLength(20);
    const { db, asked } = recordingPrepares(core.db);
    const page = listCases(db, query({ text: '水', limit: 20 }));
    expect(page.total).toBe(matching.length);
    expect(page.rows.map((r) => r.id)).toEqual(matching.slice(0, 20));
    expect(asked.some((sql) => sql.includes('json_each'))).toBe(false);
  });

  it('counts and orders from indexes over active cases only (not deleted, voided or merged), never scanning the case rows', () => {
    const core = openTestCore();
    const plan = (sql: string) => planOf(core.db, sql);
    expect(plan('SELECT count(*) FROM cases c WHERE c.deleted = 0 AND c.excluded = 0')).toMatch(/COVERING INDEX/);
    expect(plan(`SELECT count(*) FROM cases c WHERE c.deleted = 0 AND c.excluded = 0 AND c.status IN ('closed')`)).toMatch(/COVERING INDEX cases_by_status/);
    expect(plan(`SELECT count(*) FROM cases c WHERE c.deleted = 0 AND c.excluded = 0 AND c.category IN ('equipment') AND c.channel IN ('phone')`)).toMatch(
      /COVERING INDEX cases_by_category/,
    );
    expect(plan('SELECT c.rowid FROM cases c WHERE c.deleted = 0 AND c.excluded = 0 ORDER BY c.received_at DESC, c.rowid DESC LIMIT 50')).toMatch(
      /COVERING INDEX cases_by_received/,
    );
    expect(plan(`SELECT count(*) FROM cases c WHERE c.deleted = 0 AND c.excluded = 0 AND c.nature IN ('major')`)).toMatch(/COVERING INDEX cases_by_nature/);
  });
});
