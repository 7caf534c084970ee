/**
 * The IPC contract: every channel the renderer may call, with a schema for
 * its input and its output. The preload builds `window.api` from it, the
 * main process and the browser host register their handlers from it, and
 * input is validated against it before any core code runs.
 *
 * Schema messages are i18n keys (`errors.*`) so field errors reach the
 * person in the UI language.
 */
import { z } from 'zod';
import { CATEGORIES, CHANNELS, MAX_CONTENT_LENGTH, NATURES, SORTABLE_CASE_COLUMNS, STATUSES } from './domain';

const required = 'errors.required';
const tooLong = 'errors.tooLong';

const requiredText = (max: number) => z.string().trim().min(1, required).max(max, tooLong);
const optionalText = (max: number) => z.string().trim().max(max, tooLong).default('');
const id = z.string().min(1).max(64);
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);
const empty = z.object({}).strict();

/** Desk code: one to four capital letters or digits, e.g. `A` or `B2`; it prefixes every case number. */
export const deskCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,4}$/, 'errors.deskCode');

export const personNameSchema = requiredText(40);

/** Digits with the separators people type: spaces, dashes, brackets, a leading plus, 转 for an extension. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, tooLong)
  .regex(/^[0-9+\-()\s转]*$/, 'errors.phone')
  .default('');

export const caseInputSchema = z.object({
  channel: z.enum(CHANNELS, { message: required }),
  complainantName: requiredText(60),
  phone: phoneSchema,
  buildingRoom: optionalText(60),
  site: optionalText(60),
  receivedAt: epochMs,
  content: requiredText(MAX_CONTENT_LENGTH),
  category: z.enum(CATEGORIES, { message: required }),
  nature: z.enum(NATURES, { message: required }),
});
export type CaseInput = z.output<typeof caseInputSchema>;

export const userSchema = z.object({ id, name: z.string() });
export type User = z.output<typeof userSchema>;

export const caseSummarySchema = z.object({
  id,
  number: z.string(),
  channel: z.enum(CHANNELS),
  complainantName: z.string(),
  phone: z.string(),
  buildingRoom: z.string(),
  site: z.string(),
  receivedAt: epochMs,
  category: z.enum(CATEGORIES),
  nature: z.enum(NATURES),
  status: z.enum(STATUSES),
  contentPreview: z.string(),
});
export type CaseSummary = z.output<typeof caseSummarySchema>;

export const caseDetailSchema = caseSummarySchema.omit({ contentPreview: true }).extend({
  content: z.string(),
  deskCode: z.string(),
  createdAt: epochMs,
  createdBy: z.string(),
  updatedAt: epochMs,
});
export type CaseDetail = z.output<typeof caseDetailSchema>;

export const caseListQuerySchema = z.object({
  text: z.string().trim().max(100, tooLong).default(''),
  statuses: z.array(z.enum(STATUSES)).max(STATUSES.length).default([]),
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).default([]),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  receivedFrom: epochMs.optional(),
  receivedTo: epochMs.optional(),
  sort: z
    .object({ column: z.enum(SORTABLE_CASE_COLUMNS), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'receivedAt', direction: 'desc' }),
  offset: z.number().int().min(0).max(100_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export const caseListPageSchema = z.object({ rows: z.array(caseSummarySchema), total: z.number().int() });
export type CaseListPage = z.output<typeof caseListPageSchema>;

export const changeEntrySchema = z.object({
  id: z.string(),
  hlc: z.string(),
  entity: z.string(),
  entityId: id,
  field: z.string(),
  value: z.unknown(),
  at: epochMs,
  deskCode: z.string(),
  userName: z.string(),
});
export type ChangeEntry = z.output<typeof changeEntrySchema>;

export const setupStatusSchema = z.object({
  setupDone: z.boolean(),
  orgName: z.string(),
  deskCode: z.string(),
});
export type SetupStatus = z.output<typeof setupStatusSchema>;

export const setupInputSchema = z.object({
  orgName: requiredText(80),
  deskCode: deskCodeSchema,
  firstUserName: personNameSchema,
});
export type SetupInput = z.output<typeof setupInputSchema>;

export const contract = {
  'setup.status': { input: empty, output: setupStatusSchema },
  'setup.complete': { input: setupInputSchema, output: userSchema },
  'users.list': { input: empty, output: z.array(userSchema) },
  'users.add': { input: z.object({ name: personNameSchema }), output: userSchema },
  'session.get': { input: empty, output: z.object({ user: userSchema.nullable() }) },
  'session.selectUser': { input: z.object({ userId: id }), output: userSchema },
  'cases.register': { input: caseInputSchema, output: caseDetailSchema },
  'cases.list': { input: caseListQuerySchema, output: caseListPageSchema },
  'cases.get': { input: z.object({ id }), output: caseDetailSchema },
  'cases.history': { input: z.object({ id }), output: z.array(changeEntrySchema) },
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** What the caller passes (defaults may be left out). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives once the input has been parsed. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
