/** `seed`: demo complaints into a data folder, through the app's write path. */
import { deskCodeSchema } from '../../shared/contract';
import { seedDemoData } from '../core/demo/seed-demo';
import { integerFlag, parseFlags, passwordFromFile, requireDataDir, timeFlag } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './io';

const MAX_CASES = 10_000_000;
const PROGRESS_FROM = 1_000;

const monthOf = (at: number): string => {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
};

export function seedCommand(argv: readonly string[], io: CliIo): void {
  const flags = parseFlags(argv, ['data-dir', 'cases', 'desk-code', 'seed', 'until', 'months', 'org-name', 'password-file']);
  const password = passwordFromFile(flags, 'password-file', { required: false });
  const dataDir = requireDataDir(flags, io.env);
  const cases = integerFlag(flags, 'cases', { min: 1, max: MAX_CASES });
  const seed = integerFlag(flags, 'seed', { min: 0, max: 0xffffffff, fallback: 42 });
  const months = integerFlag(flags, 'months', { min: 1, max: 120, fallback: 18 });
  const until = timeFlag(flags, 'until', io.now);
  let deskCode: string | undefined;
  if (flags['desk-code'] !== undefined) {
    const parsed = deskCodeSchema.safeParse(flags['desk-code']);
    if (!parsed.success) throw usageError(`--desk-code must be 1-4 capital letters or digits, not "${flags['desk-code']}"`);
    deskCode = parsed.data;
  }
  const orgName = flags['org-name']?.trim();
  if (orgName !== undefined && (orgName.length === 0 || orgName.length > 80)) {
    throw usageError('--org-name must be 1-80 characters');
  }

  const started = io.now();
  let lastReport = started;
  const result = seedDemoData({
    dataDir,
    seed,
    cases,
    until,
    months,
    deskCode,
    orgName,
    ...(password ? { password } : {}),
    onProgress: (done, total) => {
      const now = io.now();
      if (total < PROGRESS_FROM || (now - lastReport < 1_000 && done < total)) return;
      lastReport = now;
      const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
      io.err(`seeded ${done.toLocaleString('en')} / ${total.toLocaleString('en')} cases (${Math.floor((100 * done) / total)}%, ${rate.toLocaleString('en')} cases/s)`);
    },
  });
  const seconds = ((io.now() - started) / 1000).toFixed(1);
  const setup = result.setUp ? `set up desk ${result.deskCode}, ` : `desk ${result.deskCode}, `;
  io.err(
    `Seeded ${result.registered.toLocaleString('en')} cases (${result.steps.toLocaleString('en')} lifecycle steps) into ${dataDir}: ` +
      `${setup}received ${monthOf(result.from)} to ${monthOf(result.until)}, seed ${seed}, ${seconds} s`,
  );
}
