/** Organisation settings: sites, departments and staff, categories, deadline rules, the calendar. */
import { z } from 'zod';
import { CALLBACK_METHODS, DEADLINE_CLOCKS, DEADLINE_UNITS, NATURES, ROLES, SATISFACTION_LEVELS } from '../domain';
import { id, optionalLine, requiredLine } from './common';
import { PERMISSIONS } from '../rules/permissions';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.time');

/**
 * A site's own working week (a lobby open seven days, holidays too); null keeps the office's
 * (Monday to Friday, the settings' hours, public holidays and make-up days observed).
 */
export const siteWeekSchema = z
  .object({
    /** Weekdays worked: 0 Sunday … 6 Saturday. */
    days: z.array(z.number().int().min(0).max(6)).min(1, 'errors.noWorkDays').max(7),
    start: hhmm,
    end: hhmm,
    observesHolidays: z.boolean(),
  })
  .refine((week) => week.start < week.end, { message: 'errors.hoursReversed', path: ['end'] });
export type SiteWeek = z.output<typeof siteWeekSchema>;

export const siteSchema = z.object({ id, name: z.string(), sort: z.number(), active: z.boolean(), week: siteWeekSchema.nullable() });
export const departmentSchema = z.object({
  id,
  name: z.string(),
  headUserId: z.string().nullable(),
  sort: z.number(),
  active: z.boolean(),
});
/** Built-in categories have an empty name and are shown translated by code. */
export const categorySchema = z.object({ id, name: z.string(), sort: z.number(), active: z.boolean() });
export const staffSchema = z.object({
  id,
  name: z.string(),
  role: z.enum(ROLES),
  departmentId: z.string().nullable(),
  active: z.boolean(),
  /** How the person signs in: their own password, a one-time code not used yet, or not at all yet. */
  signIn: z.enum(['password', 'code', 'none']),
});
const duration = { amount: z.number().int().min(1).max(100_000), unit: z.enum(DEADLINE_UNITS) };
export const durationSchema = z.object(duration);
export const deadlineRuleSchema = z.object({
  id,
  nature: z.enum(NATURES),
  /** A category code, or `*` for every category. */
  category: z.string(),
  /** What the rule's times count: working time (the site's week and hours) or elapsed time, day and night. */
  clock: z.enum(DEADLINE_CLOCKS).default('working'),
  response: durationSchema.nullable(),
  /** From dispatch until the department accepts the case (接单). */
  acceptance: durationSchema.nullable().default(null),
  resolution: durationSchema.nullable(),
});

