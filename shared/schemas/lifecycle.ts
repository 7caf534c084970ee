/** Moving a case through its life, and what is recorded along the way. */
import { z } from 'zod';
import {
  ACCOUNTABILITY_LEVELS,
  ACCOUNTABILITY_MEASURES,
  COMMUNICATIVE_TYPES,
  FOLLOWUP_KINDS,
  GROUP_RESOLUTION_KINDS,
  REMEDY_KINDS,
  TEAM_MEMBER_KINDS,
} from '../domain';
import { epochMs, id, optionalLine, optionalText, requestId, requiredLine, requiredText } from './common';

const note = optionalText(2000);

export const MAX_TEAM_PEOPLE = 30;
export const MAX_TEAM_DEPARTMENTS = 20;

/** The closing summary (总结) and accountability (责任追究, seed 004), given at close or afterwards. */
const closingSummary = {
  cause: optionalText(2000),
  lesson: optionalText(2000),
  improvement: optionalText(2000),
  accountabilityLevel: z.enum(ACCOUNTABILITY_LEVELS).default(''),
  accountabilityPerson: optionalLine(60),
  accountabilityMeasure: z.enum(ACCOUNTABILITY_MEASURES).default(''),
};

export const transitionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('judge'),
    nature: z.enum(['valid', 'invalid', 'major'], { message: 'errors.required' }),
    /** Judging may set the category right too; left out, it stays as registered. */
    category: z.string().trim().min(1, 'errors.required').max(64).optional(),
    communicativeType: z.enum(COMMUNICATIVE_TYPES).default(''),
    note,
    /** What the customer was told when the complaint is outside our responsibility (required for invalid). */
    explanation: optionalText(2000),
  }),
  z.object({ action: z.literal('refer_to_manager'), note }),
  z.object({
    action: z.literal('dispatch'),
    departmentId: id,
    assigneeId: id.nullable().default(null),
    /** Leave out to take the deadline from the rules. */
    dueAt: epochMs.optional(),
    note,
  }),
  z.object({ action: z.literal('accept'), note }),
  /** `doneAt`: when the work was finished, if not now (never in the future). */
  z.object({ action: z.literal('resolve'), summary: requiredText(4000), doneAt: epochMs.optional() }),
  /** 当场解决: judged (as registered, valid if not said) and resolved in one step, at the desk. */
  z.object({ action: z.literal('resolve_on_the_spot'), summary: requiredText(4000) }),
  z.object({
    action: z.literal('close'),
    /** Only a manager, only when the callback cannot be made (seed 001 wants 100% called back). */
    callbackException: z
      .object({ reason: z.enum(['unreachable', 'refused']), note: requiredText(1000) })
      .nullable()
      .default(null),
    ...closingSummary,
  }),
  z.object({
    action: z.literal('summarise'),
    ...closingSummary,
  }),
  z.object({ action: z.literal('reopen'), reason: requiredText(2000), dueAt: epochMs.optional() }),
  z.object({ action: z.literal('pause'), reason: requiredText(500) }),
  z.object({ action: z.literal('resume'), note }),
  z.object({ action: z.literal('escalate'), toUserId: id.nullable().default(null), reason: requiredText(2000) }),
  z.object({ action: z.literal('refer_to_company'), note: requiredText(2000) }),
  /** The general manager's decision on a case referred to the company (seeds 002, 004), with instructions for the site. */
  z.object({ action: z.literal('decide_referral'), decision: requiredText(2000), instructions: optionalText(4000) }),
  /** 跟踪验证: the result checked before the callback; `failed` sends the case back to its department, saying what is wrong. */
  z.object({ action: z.literal('verify'), result: z.enum(['passed', 'failed'], { message: 'errors.required' }), note }),
  /**
   * 成立专项小组 (seed 004): the department that answers for the plan, the team's leader and members
   * (people and departments), the plan and by when. Measures, each with its person and deadline, are
   * added to the team afterwards (team.addMeasure). Set up again, the team is replaced.
   */
  z.object({
    action: z.literal('plan'),
    departmentId: id,
    leaderId: id.optional(),
    memberIds: z.array(id).max(MAX_TEAM_PEOPLE).default([]),
    memberDepartmentIds: z.array(id).max(MAX_TEAM_DEPARTMENTS).default([]),
    /** Before the team had a leader it named a person in words; kept for the moves recorded then. */
    person: optionalLine(60),
    dueAt: epochMs,
    measures: requiredText(4000),
  }),
]);
export type Transition = z.output<typeof transitionSchema>;
export type TransitionAction = Transition['action'];

export const transitionInputSchema = z.object({ caseId: id, requestId, transition: transitionSchema });

export const caseEventSchema = z.object({
  id,
  action: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  reason: z.string(),
  data: z.record(z.string(), z.unknown()),
  at: epochMs,
  userName: z.string(),
});
export type CaseEvent = z.output<typeof caseEventSchema>;

export const followupInputSchema = z.object({
  caseId: id,
  kind: z.enum(FOLLOWUP_KINDS, { message: 'errors.required' }),
  text: requiredText(4000),
  remedyKind: z.enum(REMEDY_KINDS).default(''),
  amount: z.number().min(0).max(100_000_000).nullable().default(null),
  customerConfirmed: z.boolean().nullable().default(null),
  /** The entry this one corrects: the old one stays, marked as amended. */
  amendsId: id.nullable().default(null),
  at: epochMs.optional(),
});

