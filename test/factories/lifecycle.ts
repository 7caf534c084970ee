/** Moving test cases through their life with the real core. */
import { randomUUID } from 'node:crypto';
import type { Transition } from '../../shared/schemas/lifecycle';
import { transitionSchema } from '../../shared/schemas/lifecycle';
import type { Core } from '../../electron/core/open-core';
import { transitionCase } from '../../electron/core/lifecycle/transition-case';

/** Applies a transition given in its short form; schema defaults fill the rest, as over IPC. */
export function move(core: Core, caseId: string, transition: Record<string, unknown> & { action: Transition['action'] }) {
  return transitionCase(core, { caseId, requestId: randomUUID(), transition: transitionSchema.parse(transition) });
}
