/**
 * Domain vocabulary shared by the core and the UI. Stored values are stable
 * English codes; what a person sees comes from the i18n catalogue.
 */

/**
 * How the complaint reached the desk (seeds 000, 001, 002, 004); `hotline_12345` is one passed on by
 * the government service hotline (12345 政务服务热线).
 */
export const CHANNELS = ['phone', 'visit', 'letter', 'email', 'online', 'hotline_12345', 'on_site', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The union of the categories named by the seed procedures. The lifecycle
 * issue turns this into an editable list in the settings; until then these
 * codes are the list.
 */
export const CATEGORIES = [
  'service_quality',
  'product_quality',
  'property_management',
  'equipment',
  'service_attitude',
  'business_handling',
  'facilities',
  'environment_hygiene',
  'sudden_incident',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** 性质: valid 有效, invalid 无效, major 重大, or not judged yet. */
export const NATURES = ['unjudged', 'valid', 'invalid', 'major'] as const;
export type Nature = (typeof NATURES)[number];

/**
 * Case states (lifecycle/transitions.ts has the moves between them).
 * `awaiting_manager`: the desk could not judge the nature; the manager does.
 */
export const STATUSES = [
  'registered',
  'awaiting_manager',
  'judged',
  'dispatched',
  'in_progress',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof STATUSES)[number];

export const SORTABLE_CASE_COLUMNS = ['receivedAt', 'number', 'status', 'category', 'channel', 'complainantName'] as const;
export type SortableCaseColumn = (typeof SORTABLE_CASE_COLUMNS)[number];

/** Longest complaint text a form accepts: a long letter fits, a pasted book does not. */
export const MAX_CONTENT_LENGTH = 20_000;

/** 沟通性投诉 sub-types, recorded beside the nature (seed 001). */
export const COMMUNICATIVE_TYPES = ['', 'help_seeking', 'consultation', 'venting'] as const;
export type CommunicativeType = (typeof COMMUNICATIVE_TYPES)[number];

/** What a person at the office does; escalation and quotas go by role. */
/**
 * 客户代表 customer_rep: callbacks and satisfaction surveys (seed 003); 应急小组总协调员
 * emergency_coordinator: sets and signs contractors' fines and starts emergency repair (seed 003).
 */
export const ROLES = ['receptionist', 'representative', 'customer_rep', 'assistant', 'manager', 'emergency_coordinator', 'general_manager'] as const;
export type Role = (typeof ROLES)[number];

/**
 * On the working clock, minutes and hours count working time only and working days land at the same
 * time of day; on the elapsed clock every minute counts, day and night, and a day is 24 hours.
 */
export const DEADLINE_UNITS = ['minutes', 'hours', 'working_days'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** What a deadline rule counts: the site's working time, or elapsed time (a lobby's 15 minutes, 003's four hours). */
export const DEADLINE_CLOCKS = ['working', 'elapsed'] as const;
export type DeadlineClock = (typeof DEADLINE_CLOCKS)[number];

/** The time limits that are watched, each with its own due time on the case. */
export const WATCHED_DEADLINES = ['response', 'acceptance', 'resolution'] as const;
export type WatchedDeadline = (typeof WATCHED_DEADLINES)[number];

export const FOLLOWUP_KINDS = [
  'contact',
  'handling',
  'progress_told',
  'internal_note',
  'remedy',
  'result_feedback',
] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];

/** 补救/补偿 (seed 000): replace, refund, free service, voucher, other. */
export const REMEDY_KINDS = ['', 'replace', 'refund', 'free_service', 'voucher', 'other'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** 责任追究 (seed 004). */
export const ACCOUNTABILITY_LEVELS = ['', 'person', 'department_process', 'management'] as const;
export type AccountabilityLevel = (typeof ACCOUNTABILITY_LEVELS)[number];
export const ACCOUNTABILITY_MEASURES = ['', 'criticism', 'performance_deduction', 'reassignment', 'dismissal'] as const;
export type AccountabilityMeasure = (typeof ACCOUNTABILITY_MEASURES)[number];

/** A group complaint (群诉) is answered by one meeting or a public notice (seed 001). */
export const GROUP_RESOLUTION_KINDS = ['', 'meeting', 'public_notice'] as const;
export type GroupResolutionKind = (typeof GROUP_RESOLUTION_KINDS)[number];

/** Attachments larger than this are refused with a clear message (a setting may lower it). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The four satisfaction levels of every seed's callback (回访). */
export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

/** How a callback is made; major complaints need a home visit (seed 002). */
export const CALLBACK_METHODS = ['phone', 'home_visit', 'email', 'other'] as const;
export type CallbackMethod = (typeof CALLBACK_METHODS)[number];

/** `waived`: a manager closed the case without it (see CALLBACK_EXCEPTIONS). */
export const CALLBACK_STATUSES = ['pending', 'done', 'waived'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** An attempt that did not reach the customer. */
export const CALLBACK_ATTEMPT_RESULTS = ['no_answer', 'call_again', 'wrong_number', 'refused'] as const;
export type CallbackAttemptResult = (typeof CALLBACK_ATTEMPT_RESULTS)[number];

/** Why a manager closed a case without a completed callback. */
export const CALLBACK_EXCEPTIONS = ['', 'unreachable', 'refused'] as const;
export type CallbackException = (typeof CALLBACK_EXCEPTIONS)[number];

/** What a verification (跟踪验证) found: '' before any; `failed` sends the case back to its department. */
export const VERIFICATION_RESULTS = ['', 'passed', 'failed'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

/** A special team's members: people and departments. */
export const TEAM_MEMBER_KINDS = ['person', 'department'] as const;
export type TeamMemberKind = (typeof TEAM_MEMBER_KINDS)[number];

/**
 * A rectification notice's (工程整改通知单, seed 003) life: issued → signed for by the contractor → on
 * site → completed → accepted (验收) or rejected (back on site to do it again) → returned (回单) with the
 * contractor's reply.
 */
export const NOTICE_STATUSES = ['issued', 'signed', 'on_site', 'completed', 'accepted', 'rejected', 'returned'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Seed 003's five conditions for fining a contractor, any one or more of them. */
export const FINE_CONDITIONS = ['refused_notice', 'not_on_site', 'not_repaired_in_time', 'repair_failed', 'not_returned'] as const;
export type FineCondition = (typeof FINE_CONDITIONS)[number];

/** A fine slip (罚款单): proposed by a complaint representative, approved (or changed) by the coordinator, sent; cancelled only with a reason. */
export const FINE_STATUSES = ['proposed', 'approved', 'sent', 'cancelled'] as const;
export type FineStatus = (typeof FINE_STATUSES)[number];

/** A claim (索赔): open until decided (accepted at an amount, or rejected with a reason), then paid. */
export const CLAIM_STATUSES = ['open', 'accepted', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
