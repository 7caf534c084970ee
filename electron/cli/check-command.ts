/** `check`: the integrity of one desk's data; exit code 2 when something is wrong. */
import { checkIntegrity } from '../core/integrity';
import { parseFlags, requireDataDir } from './args';
import { dataError } from './cli-error';
import type { CliIo } from './io';
import { openExistingCore } from './open-existing';

export async function checkCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const dataDir = requireDataDir(parseFlags(argv, ['data-dir']), io.env);
  const core = openExistingCore(dataDir);
  try {
    const report = checkIntegrity(core.db, core.dataDir);
    for (const warning of report.warnings) io.err(`warning: ${warning}`);
    for (const problem of report.problems) io.err(`problem: ${problem}`);
    await io.out(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.ok) throw dataError(`${report.problems.length} problem(s) found in ${dataDir}`);
  } finally {
    core.close();
  }
}
