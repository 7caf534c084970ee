/**
 * A list page as the case list asks for it: listCases, 50 rows and the
 * total, for the filters, sorts and searches people use; against the same
 * page from the plain table (LIKE for text). A traced pass splits each
 * page into its count and its rows, with the query plans.
 */
import { caseListQuerySchema, type CaseListQuery, type ChannelInput } from '../shared/contract';
import { STATUSES, type SortableCaseColumn } from '../shared/domain';
import { listCases } from '../electron/core/cases/case-queries';
import type { Db } from '../electron/core/db/connection';
import { searchRuns } from '../electron/core/search/ngrams';
import { sample, summarise, type Summary } from './measure';
import { traceSql } from './sql-trace';

export interface ListScenario {
  name: string;
  query: ChannelInput<'cases.list'>;
}

export interface PlanStep {
  sql: string;
  ms: number;
  plan: string[];
}

export interface ListResult {
  name: string;
  total: number;
  core: Summary;
  baseline: Summary;
  /** Mean milliseconds of the core's count and page statements, from the traced pass. */
  countMs: number;
  rowsMs: number;
  plans: PlanStep[];
}

export function listScenarios(until: number): ListScenario[] {
  const lastMonthEnd = new Date(until);
  lastMonthEnd.setDate(1);
  lastMonthEnd.setHours(0, 0, 0, 0);
  const lastMonthStart = new Date(lastMonthEnd);
  lastMonthStart.setMonth(lastMonthStart.getMonth() - 1);
  const open = STATUSES.filter((s) => s !== 'resolved' && s !== 'closed');
  const sort = (column: SortableCaseColumn, direction: 'asc' | 'desc') => ({ column, direction });
  return [
    { name: 'all, received desc', query: {} },
    { name: 'status: open, received desc', query: { statuses: [...open] } },
    { name: 'status: closed, received desc', query: { statuses: ['closed'] } },
    { name: 'category + channel', query: { categories: ['equipment'], channels: ['phone'] } },
    { name: 'one month, received desc', query: { receivedFrom: lastMonthStart.getTime(), receivedTo: lastMonthEnd.getTime() - 1 } },
    { name: 'all, number asc', query: { sort: sort('number', 'asc') } },
    { name: 'all, complainant name asc', query: { sort: sort('complainantName', 'asc') } },
    { name: 'text 水 (1 char)', query: { text: '水' } },
    { name: 'text 漏水 (2 chars)', query: { text: '漏水' } },
    { name: 'text 电梯故障 (4 chars)', query: { text: '电梯故障' } },
    { name: 'phone fragment 5201', query: { text: '5201' } },
    { name: 'text 漏水 + status: open', query: { text: '漏水', statuses: [...open] } },
  ];
}

const PLAIN_SORT: Record<SortableCaseColumn, string> = {
  receivedAt: 'received_at',
  number: 'number',
  status: 'status',
  category: 'category',
  channel: 'channel',
  complainantName: 'complainant_name',
};

const TEXT_COLUMNS = ['number', 'complainant_name', 'phone', 'building_room', 'content'];

/** The same page straight from the plain table: count, then rows. */
function plainPage(db: Db, query: CaseListQuery): { total: number; rows: unknown[] } {
  const where = ['deleted = 0'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[]) => {
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (query.statuses.length) inList('status', query.statuses);
  if (query.categories.length) inList('category', query.categories);
  if (query.channels.length) inList('channel', query.channels);
  if (query.receivedFrom !== undefined) {
    where.push('received_at >= ?');
    params.push(query.receivedFrom);
  }
  if (query.receivedTo !== undefined) {
    where.push('received_at <= ?');
    params.push(query.receivedTo);
  }
  for (const run of searchRuns(query.text)) {
    where.push(`(${TEXT_COLUMNS.map((c) => `${c} LIKE ?`).join(' OR ')})`);
    params.push(...TEXT_COLUMNS.map(() => `%${run.join('')}%`));
  }
  const whereSql = where.join(' AND ');
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const { total } = db.prepare(`SELECT count(*) AS total FROM plain_cases WHERE ${whereSql}`).get(...params) as {
    total: number;
  };
  const rows = db
    .prepare(
      `SELECT id, number, channel, complainant_name, phone, building_room, site, received_at, category, nature, status,
              substr(content, 1, 80) AS preview
         FROM plain_cases WHERE ${whereSql}
        ORDER BY ${PLAIN_SORT[query.sort.column]} ${direction}, rowid ${direction} LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset);
  return { total, rows };
}

/** Fewer runs for a query that takes a second: its median is clear long before 50. */
function runsFor(firstRunMs: number, runs: number): number {
  return Math.max(5, Math.min(runs, Math.floor(5_000 / Math.max(firstRunMs, 0.01))));
}

function explain(db: Db, sql: string, args: unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
  return rows.map((row) => row.detail);
}

export function benchList(core: Db, baseline: Db, scenario: ListScenario, runs: number, warmup: number): ListResult {
  const query = caseListQuerySchema.parse(scenario.query);
  const page = listCases(core, query);
  const coreSamples = sample(runs, warmup, () => listCases(core, query));

  const first = sample(1, 1, () => plainPage(baseline, query))[0]!;
  const baselineSamples = [first, ...sample(runsFor(first, runs) - 1, 0, () => plainPage(baseline, query))];

  const trace = traceSql(core);
  const tracedRuns = 10;
  for (let i = 0; i < tracedRuns; i++) listCases(trace.db, query);
  const statements = trace.report();
  const isCount = (sql: string) => sql.startsWith('SELECT count(*)');
  const sum = (filter: (sql: string) => boolean) =>
    statements.filter((s) => filter(s.sql)).reduce((total, s) => total + s.ms, 0) / tracedRuns;
  const plans = statements
    .filter((s) => s.sql.startsWith('SELECT') && s.calls >= tracedRuns)
    .map((s) => ({ sql: s.sql, ms: s.ms / s.calls, plan: explain(core, s.sql, s.lastArgs) }));

  return {
    name: scenario.name,
    total: page.total,
    core: summarise(coreSamples),
    baseline: summarise(baselineSamples),
    countMs: sum(isCount),
    rowsMs: sum((sql) => !isCount(sql)),
    plans,
  };
}
