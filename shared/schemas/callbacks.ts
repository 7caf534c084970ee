/** Callbacks (回访): the queue, attempts, outcomes and monthly quotas. */
import { z } from 'zod';
import { CALLBACK_ATTEMPT_RESULTS, CALLBACK_METHODS, CALLBACK_STATUSES, ROLES, SATISFACTION_LEVELS } from '../domain';
import { epochMs, id, optionalText, requestId } from './common';

export const callbackAttemptSchema = z.object({
  id,
  result: z.enum(CALLBACK_ATTEMPT_RESULTS),
  note: z.string(),
  callAgainAt: epochMs.nullable(),
  at: epochMs,
  userName: z.string(),
});

export const callbackSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  complainantName: z.string(),
  phone: z.string(),
  buildingRoom: z.string(),
  nature: z.string(),
  round: z.number().int(),
  dueAt: epochMs,
  method: z.enum(CALLBACK_METHODS),
  assigneeId: z.string().nullable(),
  assigneeName: z.string(),
  status: z.enum(CALLBACK_STATUSES),
  satisfaction: z.enum(SATISFACTION_LEVELS).nullable(),
  solved: z.boolean().nullable(),
  customerWords: z.string(),
  completedAt: epochMs.nullable(),
  completedByName: z.string(),
  attempts: z.array(callbackAttemptSchema),
  /** The way the office's rules insist this callback is made (a major complaint's home visit), or null for any. */
  requiredMethod: z.enum(CALLBACK_METHODS).nullable(),
  /** overdue, due today, or upcoming, as of the time it was read. */
  urgency: z.enum(['overdue', 'due_today', 'upcoming', 'done']),
});
export type Callback = z.output<typeof callbackSchema>;

export const callbackQueueQuerySchema = z.object({
  assigneeId: id.optional(),
  method: z.enum(CALLBACK_METHODS).optional(),
  includeDone: z.boolean().default(false),
});

export const recordCallbackSchema = z.object({
  callbackId: id,
  requestId,
  method: z.enum(CALLBACK_METHODS, { message: 'errors.required' }),
  satisfaction: z.enum(SATISFACTION_LEVELS, { message: 'errors.required' }),
  solved: z.boolean({ message: 'errors.required' }),
  customerWords: optionalText(4000),
  /** For an unsatisfied customer: when the rectification must be done (default: the rules). */
  rectificationDueAt: epochMs.optional(),
  /** When the callback was made, if not now (never in the future, never before the case was resolved). */
  doneAt: epochMs.optional(),
});

export const callbackAttemptInputSchema = z.object({
  callbackId: id,
  result: z.enum(CALLBACK_ATTEMPT_RESULTS, { message: 'errors.required' }),
  note: optionalText(1000),
  callAgainAt: epochMs.nullable().default(null),
  /** When the attempt was made, if not now. */
  doneAt: epochMs.optional(),
});

export const quotaRowSchema = z.object({
  userId: id,
  name: z.string(),
  role: z.enum(ROLES),
  done: z.number().int(),
  quota: z.number().int(),
});
export type QuotaRow = z.output<typeof quotaRowSchema>;
