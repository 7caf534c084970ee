/** Exit codes the CLI promises: scripts and tests rely on them. */
export const EXIT = {
  ok: 0,
  /** The command line is wrong; the usage text is printed. */
  usage: 1,
  /** The data folder cannot be used: no database, a newer schema, not a database file. */
  data: 2,
  /** Anything else: a bug; the stack trace is printed. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with a message for the person at the terminal and the exit code it maps to. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(EXIT.usage, message);
export const dataError = (message: string): CliError => new CliError(EXIT.data, message);
