/**
 * Registering one case as the desk does: registerCase, one durable
 * transaction (WAL, synchronous = FULL) per case, on a copy of the seeded
 * book; against one INSERT per transaction into the plain table.
 *
 * The two take turns, BLOCK registrations each, each on its own copy: this
 * machine's disk has slow spells of minutes (the plain insert's p50 went
 * from 0.30 to 0.44 ms between two runs), and one run after the other
 * measured them in different spells (ratios 3.5 to 5.2 on the same code).
 * Blocks, not single registrations in turn: each commit's fsync would then
 * wait on the other's writes.
 */
import { caseInputSchema, type CaseInput } from '../shared/contract';
import { registerCase } from '../electron/core/cases/register-case';
import { CHANNEL_WEIGHTS, demoCase } from '../electron/core/demo/demo-case';
import { createRandom } from '../electron/core/demo/random';
import { newId } from '../electron/core/ids';
import { DATABASE_FILE_NAME, openCore } from '../electron/core/open-core';
import { listUsers } from '../electron/core/users/users';
import { BASELINE_FILE_NAME, PLAIN_COLUMNS, freshCopy, openBaseline, type SeededData } from './bench-data';
import { sample, summarise, type Summary } from './measure';
import { traceSql, type StatementTime } from './sql-trace';

export interface RegisterResult {
  core: Summary;
  baseline: Summary;
  /** Where registerCase's time goes, per registration, from a traced run. */
  statements: StatementTime[];
}

function inputs(count: number): CaseInput[] {
  const random = createRandom(20_240_601);
  const now = Date.now();
  return Array.from({ length: count }, () =>
    caseInputSchema.parse(demoCase(random, random.weighted(CHANNEL_WEIGHTS), now - random.int(0, 3_600_000)).input),
  );
}

/** Registrations each side makes before the other takes its turn. */
export const BLOCK = 25;

export function benchRegister(data: SeededData, runs: number, warmup: number): RegisterResult {
  const cases = inputs(2 * (runs + warmup));
  const core = openCore({ dataDir: freshCopy(data.dir, DATABASE_FILE_NAME, 'register') });
  const baseline = openBaseline(freshCopy(data.dir, BASELINE_FILE_NAME, 'register-baseline'));
  try {
    core.session.userId = listUsers(core)[0]!.id;
    const insert = baseline.prepare(
      `INSERT INTO plain_cases (${PLAIN_COLUMNS.join(', ')}) VALUES (${PLAIN_COLUMNS.map(() => '?').join(', ')})`,
    );
    const insertOne = baseline.transaction((input: CaseInput, i: number) => {
      const now = Date.now();
      insert.run(
        newId(), `Z-${i}`, 'Z', input.channel, input.complainantName, input.phone, input.buildingRoom, input.site,
        input.receivedAt, input.content, input.category, input.nature, 'registered', now, 'bench', now, 0,
      );
    });
    const coreSamples: number[] = [];
    const baselineSamples: number[] = [];
    for (let done = 0; done < runs; done += BLOCK) {
      const block = Math.min(BLOCK, runs - done);
      // Each side's warmup comes with its first block, so neither starts on a page cache the other has warmed.
      const warm = done === 0 ? warmup : 0;
      const offset = done === 0 ? 0 : warmup + done;
      coreSamples.push(...sample(block, warm, (i) => registerCase(core, cases[offset + i]!)));
      baselineSamples.push(...sample(block, warm, (i) => insertOne(cases[offset + i]!, offset + i)));
    }
    // A second, traced pass on the same copy: the proxy's own cost stays out of the figures above.
    const trace = traceSql(core.db);
    const traced = { ...core, db: trace.db };
    sample(runs, 0, (i) => registerCase(traced, cases[runs + warmup + i]!));
    const statements = trace.report().map((s) => ({ ...s, ms: s.ms / runs, calls: s.calls / runs }));
    return { core: summarise(coreSamples), baseline: summarise(baselineSamples), statements };
  } finally {
    core.close();
    baseline.close();
  }
}
