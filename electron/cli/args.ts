/** Strict flag parsing: an unknown flag or a stray argument is a usage error, not silently ignored. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PASSWORD_MIN, passwordSchema } from '../../shared/schemas/session';
import { DATA_DIR_ENV } from '../core/data-dir';
import { usageError } from './cli-error';

export type FlagValues = Record<string, string | undefined>;

/** `names` take a value; `switches` (like --json) stand alone and read as 'true' when given. */
export function parseFlags(argv: readonly string[], names: readonly string[], switches: readonly string[] = []): FlagValues {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries([
        ...names.map((name) => [name, { type: 'string' as const }]),
        ...switches.map((name) => [name, { type: 'boolean' as const }]),
      ]),
      strict: true,
      allowPositionals: false,
    });
    return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === true ? 'true' : value])) as FlagValues;
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

export function requireDataDir(flags: FlagValues, env: NodeJS.ProcessEnv): string {
  const dir = flags['data-dir'] ?? env[DATA_DIR_ENV];
  if (!dir) throw usageError(`--data-dir is required (or set ${DATA_DIR_ENV})`);
  return dir;
}

export function integerFlag(
  flags: FlagValues,
  name: string,
  options: { min: number; max: number; fallback?: number },
): number {
  const raw = flags[name];
  if (raw === undefined) {
    if (options.fallback === undefined) throw usageError(`--${name} is required`);
    return options.fallback;
  }
  const value = Number(raw.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(raw) || !Number.isSafeInteger(value) || value < options.min || value > options.max) {
    throw usageError(`--${name} must be a whole number from ${options.min} to ${options.max}, not "${raw}"`);
  }
  return value;
}

/**
 * `YYYY-MM-DD` means the end of that day, local time, but never later than
 * now (demo cases from the future would confuse the desk's clock); a full
 * ISO timestamp is taken as is.
 */
export function timeFlag(flags: FlagValues, name: string, now: () => number): number {
  const raw = flags[name];
  if (raw === undefined) return now();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const at = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 23, 59, 59, 999).getTime()
    : Date.parse(raw);
  if (!Number.isFinite(at) || at < 0) throw usageError(`--${name} must be a date such as 2026-06-30, not "${raw}"`);
  return dateOnly ? Math.min(at, now()) : at;
}

/**
 * A password read from a file (never from the command line, where it would sit in the shell's
 * history and the process list): its first line, without the line break.
 */
export function passwordFromFile(flags: FlagValues, name: string, options: { required: boolean }): string | undefined {
  const file = flags[name];
  if (file === undefined) {
    if (options.required) throw usageError(`--${name} is required: a file holding the password on its first line`);
    return undefined;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw usageError(`--${name}: cannot read ${file}`);
  }
  const password = text.split(/\r?\n/, 1)[0] ?? '';
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw usageError(`--${name}: the password must be at least ${PASSWORD_MIN} characters`);
  return parsed.data;
}

/** A sync or backup passphrase: the first line of the file (an editor's trailing newline is not part of it). */
export function passphraseFromFile(file: string | undefined): string | null {
  if (file === undefined) return null;
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
  } catch {
    throw usageError(`cannot read the passphrase file ${file}`);
  }
}