export const settingValuesSchema = z.object({
  /** Same unit and category within this many days warns of a duplicate and flags a repeat. */
  duplicateWindowDays: z.number().int().min(0).max(365),
  workStart: hhmm,
  workEnd: hhmm,
  /** A deadline this close counts as due soon. */
  dueSoonHours: z.number().int().min(1).max(240),
  /** A response (响应) or acceptance (接单) limit this many minutes away counts as due soon, and is reminded of. */
  reminderMinutes: z.number().int().min(1).max(720),
  maxAttachmentMb: z.number().int().min(1).max(20),
  /** Roles a major complaint is escalated to, in order (seeds 001, 002, 004). */
  majorEscalationChain: z.array(z.enum(ROLES)).max(4),
  /** The person who answers for each role of the chain (the manager the settings name); unnamed, the first active holder of the role. */
  escalationPeople: z.partialRecord(z.enum(ROLES), z.string().max(64)),
  /** An overdue case (handling, response or acceptance) escalates to its department head, or the manager, by itself. */
  escalateOverdue: z.boolean(),
  /** An escalation still open after this many hours goes one level up the chain by itself (manager, then general manager); 0: never. */
  nextEscalationHours: z.number().int().min(0).max(720),
  /** A major complaint goes up every level of the chain at once (seed 004: the lobby manager reports to the leadership at once). */
  majorEscalationAtOnce: z.boolean(),
  /** 跟踪验证 (seeds 001, 004): a resolved case waits for its result to be verified (an assistant; the manager for a major one) before the callback. */
  verifyResults: z.boolean(),
  callbackWorkingDays: z.number().int().min(1).max(60),
  /** A complaint resolved on the spot (当场解决) is called back like any other; off, it closes at once (seed 004 allows it). */
  onTheSpotCallback: z.boolean(),
  /** Callbacks each role must make a month (seed 001: manager 3, general manager 1). */
  callbackQuotas: z.partialRecord(z.enum(ROLES), z.number().int().min(0).max(1000)),
  /** Failed attempts after which a manager may close without a callback (customer unreachable). */
  unreachableAttempts: z.number().int().min(1).max(20),
  /** Attempts closer together than this count as one towards unreachable. */
  attemptGapMinutes: z.number().int().min(0).max(1440),
  /** How a major complaint must be called back ('' for any way; seed 002: a home visit). */
  majorCallbackMethod: z.enum(['', ...CALLBACK_METHODS]),
  /** Who calls back an ordinary and a major complaint: whoever registered it, or the first active holder of a role. */
  callbackBy: z.object({ ordinary: z.enum(['registrar', ...ROLES]), major: z.enum(['registrar', ...ROLES]) }),
  /** The levels the satisfaction rate counts as satisfied (default 非常满意 + 满意). */
  satisfiedLevels: z.array(z.enum(SATISFACTION_LEVELS)).min(1).max(4),
  /** A contractor must be on site this many hours (wall-clock) after a rectification notice is issued (seed 003: 4). */
  noticeOnSiteHours: z.number().int().min(1).max(240),
  /** A completed notice must come back signed (回单) within this many hours. */
  noticeReturnHours: z.number().int().min(1).max(720),
  /** The least a contractor's fine may be, in yuan (seed 003: not less than 5000). */
  minimumFineYuan: z.number().int().min(0).max(10_000_000),
  /** Who gets a copy of an approved fine (seed 003: cost control, the economic office, finance, contracts). */
  fineCopiesTo: z.array(z.string().trim().min(1).max(30)).max(12),
  /** A receipt time further back than this many days is saved only after the person confirms it. */
  receivedAtConfirmDays: z.number().int().min(1).max(3650),
  /** Minutes without a key or a click before the screen locks (seed 003: customer files kept safe). */
  idleLockMinutes: z.number().int().min(1).max(240),
  /** After five wrong passwords an account is locked for this many minutes. */
  lockMinutes: z.number().int().min(1).max(1440),
  /** Backups kept: the newest of each of this many days, weeks and months. */
  backupDaily: z.number().int().min(1).max(365),
  backupWeekly: z.number().int().min(0).max(104),
  backupMonthly: z.number().int().min(0).max(120),
});
export type SettingValues = z.output<typeof settingValuesSchema>;

export const orgSettingsSchema = z.object({
  orgName: z.string(),
  sites: z.array(siteSchema),
  departments: z.array(departmentSchema),
  categories: z.array(categorySchema),
  staff: z.array(staffSchema),
  deadlineRules: z.array(deadlineRuleSchema),
  values: settingValuesSchema,
  /** Which role holds which permission, as in force (the default with the office's changes). */
  rolePermissions: z.record(z.enum(ROLES), z.array(z.enum(PERMISSIONS))),
});
export type OrgSettings = z.output<typeof orgSettingsSchema>;
export type Site = z.output<typeof siteSchema>;
export type Department = z.output<typeof departmentSchema>;
export type Category = z.output<typeof categorySchema>;
export type Staff = z.output<typeof staffSchema>;
export type DeadlineRule = z.output<typeof deadlineRuleSchema>;

export const saveSiteSchema = z.object({
  id: id.optional(),
  name: requiredLine(60),
  sort: z.number().int().default(0),
  active: z.boolean().default(true),
  /** Left out, the site keeps the week it has; null goes back to the office's. */
  week: siteWeekSchema.nullable().optional(),
});
export const saveDepartmentSchema = z.object({
  id: id.optional(),
  name: requiredLine(60),
  headUserId: id.nullable().default(null),
  sort: z.number().int().default(0),
  active: z.boolean().default(true),
});
export const saveCategorySchema = z.object({ id: id.optional(), name: optionalLine(40), sort: z.number().int().default(0), active: z.boolean().default(true) });
export const saveDeadlineRuleSchema = deadlineRuleSchema.extend({ id: id.optional() });
export const updateStaffSchema = z.object({
  id,
  name: requiredLine(40).optional(),
  role: z.enum(ROLES).optional(),
  departmentId: id.nullable().optional(),
  active: z.boolean().optional(),
});

export const CALENDAR_DAY_KINDS = ['holiday', 'workday', 'normal'] as const;
export const calendarDaySchema = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
  source: z.enum(['official', 'local']),
});
export type CalendarDay = z.output<typeof calendarDaySchema>;
export const setCalendarDaySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date'),
  /** `normal`: an ordinary day again (weekend off, weekday on), whatever the official schedule says. */
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: optionalLine(30),
});
