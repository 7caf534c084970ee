/** `stats`: the same metrics as the statistics screen, for IT staff and scripted checks. */
import { computeStats } from '../core/stats';
import { parseArgs } from 'node:util';
import { requireDataDir } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './io';
import { openExistingCore } from './open-existing';

function day(raw: string | undefined, name: string, endOfDay: boolean): number {
  const match = raw === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) throw usageError(`--${name} must be a date such as 2026-11-01`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(y, m - 1, d + (endOfDay ? 1 : 0)).getTime();
  if (new Date(y, m - 1, d).getDate() !== d) throw usageError(`--${name} is not a real date: ${raw}`);
  return at;
}

export async function statsCommand(argv: readonly string[], io: CliIo): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, site: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const dataDir = requireDataDir(values as Record<string, string | undefined>, io.env);
  // --to is inclusive: the whole of that day counts.
  const from = day(values.from as string | undefined, 'from', false);
  const to = day(values.to as string | undefined, 'to', true);
  if (to <= from) throw usageError('--to must not be before --from');
  const core = openExistingCore(dataDir);
  try {
    const stats = computeStats(core.db, { from, to, now: io.now(), siteFilter: (values.site as string | undefined) ?? null });
    await io.out(values.json ? `${JSON.stringify(stats, null, 2)}\n` : `${JSON.stringify(stats)}\n`);
  } finally {
    core.close();
  }
}
