/** The environment variable that points every entry point (app, browser host, CLI) at a data folder. */
export const DATA_DIR_ENV = 'COMPLAINT_DESK_DATA_DIR';

/** Reads `--name value` or `--name=value` from an argument list. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** `--data-dir`, then the environment, then the platform default the caller supplies (Electron's userData). */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  return readFlag(argv, 'data-dir') ?? env[DATA_DIR_ENV] ?? fallback();
}
