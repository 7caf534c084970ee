/** What a command may touch of the outside world, so tests can run commands in-process. */
export interface CliIo {
  /** Writes to stdout; the promise settles when the chunk may be followed by more. */
  out(chunk: string): void | Promise<void>;
  /** One line of progress or error on stderr. */
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  now(): number;
}
