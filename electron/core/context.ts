import type { Db } from './db/connection';
import type { HybridClock } from './changes/hlc';
import type { Writer } from './changes/change-log';
import { DomainError } from './errors';
import type { PrintPort } from './printing/print-service';
import type { TaskRunner } from './tasks/task-runner';
import type { RecoveryState } from './backup/recovery';
import type { UpgradeStatus } from '../../shared/schemas/upgrade';

/** What only the host can do (the desktop app implements these; the browser host and tests may not). */
export interface HostPorts {
  /** Opens a file with the system viewer; the name is what the person knows it by. */
  openFile?(path: string, displayName: string): Promise<void>;
  /** Tells the person at the desk, outside the app window, that callbacks are waiting. */
  remindCallbacks?(counts: { overdue: number; dueToday: number }): void;
  /** Response and acceptance limits about to pass (lifecycle/deadline-reminders.ts). */
  remindDeadlines?(reminder: { response: number; acceptance: number; minutes: number }): void;
  /** Lets the person pick a folder (a USB stick, a network share); null when they cancel. */
  chooseFolder?(): Promise<string | null>;
  /** Turns rendered forms into PDFs and prints them (printing/print-service.ts). */
  print?: PrintPort;
}

/** Everything a core service needs, handed in rather than reached for, so tests can build one on a temp folder. */
export interface CoreContext {
  db: Db;
  dataDir: string;
  deskId: string;
  clock: HybridClock;
  now: () => number;
  /** The person at the desk, picked from the list; their id goes on every change. */
  session: { userId: string | null };
  ports?: HostPorts;
  /** The thread long channels run on (exports, imports); without one they run inline. */
  tasks?: TaskRunner;
  /** Closing and opening the book around work on its files (a restore); only a core opened from a data folder has it. */
  book?: BookControl;
  /** Set while the book on disk is damaged: the app shows the recovery screen and refuses everything else. */
  recovery?: RecoveryState;
  /**
   * Set when the book on disk was upgraded on its own thread at start (upgrade/start-core.ts). Until it is `done`
   * an empty book in memory stands in for it: the app shows the upgrade screen and refuses everything else.
   */
  upgrade?: UpgradeStatus;
}

/** The book on disk is still being upgraded, or its upgrade failed: the core holds an empty stand-in. */
export function awaitingUpgrade(ctx: CoreContext): boolean {
  return ctx.upgrade !== undefined && ctx.upgrade.state !== 'done';
}

export interface BookControl {
  /** Closes the book and the task thread's connection, runs `work` on the closed files, then opens the book again, whatever `work` did. */
  whileClosed<T>(work: () => T): Promise<T>;
  /** The core as it is now (after a restore, with the book opened again). */
  current(): CoreContext;
}

export function writerFor(ctx: CoreContext): Writer {
  if (!ctx.session.userId) throw new DomainError('NO_USER', 'Choose who is at the desk before changing anything');
  return { deskId: ctx.deskId, userId: ctx.session.userId, clock: ctx.clock };
}
