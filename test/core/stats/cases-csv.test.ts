import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../shared/schemas/stats';
import { caseListQueryObject, caseListQuerySchema } from '../../../shared/contract';
import { registerCase } from '../../../electron/core/cases/register-case';
import { listCases } from '../../../electron/core/cases/case-queries';
import { saveCategory } from '../../../electron/core/settings/org-settings';
import { casesToCsv, csvCell, exportCasesCsv, UTF8_BOM } from '../../../electron/core/stats';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

/** An RFC 4180 reader written for the test, independent of the writer. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length) throw new Error('the last record was not ended with CRLF');
  return records;
}

const TRICKY = [
  { complainantName: '张"大"伟', buildingRoom: '3栋,2单元', content: '第一行\n第二行,还有"引号"' },
  { complainantName: '=HYPERLINK("http://evil","点我")', buildingRoom: '+1栋', content: '@SUM(A1)' },
  { complainantName: '-2+3', buildingRoom: '', content: '\t制表符开头' },
  { complainantName: '李女士', buildingRoom: '5栋801', content: '普通的投诉内容:空调不制冷。' },
];

function bookWithTrickyCases() {
  const clock = fakeClock(at(2025, 11, 10, 10, 0));
  const core = openTestCore({ now: clock.now });
  TRICKY.forEach((fields, i) => {
    clock.advance(60_000);
    registerCase(core, buildCaseInput({ ...fields, receivedAt: at(2025, 11, 10, 9, i), category: i === 3 ? 'equipment' : 'property_management' }));
  });
  return { core, clock };
}

describe('CSV export of a case list', () => {
  it('starts with a UTF-8 byte-order mark, ends records with CRLF and round-trips Chinese text, quotes, commas and line breaks', () => {
    const { core, clock } = bookWithTrickyCases();
    const page = listCases(core.db, caseListQuerySchema.parse({ sort: { column: 'receivedAt', direction: 'asc' } }), { now: clock.now(), userId: null });
    const csv = casesToCsv(page.rows, ['number', 'complainantName', 'buildingRoom', 'channel', 'category', 'status', 'receivedAt', 'contentPreview'], {});
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...records] = parseCsv(csv.slice(1));
    expect(header).toEqual(['投诉编号', '投诉人', '栋房号', '来源渠道', '投诉类别', '状态', '受理时间', '内容摘要']);
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual([page.rows[0]!.number, '张"大"伟', '3栋,2单元', '来电', '物业管理', '已登记', '2025-11-10 09:00', '第一行\n第二行,还有"引号"']);
    expect(records[3]!.slice(1, 5)).toEqual(['李女士', '5栋801', '来电', '设备']);
  });

  it('keeps text Excel would run as a formula as text, with an apostrophe in front', () => {
    const { core, clock } = bookWithTrickyCases();
    const page = listCases(core.db, caseListQuerySchema.parse({ sort: { column: 'receivedAt', direction: 'asc' } }), { now: clock.now(), userId: null });
    const [, , second, third] = parseCsv(casesToCsv(page.rows, ['complainantName', 'buildingRoom', 'contentPreview']).slice(1));
    expect(second).toEqual([`'=HYPERLINK("http://evil","点我")`, `'+1栋`, `'@SUM(A1)`]);
    expect(third).toEqual([`'-2+3`, '', `'\t制表符开头`]);
    expect([csvCell('=1+1'), csvCell('a=b'), csvCell(-3), csvCell(null), csvCell('x,y')]).toEqual([`'=1+1`, 'a=b', '-3', '', '"x,y"']);
  });

  it('exports every case the filter matches, page after page, with the organisation’s category names', () => {
    const clock = fakeClock(at(2025, 11, 10, 10, 0));
    const core = openTestCore({ now: clock.now });
    const custom = saveCategory(core, { name: '停车管理', sort: 100, active: true }).categories.find((c) => c.name === '停车管理')!;
    for (let i = 0; i < 505; i++) {
      clock.advance(1_000);
      registerCase(core, buildCaseInput({ buildingRoom: `${i}号`, receivedAt: at(2025, 11, 1) + i * 60_000, category: i % 2 ? custom.id : 'equipment' }));
    }
    const read = { now: clock.now(), userId: null };
    const all = exportCasesCsv(core.db, { ...caseListQueryObject.omit({ offset: true, limit: true }).parse({}), columns: [...CSV_COLUMNS] }, read);
    expect(all).toMatchObject({ rows: 505, mime: 'text/csv;charset=utf-8', fileName: '投诉列表-20251110.csv' });
    const records = parseCsv(Buffer.from(all.dataBase64, 'base64').toString('utf8').slice(1));
    expect(records).toHaveLength(506);
    expect(new Set(records.slice(1).map((r) => r[0])).size).toBe(505);
    expect(new Set(records.slice(1).map((r) => r[CSV_COLUMNS.indexOf('category')]))).toEqual(new Set(['停车管理', '设备']));

    const query = caseListQueryObject.omit({ offset: true, limit: true }).parse({ categories: [custom.id] });
    const parking = exportCasesCsv(core.db, { ...query, columns: ['number', 'category'] }, read);
    const rows = parseCsv(Buffer.from(parking.dataBase64, 'base64').toString('utf8').slice(1)).slice(1);
    expect(rows).toHaveLength(252);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['停车管理']));
  }, 120_000);
});

describe('the deadline state of finished cases in the CSV', () => {
  it('says whether a resolved or closed case met its deadline, instead of 无时限', () => {
    const clock = fakeClock(at(2025, 11, 3, 9, 0));
    const core = openTestCore({ now: clock.now });
    const HOUR = 3_600_000;
    /** Registered and dispatched now, due in `dueIn`, resolved after `resolveAfter` (never when null). */
    const dispatched = (name: string, dueIn: number, resolveAfter: number | null) => {
      clock.set(at(2025, 11, 3, 9, 0));
      const kase = registerCase(core, buildCaseInput({ complainantName: name, receivedAt: at(2025, 11, 3, 8, 0) }));
      move(core, kase.id, { action: 'judge', nature: 'valid' });
      move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering', dueAt: clock.now() + dueIn });
      if (resolveAfter !== null) {
        clock.advance(resolveAfter);
        move(core, kase.id, { action: 'resolve', summary: '已处理' });
      }
      return kase.id;
    };
    const closeByCallback = (caseId: string) => {
      const [callback] = listCallbacks(core.db, { caseId }, clock.now());
      recordCallback(core, { callbackId: callback!.id, requestId: randomUUID(), method: 'phone', satisfaction: 'satisfied', solved: true, customerWords: '' });
    };
    closeByCallback(dispatched('按时结案', 48 * HOUR, 2 * HOUR));
    closeByCallback(dispatched('超时结案', 1 * HOUR, 3 * HOUR));
    dispatched('按时待回访', 48 * HOUR, 1 * HOUR);
    dispatched('处理中', 48 * HOUR, null);
    dispatched('已超时', 1 * HOUR, null);
    clock.set(at(2025, 11, 3, 9, 0));
    const invalid = registerCase(core, buildCaseInput({ complainantName: '无效投诉', receivedAt: at(2025, 11, 3, 8, 0) }));
    move(core, invalid.id, { action: 'judge', nature: 'invalid', explanation: '属于市政管辖,已解释' });
    clock.set(at(2025, 11, 3, 20, 0));

    const query = caseListQueryObject.omit({ offset: true, limit: true }).parse({});
    const file = exportCasesCsv(core.db, { ...query, columns: ['complainantName', 'deadlineState'] }, { now: clock.now(), userId: null });
    const states = Object.fromEntries(parseCsv(Buffer.from(file.dataBase64, 'base64').toString('utf8').slice(1)).slice(1));
    expect(states).toEqual({
      按时结案: '按时完成',
      超时结案: '超时完成',
      按时待回访: '按时完成',
      处理中: '正常',
      已超时: '已超时',
      无效投诉: '无时限',
    });
  });
});