export const attachmentSchema = z.object({
  id,
  caseId: id,
  followupId: z.string().nullable(),
  /** A rectification notice's photo of the problem (seed 003). */
  noticeId: z.string().nullable(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  at: epochMs,
  userName: z.string(),
});
export type Attachment = z.output<typeof attachmentSchema>;

export const followupSchema = z.object({
  id,
  caseId: id,
  kind: z.enum(FOLLOWUP_KINDS),
  text: z.string(),
  remedyKind: z.enum(REMEDY_KINDS),
  amount: z.number().nullable(),
  customerConfirmed: z.boolean().nullable(),
  amendsId: z.string().nullable(),
  amendedBy: z.string().nullable(),
  at: epochMs,
  userName: z.string(),
  attachments: z.array(attachmentSchema),
});
export type Followup = z.output<typeof followupSchema>;

export const addAttachmentSchema = z.object({
  caseId: id,
  followupId: id.nullable().default(null),
  noticeId: id.nullable().default(null),
  fileName: requiredLine(200),
  mime: z.string().max(100).default('application/octet-stream'),
  /** The file's bytes, base64: the renderer has no file system, so it sends what the person picked. */
  dataBase64: z.string().max(28_000_000, 'errors.fileTooLarge'),
});

export const attachmentContentSchema = z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() });

export const timelineSchema = z.object({
  events: z.array(caseEventSchema),
  followups: z.array(followupSchema),
  attachments: z.array(attachmentSchema),
});
export type Timeline = z.output<typeof timelineSchema>;

export const relatedQuerySchema = z.object({
  phone: z.string().trim().max(40).default(''),
  buildingRoom: z.string().trim().max(60).default(''),
  category: z.string().max(64).default(''),
  excludeCaseId: id.optional(),
});

/** What a step on a whole group did: the members it was taken on, and the ones it did not fit, with why. */
export const groupStepResultSchema = z.object({
  done: z.array(z.object({ caseId: id, number: z.string() })),
  skipped: z.array(z.object({ caseId: id, number: z.string(), reason: z.string() })),
});
export type GroupStepResult = z.output<typeof groupStepResultSchema>;

export const groupSchema = z.object({
  id,
  title: z.string(),
  resolutionKind: z.enum(GROUP_RESOLUTION_KINDS),
  resolutionText: z.string(),
  resolvedAt: epochMs.nullable(),
  createdAt: epochMs,
  caseIds: z.array(id),
});
export type CaseGroup = z.output<typeof groupSchema>;

export const QUEUES = [
  'to_judge',
  'overdue',
  'due_today',
  'my_department',
  'escalated_to_me',
  'response_overdue',
  'acceptance_overdue',
  'awaiting_decision',
  'to_verify',
  'notice_overdue',
] as const;
export type QueueName = (typeof QUEUES)[number];

/** The names `queues.counts` also answers under (issue 19's interface), for the watched clocks and the company's decisions. */
export const QUEUE_COUNT_ALIASES = {
  responseOverdue: 'response_overdue',
  acceptanceOverdue: 'acceptance_overdue',
  awaitingDecision: 'awaiting_decision',
} as const satisfies Record<string, QueueName>;

/** One kind of time limit on the home screen: how many of the person's cases are near it, and past it. */
export const clockCountSchema = z.object({ dueSoon: z.number().int(), overdue: z.number().int() });
export const CLOCK_KINDS = ['response', 'acceptance', 'resolution', 'callback'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export const queueCountsSchema = z.object({
  /** Due soon and overdue per kind of limit (响应, 接单, 处理, 回访). */
  clocks: z.object(Object.fromEntries(CLOCK_KINDS.map((kind) => [kind, clockCountSchema])) as Record<ClockKind, typeof clockCountSchema>),
  ...(Object.fromEntries(QUEUES.map((q) => [q, z.number().int()])) as Record<QueueName, z.ZodNumber>),
  ...(Object.fromEntries(Object.keys(QUEUE_COUNT_ALIASES).map((alias) => [alias, z.number().int()])) as Record<
    keyof typeof QUEUE_COUNT_ALIASES,
    z.ZodNumber
  >),
});
export type QueueCounts = z.output<typeof queueCountsSchema>;

/** A special team's member as shown: a person or a department, by name. */
export const teamMemberSchema = z.object({ kind: z.enum(TEAM_MEMBER_KINDS), id, name: z.string() });

/** A measure of the team's plan (整改措施): who answers for it, by when, and when it was done. */
export const measureSchema = z.object({
  id,
  caseId: id,
  text: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string(),
  dueAt: epochMs.nullable(),
  doneAt: epochMs.nullable(),
  doneNote: z.string(),
  doneByName: z.string(),
  /** open, due soon, overdue, or done (on time or late, doneAt against dueAt says which). */
  state: z.enum(['open', 'due_soon', 'overdue', 'done']),
  at: epochMs,
  userName: z.string(),
});
export type Measure = z.output<typeof measureSchema>;

export const teamSchema = z.object({
  leaderId: z.string().nullable(),
  leaderName: z.string(),
  members: z.array(teamMemberSchema),
  measures: z.array(measureSchema),
});
export type Team = z.output<typeof teamSchema>;

export const addMeasureSchema = z.object({
  caseId: id,
  text: requiredText(1000),
  ownerId: id,
  dueAt: epochMs,
});

export const completeMeasureSchema = z.object({
  measureId: id,
  note: optionalText(2000),
  /** When it was done, if not now (never in the future). */
  doneAt: epochMs.optional(),
});
