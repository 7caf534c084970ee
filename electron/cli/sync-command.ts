/** `sync export` / `sync import`: the USB-stick exchange from the command line. */
import { exportBundle } from '../core/sync/export-bundle';
import { importBundle } from '../core/sync/import-bundle';
import { parseArgs } from 'node:util';
import { passphraseFromFile, requireDataDir } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './io';
import { actAsManager, openExistingCore } from './open-existing';

function parse(argv: readonly string[], booleans: string[], strings: string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        ...Object.fromEntries(strings.map((n) => [n, { type: 'string' as const }])),
        ...Object.fromEntries(booleans.map((n) => [n, { type: 'boolean' as const }])),
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

export function syncCommand(argv: readonly string[], io: CliIo): void {
  const [action, ...rest] = argv;
  if (action === 'export') {
    const { values, positionals } = parse(rest, ['full'], ['data-dir', 'out', 'passphrase-file']);
    if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"`);
    const dataDir = requireDataDir(values as Record<string, string | undefined>, io.env);
    if (!values.out) throw usageError('--out is required');
    const core = openExistingCore(dataDir);
    try {
      actAsManager(core);
      const result = exportBundle(core, {
        outPath: String(values.out),
        full: values.full === true,
        passphrase: passphraseFromFile(values['passphrase-file'] as string | undefined),
        onProgress: (phase, done, total) => {
          if (phase === 'writing') io.err(`exported ${done} / ${total} changes`);
        },
      });
      io.err(`Wrote ${result.path}: ${result.changes} changes, ${result.blobs} attachment files, ${result.bytes} bytes${result.full ? ' (full)' : ''}`);
    } finally {
      core.close();
    }
    return;
  }
  if (action === 'import') {
    const { values, positionals } = parse(rest, ['join', 'accept-clock-ahead'], ['data-dir', 'passphrase-file']);
    if (positionals.length !== 1) throw usageError('sync import takes exactly one sync file');
    const dataDir = requireDataDir(values as Record<string, string | undefined>, io.env);
    const core = openExistingCore(dataDir);
    try {
      actAsManager(core);
      const result = importBundle(core, {
        path: positionals[0]!,
        passphrase: passphraseFromFile(values['passphrase-file'] as string | undefined),
        join: values.join === true,
        acceptClockAhead: values['accept-clock-ahead'] === true,
      });
      io.err(
        `Imported from desk ${result.senderDeskCode}: ${result.newChanges} new of ${result.changes} changes, ${result.newCases} new cases, ` +
          `${result.blobs} attachment files, ${result.conflicts} new conflicts. Backup: ${result.backupPath}`,
      );
    } finally {
      core.close();
    }
    return;
  }
  throw usageError(action === undefined ? 'sync needs "export" or "import"' : `unknown sync action "${action}"`);
}
