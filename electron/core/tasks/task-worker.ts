/**
 * The task thread: opens its own connection to the case book and runs the
 * long channels one after another, posting progress, so the main thread
 * keeps answering the window while a large sync file goes in or out.
 * Plain Node (worker_threads); started by task-runner.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { latestHlc } from '../changes/latest-hlc';
import { DomainError } from '../errors';
import { openCore, type Core } from '../open-core';
import { BACKGROUND_TASKS, isBackgroundTask, LONG_TASKS, type LongTask } from './long-tasks';
import { everyFewReports, type ProgressSink } from './progress';
import type { TaskPhase } from '../../../shared/schemas/tasks';
import type { RunMessage, SerialisedError, StopMessage, TaskWorkerData, WarmMessage, WorkerMessage } from './task-messages';

const port = parentPort;
if (!port) throw new Error('task-worker.ts runs only as a worker thread');
const { dataDir } = workerData as TaskWorkerData;

let nowOffset = 0;
let core: Core | undefined;

function openOnce(): Core {
  core ??= openCore({ dataDir, now: () => Date.now() + nowOffset, skipHealthCheck: true });
  return core;
}

function warmUp(): void {
  try {
    openOnce();
  } catch {
    // The first task will fail to open too, and report why to whoever asked for it.
  }
}

function post(message: WorkerMessage): void {
  port!.postMessage(message);
}

function serialise(error: unknown): SerialisedError {
  if (error instanceof DomainError) {
    return {
      domain: true,
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.details ? { details: error.details } : {}),
    };
  }
  if (error instanceof Error) return { domain: false, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { domain: false, message: String(error) };
}

async function run(message: RunMessage): Promise<void> {
  const report = everyFewReports(
    (progress: { phase: TaskPhase; done: number; total: number }) => progress.phase,
    ({ phase, done, total }) => post({ type: 'progress', id: message.id, phase, done, total }),
  );
  try {
    const desk = openOnce();
    nowOffset = message.nowOffset;
    desk.session.userId = message.userId;
    // The main thread may have written since this thread last looked: stay ahead of its clock.
    const latest = latestHlc(desk.db);
    if (latest) desk.clock.observe(latest);
    const onProgress: ProgressSink = (phase, done, total) => report({ phase, done, total });
    const name = message.channel;
    const value = isBackgroundTask(name)
      ? await BACKGROUND_TASKS[name].run(desk, onProgress)
      : await (LONG_TASKS[name] as LongTask<typeof name>)(desk, message.input as never, onProgress);
    post({ type: 'done', id: message.id, value });
  } catch (error) {
    post({ type: 'failed', id: message.id, error: serialise(error) });
  }
}

// One task at a time, in the order they were asked for: two imports must never interleave.
let queue = Promise.resolve();
port.on('message', (message: RunMessage | WarmMessage | StopMessage) => {
  if (message.type === 'stop') stopAfterQueue();
  else if (message.type === 'warm') queue = queue.then(warmUp);
  else queue = queue.then(() => run(message));
});

/** Asked to stop: finish what is queued, close the connection cleanly, let the thread end. */
function stopAfterQueue(): void {
  queue = queue.then(() => {
    core?.close();
    core = undefined;
    port!.close();
  });
}
