/** `npm run cli -- <command>`: the command-line companion. Plain Node, never Electron. */
import { once } from 'node:events';
import { runCli } from './run';

// `dump | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (chunk) => (process.stdout.write(chunk) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  err: (line) => void process.stderr.write(`${line}\n`),
  env: process.env,
  now: Date.now,
});
