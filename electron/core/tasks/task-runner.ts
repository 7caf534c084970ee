/**
 * The main thread's side of the task thread (task-worker.ts): hands it the
 * long channels' work, relays its progress, and turns its answers back into
 * values or DomainErrors, so dispatch treats them like any other call.
 * Plain Node: the host says where the worker script is (the built file in
 * Electron, a loader shim for the TypeScript sources under tsx).
 */
import { Worker } from 'node:worker_threads';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { LongTaskChannel, TaskProgress } from '../../../shared/schemas/tasks';
import { BACKGROUND_TASKS, type BackgroundTask, type BackgroundTaskOutput, type TaskName } from './long-tasks';
import { DomainError } from '../errors';
import type { RunMessage, SerialisedError, StopMessage, TaskWorkerData, WarmMessage, WorkerMessage } from './task-messages';
import type { ErrorCode } from '../../../shared/result';

export interface TaskRunnerOptions {
  dataDir: string;
  /** The worker script: out/main/task-worker.js in Electron, task-worker-tsx.mjs where the sources run under tsx. */
  script: string | URL;
  /** Told of every progress report as it arrives (a host may push it to the window instead of waiting to be asked). */
  onProgress?: (progress: TaskProgress) => void;
}

export interface TaskCaller {
  userId: string | null;
  nowOffset: number;
}

export interface TaskRunner {
  run<C extends LongTaskChannel>(channel: C, input: ParsedInput<C>, caller: TaskCaller): Promise<ChannelOutput<C>>;
  /** Work the app gives the thread by itself (BACKGROUND_TASKS), queued with the rest. */
  runInBackground<T extends BackgroundTask>(task: T, caller: TaskCaller): Promise<BackgroundTaskOutput<T>>;
  /** The task the thread is working on now and how far it has got; null when idle. */
  current(): TaskProgress | null;
  /** Starts the thread and opens its connection ahead of the first task (a host calls it at startup). */
  warm(): void;
  /** Lets queued work finish, closes the thread's connection and ends the thread. */
  close(): Promise<void>;
}

interface Pending {
  channel: LongTaskChannel;
  progress: TaskProgress;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const STOP_GRACE_MS = 10_000;

function revive(error: SerialisedError): Error {
  if (error.domain) {
    const domain = new DomainError(error.code as ErrorCode, error.message, error.issues);
    if (error.details) domain.details = error.details;
    return domain;
  }
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

export function createTaskRunner(options: TaskRunnerOptions): TaskRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error): void {
    for (const task of pending.values()) task.reject(error);
    pending.clear();
  }

  function settle(id: number, settleWith: (task: Pending) => void): void {
    const task = pending.get(id);
    if (!task) return;
    pending.delete(id);
    settleWith(task);
    if (pending.size === 0) worker?.unref();
  }

  function start(): Worker {
    const workerData: TaskWorkerData = { dataDir: options.dataDir };
    const started = new Worker(options.script, { workerData });
    started.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        const task = pending.get(message.id);
        if (!task) return;
        task.progress = { channel: task.channel, phase: message.phase, done: message.done, total: message.total };
        options.onProgress?.(task.progress);
      } else if (message.type === 'done') {
        settle(message.id, (task) => task.resolve(message.value));
      } else {
        settle(message.id, (task) => task.reject(revive(message.error)));
      }
    });
    // A thread that dies takes its tasks with it (their transactions roll back); the next call starts a new one.
    started.on('error', (error) => {
      if (worker === started) worker = null;
      failAll(error);
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
      failAll(new Error('The task thread stopped before finishing'));
    });
    return started;
  }

  /** Queues a task on the thread; its progress is shown as `shownAs`'s. */
  function send(name: TaskName, input: unknown, shownAs: LongTaskChannel, caller: TaskCaller): Promise<unknown> {
    worker ??= start();
    worker.ref();
    const id = nextId++;
    const message: RunMessage = { type: 'run', id, channel: name, input, userId: caller.userId, nowOffset: caller.nowOffset };
    return new Promise((resolve, reject) => {
      pending.set(id, { channel: shownAs, progress: { channel: shownAs, phase: 'starting', done: 0, total: 0 }, resolve, reject });
      worker!.postMessage(message);
    });
  }

  return {
    run: (channel, input, caller) => send(channel, input, channel, caller) as Promise<ChannelOutput<typeof channel>>,
    runInBackground: (task, caller) => send(task, {}, BACKGROUND_TASKS[task].shownAs, caller) as Promise<BackgroundTaskOutput<typeof task>>,
    warm() {
      if (worker) return;
      worker = start();
      // An idle thread must not keep the process alive; run() refs it while work is pending.
      worker.unref();
      const message: WarmMessage = { type: 'warm' };
      worker.postMessage(message);
    },
    current() {
      // Tasks run in the order they were sent, so the oldest pending one is the one under way.
      const first = pending.values().next();
      return first.done ? null : first.value.progress;
    },
    async close() {
      const closing = worker;
      worker = null;
      if (!closing) return;
      const stop: StopMessage = { type: 'stop' };
      const exited = new Promise<void>((resolve) => closing.once('exit', () => resolve()));
      closing.postMessage(stop);
      const timer = setTimeout(() => void closing.terminate(), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
