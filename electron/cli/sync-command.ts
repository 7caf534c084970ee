/**
 * `sync export` / `sync import`: the USB-stick exchange from the command line, sealed with the
 * organisation key (no passphrase between desks of one organisation); `sync invite`, `accept-invite`,
 * `establish-key` and `rotate-key`: the organisation key, as a manager handles it.
 */
import { exportBundle } from '../core/sync/export-bundle';
import { importBundle } from '../core/sync/import-bundle';
import { writeInvitation } from '../core/sync/invitation';
import { acceptInvitation, establishOrgKey, rotateOrgKey } from '../core/sync/org-membership';
import { parseArgs } from 'node:util';
import { passphraseFromFile, requireDataDir } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './io';
import { actAsManager, openExistingCore } from './open-existing';
import type { Core } from '../core/open-core';

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

/** Opens the desk's book as its manager, runs `work`, closes it. */
function asManager<T>(values: Record<string, unknown>, io: CliIo, work: (core: Core) => T): T {
  const dataDir = requireDataDir(values as Record<string, string | undefined>, io.env);
  const core = openExistingCore(dataDir, io.now);
  try {
    actAsManager(core);
    return work(core);
  } finally {
    core.close();
  }
}

/** Files are sealed with the organisation key now; a passphrase file given out of habit is not needed. */
function noteUnusedPassphrase(values: Record<string, unknown>, io: CliIo): void {
  if (values['passphrase-file'] !== undefined) io.err('Note: sync files are sealed with the organisation key; --passphrase-file is not needed.');
}

function requiredPassphrase(values: Record<string, unknown>): string {
  const passphrase = passphraseFromFile(values['passphrase-file'] as string | undefined);
  if (passphrase === null) throw usageError('--passphrase-file is required: a file holding the invitation passphrase on its first line');
  return passphrase;
}

export function syncCommand(argv: readonly string[], io: CliIo): void {
  const [action, ...rest] = argv;
  if (action === 'export') {
    const { values, positionals } = parse(rest, ['full'], ['data-dir', 'out', 'passphrase-file']);
    if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"`);
    if (!values.out) throw usageError('--out is required');
    noteUnusedPassphrase(values, io);
    const result = asManager(values, io, (core) =>
      exportBundle(core, {
        outPath: String(values.out),
        full: values.full === true,
        onProgress: (phase, done, total) => {
          if (phase === 'writing') io.err(`exported ${done} / ${total} changes`);
        },
      }),
    );
    io.err(`Wrote ${result.path}: ${result.changes} changes, ${result.blobs} attachment files, ${result.bytes} bytes${result.full ? ' (full)' : ''}`);
    return;
  }
  if (action === 'import') {
    const { values, positionals } = parse(rest, ['join', 'accept-clock-ahead'], ['data-dir', 'passphrase-file']);
    if (positionals.length !== 1) throw usageError('sync import takes exactly one sync file');
    noteUnusedPassphrase(values, io);
    const result = asManager(values, io, (core) =>
      importBundle(core, { path: positionals[0]!, join: values.join === true, acceptClockAhead: values['accept-clock-ahead'] === true }),
    );
    io.err(
      `Imported from desk ${result.senderDeskCode}: ${result.newChanges} new of ${result.changes} changes, ${result.newCases} new cases, ` +
        `${result.blobs} attachment files, ${result.conflicts} new conflicts. Backup: ${result.backupPath}`,
    );
    return;
  }
  if (action === 'invite') {
    const { values, positionals } = parse(rest, [], ['data-dir', 'out', 'passphrase-file']);
    if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"`);
    if (!values.out) throw usageError('--out is required');
    const passphrase = requiredPassphrase(values);
    const result = asManager(values, io, (core) => writeInvitation(core, { outPath: String(values.out), passphrase }));
    io.err(`Wrote the invitation ${result.path} (${result.bytes} bytes): give it to the new desk, and tell its person the passphrase.`);
    return;
  }
  if (action === 'accept-invite') {
    const { values, positionals } = parse(rest, [], ['data-dir', 'invite', 'passphrase-file']);
    if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"`);
    if (!values.invite) throw usageError('--invite is required');
    const passphrase = requiredPassphrase(values);
    const result = asManager(values, io, (core) => acceptInvitation(core, { path: String(values.invite), passphrase }));
    io.err(`This desk now holds the organisation key; imported ${result.imported.newChanges} new changes from desk ${result.imported.senderDeskCode}.`);
    return;
  }
  if (action === 'establish-key' || action === 'rotate-key') {
    const { values, positionals } = parse(rest, [], ['data-dir']);
    if (positionals.length) throw usageError(`unexpected argument "${positionals[0]}"`);
    asManager(values, io, (core) => (action === 'establish-key' ? establishOrgKey(core) : rotateOrgKey(core)));
    io.err(
      action === 'establish-key'
        ? 'Made the organisation key: write an invitation (sync invite) for each other desk.'
        : 'Replaced the organisation key: files from now on use the new one; give the other desks a new invitation.',
    );
    return;
  }
  throw usageError(action === undefined ? 'sync needs "export", "import", "invite", "accept-invite", "establish-key" or "rotate-key"' : `unknown sync action "${action}"`);
}
