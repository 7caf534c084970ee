/** What the main thread and the task thread say to each other (structured-clone plain data only). */
import type { AppError, FieldIssue } from '../../../shared/result';
import type { TaskPhase } from '../../../shared/schemas/tasks';
import type { TaskName } from './long-tasks';

export interface RunMessage {
  type: 'run';
  id: number;
  /** A long channel, or work the app gives the thread by itself (BACKGROUND_TASKS). */
  channel: TaskName;
  input: unknown;
  userId: string | null;
  /** The host's clock minus the wall clock, so `--now` holds on the task thread too. */
  nowOffset: number;
}

/** Open the connection now, so the first export does not wait for the thread to load and open. */
export interface WarmMessage {
  type: 'warm';
}

/** Finish the queue, close the database, end the thread. */
export interface StopMessage {
  type: 'stop';
}

export type WorkerMessage =
  | { type: 'progress'; id: number; phase: TaskPhase; done: number; total: number }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: SerialisedError };

/** A DomainError keeps its code across the thread boundary; anything else travels as a message and stack for the log. */
export type SerialisedError =
  | { domain: true; code: string; message: string; issues?: FieldIssue[]; details?: AppError['details'] }
  | { domain: false; message: string; stack?: string };

export interface TaskWorkerData {
  dataDir: string;
}
