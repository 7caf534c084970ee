/** The benchmark's table on stdout and its figures in bench-data/results.json. */
import { cpus, platform, release } from 'node:os';
import type { ListResult } from './list-bench';
import { ms } from './measure';
import { BLOCK, type RegisterResult } from './register-bench';
import type { DeskWorkResult } from './desk-work-bench';
import type { StatsBenchResult } from './stats-bench';

export const TARGETS = { registerMedianMs: 2, registerRatio: 4, listP95Ms: 20, statsMonthMs: 100, statsYearMs: 500 } as const;

const pad = (text: string, width: number): string => {
  // CJK characters take two columns in a terminal.
  const columns = [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - columns));
};
const right = (text: string, width: number): string => text.padStart(width);
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

export function machine(sqliteVersion: string): Record<string, string | number> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    platform: `${platform()} ${release()}`,
    node: process.version,
    sqlite: sqliteVersion,
  };
}

export function registerTable(result: RegisterResult, runs: number): string {
  const { core, baseline } = result;
  const lines = [
    `Registering one case, durable (WAL, synchronous=FULL, one transaction each), ${runs} runs`,
    `  ${pad('', 28)}${right('p50 ms', 9)}${right('p95 ms', 9)}${right('max ms', 9)}`,
    `  ${pad('registerCase', 28)}${right(ms(core.p50), 9)}${right(ms(core.p95), 9)}${right(ms(core.max), 9)}   target p50 <= ${TARGETS.registerMedianMs} ms: ${verdict(core.p50 <= TARGETS.registerMedianMs)}`,
    `  ${pad('baseline: plain INSERT', 28)}${right(ms(baseline.p50), 9)}${right(ms(baseline.p95), 9)}${right(ms(baseline.max), 9)}`,
    `  ${pad('registerCase / plain, p50', 28)}${right(`${(core.p50 / baseline.p50).toFixed(2)} x`, 9)}${' '.repeat(18)}   target <= ${TARGETS.registerRatio} x: ${verdict(core.p50 <= TARGETS.registerRatio * baseline.p50)}`,
    `  (the two took turns, ${BLOCK} registrations each, on copies of their own)`,
    `  where registerCase's time goes (traced pass, ms per registration):`,
  ];
  const statementMs = result.statements.reduce((total, s) => total + s.ms, 0);
  for (const s of result.statements.slice(0, 6)) {
    lines.push(`    ${right(ms(s.ms), 7)}  x${s.calls.toFixed(0).padEnd(3)} ${s.sql.slice(0, 90)}`);
  }
  lines.push(`    ${right(ms(statementMs), 7)}  all statements; the rest of the p50 is commit (fsync) and JavaScript`);
  return lines.join('\n');
}

export function listTable(results: readonly ListResult[], cases: number): string {
  const header =
    `  ${pad('scenario', 30)}${right('matches', 9)}${right('p50', 8)}${right('p95', 8)}${right('count', 8)}${right('rows', 8)}` +
    `${right('plain p50', 11)}${right('plain p95', 11)}  p95 <= ${TARGETS.listP95Ms} ms`;
  const lines = [`List page (50 rows + total) over ${cases.toLocaleString('en')} cases, ms`, header];
  for (const r of results) {
    lines.push(
      `  ${pad(r.name, 30)}${right(r.total.toLocaleString('en'), 9)}${right(ms(r.core.p50), 8)}${right(ms(r.core.p95), 8)}` +
        `${right(ms(r.countMs), 8)}${right(ms(r.rowsMs), 8)}${right(ms(r.baseline.p50), 11)}${right(ms(r.baseline.p95), 11)}` +
        `  ${verdict(r.core.p95 <= TARGETS.listP95Ms)}`,
    );
  }
  lines.push('  count/rows: mean time of the count statement and of the page statement (traced pass); plain: same page from one plain table, LIKE for text.');
  return lines.join('\n');
}

export function missedPlans(results: readonly ListResult[]): string {
  const missed = results.filter((r) => r.core.p95 > TARGETS.listP95Ms);
  if (missed.length === 0) return '';
  const lines = ['Query plans of the pages that missed the target:'];
  for (const r of missed) {
    lines.push(`  ${r.name}`);
    for (const step of r.plans) {
      lines.push(`    ${ms(step.ms)} ms  ${step.sql.slice(0, 110)}${step.sql.length > 110 ? ' ...' : ''}`);
      for (const detail of step.plan) lines.push(`        ${detail}`);
    }
  }
  return lines.join('\n');
}

export function statsTable(result: StatsBenchResult): string {
  const line = (label: string, t: StatsBenchResult['monthly'], target?: number) =>
    `  ${pad(label, 34)}${right(ms(t.p50), 9)}${right(ms(t.p95), 9)}` + (target === undefined ? '' : `   target p50 <= ${target} ms: ${verdict(t.p50 <= target)}`);
  return [
    `Statistics (computeStats, the period and the one before it), ${result.cases.toLocaleString('en')} cases`,
    `  ${pad('', 34)}${right('p50 ms', 9)}${right('p95 ms', 9)}`,
    line('last whole month', result.monthly, TARGETS.statsMonthMs),
    line('last whole month, one site', result.monthlyOneSite),
    line('twelve months', result.yearly, TARGETS.statsYearMs),
  ].join('\n');
}

export function deskWorkTable(result: DeskWorkResult): string {
  const line = (label: string, t: DeskWorkResult['escalation']) => `  ${pad(label, 44)}${right(ms(t.p50), 9)}${right(ms(t.p95), 9)}`;
  return [
    'What the desk does by itself and what its home screen asks, ms',
    `  ${pad('', 44)}${right('p50', 9)}${right('p95', 9)}`,
    line('escalation job, every minute: its two queries', result.escalation),
    line('home screen: every queue and clock count', result.homeCounts),
    `  the escalation queries found ${result.overdue.toLocaleString('en')} overdue cases never escalated (this book escalates nothing)` +
      ` and ${result.escalatedLongAgo.toLocaleString('en')} escalated and not acted on`,
  ].join('\n');
}
