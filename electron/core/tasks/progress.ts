import type { TaskPhase } from '../../../shared/schemas/tasks';

/** Where a long piece of work says how far it has got; called often, so it must be cheap. */
export type ProgressSink = (phase: TaskPhase, done: number, total: number) => void;

export const ignoreProgress: ProgressSink = () => {};
