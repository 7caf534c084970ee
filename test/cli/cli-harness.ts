/** Runs the CLI in-process (fast) or as a child through node_modules/.bin/tsx (as a person would). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../electron/cli/run';

export const REPO = join(import.meta.dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (chunk) => void (stdout += chunk),
    err: (line) => void (stderr += `${line}\n`),
    env,
    now: Date.now,
  });
  return { code, stdout, stderr };
}

export function runChild(argv: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  // tsx's shebang asks for `node` on PATH: put this Node (the repo's 24) first.
  const path = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
  const result = spawnSync(join(REPO, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...argv], {
    cwd: REPO,
    env: { ...process.env, ...env, PATH: path },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(label: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `complaint-desk-cli-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A `folder(label)` for the calling test file: each folder it makes is removed after the test that made it. */
export function foldersRemovedAfterEachTest(): (label: string) => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
  return (label) => {
    const dir = tempDir(label);
    cleanups.push(dir.remove);
    return dir.path;
  };
}

/** A fixed end of the demo period, so seeded content does not depend on the day the test runs. */
export const UNTIL = '2026-03-31';
