/**
 * The case's fields, declared once. Everything else about a field is
 * derived from its row here: the contract's input and output schemas, the
 * projection's column map, the read side's SELECT (electron/core/cases/
 * case-select.ts), the forms' field lists, the print model and the export
 * columns. A test holds the migrated `cases` table to these columns.
 *
 * Adding a field: a migration adding its column, one row here, its words in
 * words.zh-CN.ts and words.en.ts, and (if a person types it) one form control.
 */
import { z } from 'zod';
import {
  ACCOUNTABILITY_LEVELS,
  ACCOUNTABILITY_MEASURES,
  CALLBACK_EXCEPTIONS,
  CHANNELS,
  COMMUNICATIVE_TYPES,
  MAX_CONTENT_LENGTH,
  NATURES,
  STATUSES,
  VERIFICATION_RESULTS,
} from '../domain';
import {
  EMAIL_LIMIT,
  PHONE_LIMIT,
  emailEntry,
  epochMs,
  optionalLine,
  phoneEntry,
  receivedAtEntry,
  required,
  requiredLine,
  requiredMultiLine,
} from './entry-schemas';
import type { CodeList } from './words';

/** What kind of value a field holds: how it is shown, compared and entered. */
export type CaseFieldKind =
  | 'caseNumber'
  | 'text'
  | 'longText'
  | 'phone'
  | 'email'
  | 'instant'
  | 'code'
  | 'category'
  | 'person'
  | 'department'
  | 'caseRef'
  | 'groupRef'
  | 'count'
  | 'flag';

export interface CaseFieldRow {
  /** Its column in the projected `cases` table. */
  column: string;
  kind: CaseFieldKind;
  /** The value as stored and read back (lenient: older records must still read). */
  value: z.ZodType;
  /** What a person may enter (limits, formats): registration and corrections are checked against it. */
  entry?: z.ZodType;
  /** For typed text: the most characters `entry` takes, which the form counts down while typing. */
  limit?: number;
  /** Comes with the registration: a case's row cannot exist without it. */
  createdWith?: boolean;
  /** The value a case has before the field is first set (older cases, a change still on its way). */
  default?: string | number | null;
  /** Typed at the desk when registering (登记). */
  intake?: boolean;
  /** May be corrected afterwards (修改), with a reason. */
  editable?: boolean;
  /** The search box looks in it. */
  searchable?: boolean;
  /** On the printed registration (the forms' 投诉登记 part). */
  printed?: boolean;
  /** A column of the CSV and of the workbook's case sheet. */
  exported?: boolean;
  /** In the list's rows (summaries), not only on the case page. */
  listed?: boolean;
  /** Which part of the case page shows it. */
  part: 'registration' | 'handling';
  /** For references: the read-only field that carries the referenced record's name or number. */
  names?: string;
  /** For codes: the list whose words name them. */
  codes?: CodeList;
}

const text = z.string();
const nullableId = z.string().nullable();
const instant = epochMs.nullable();

/** A registration field the desk types (登记), can correct later (修改), and prints, exports and lists. */
const TYPED_AT_DESK = {
  createdWith: true,
  intake: true,
  editable: true,
  printed: true,
  exported: true,
  listed: true,
  part: 'registration',
} as const;

export const CASE_FIELDS = {
  number: { column: 'number', kind: 'caseNumber', value: text, createdWith: true, searchable: true, printed: true, exported: true, listed: true, part: 'registration' },
  channel: {
    column: 'channel',
    kind: 'code',
    codes: 'channel',
    value: z.enum(CHANNELS),
    entry: z.enum(CHANNELS, { message: required }),
    ...TYPED_AT_DESK,
  },
  receivedAt: { column: 'received_at', kind: 'instant', value: epochMs, entry: receivedAtEntry, ...TYPED_AT_DESK },
  complainantName: {
    column: 'complainant_name',
    kind: 'text',
    value: text,
    entry: requiredLine(60),
    limit: 60,
    ...TYPED_AT_DESK,
    searchable: true,
  },
  phone: { column: 'phone', kind: 'phone', value: text, entry: phoneEntry, limit: PHONE_LIMIT, ...TYPED_AT_DESK, searchable: true },
  email: {
    column: 'email',
    kind: 'email',
    value: text,
    entry: emailEntry,
    limit: EMAIL_LIMIT,
    ...TYPED_AT_DESK,
    // Desks before version 9 registered cases without one.
    createdWith: false,
    default: '',
    searchable: true,
  },
  buildingRoom: {
    column: 'building_room',
    kind: 'text',
    value: text,
    entry: optionalLine(60),
    limit: 60,
    ...TYPED_AT_DESK,
    searchable: true,
  },
  site: { column: 'site', kind: 'text', value: text, entry: optionalLine(60), limit: 60, ...TYPED_AT_DESK },
  content: {
    column: 'content',
    kind: 'longText',
    value: text,
    entry: requiredMultiLine(MAX_CONTENT_LENGTH),
    limit: MAX_CONTENT_LENGTH,
    ...TYPED_AT_DESK,
    // Lists and exports carry its first lines (contentPreview), not the whole text.
    exported: false,
    listed: false,
    searchable: true,
  },
  category: {
    column: 'category',
    kind: 'category',
    codes: 'category',
    value: text,
    entry: z.string({ message: required }).trim().min(1, required).max(64),
    ...TYPED_AT_DESK,
  },
  nature: {
    column: 'nature',
    kind: 'code',
    codes: 'nature',
    value: z.enum(NATURES),
    entry: z.enum(NATURES, { message: required }),
    ...TYPED_AT_DESK,
    // Set right by judging (判定), which decides what happens next, not by a correction.
    editable: false,
  },
  status: { column: 'status', kind: 'code', codes: 'status', value: z.enum(STATUSES), createdWith: true, exported: true, listed: true, part: 'registration' },
  deskCode: { column: 'desk_code', kind: 'text', value: text, createdWith: true, printed: true, part: 'registration' },
  createdAt: { column: 'created_at', kind: 'instant', value: epochMs, createdWith: true, printed: true, part: 'registration' },
  createdBy: { column: 'created_by', kind: 'person', value: text, names: 'createdByName', createdWith: true, printed: true, part: 'registration' },

  voided: { column: 'voided', kind: 'flag', value: z.boolean(), default: 0, listed: true, part: 'handling' },
  mergedInto: { column: 'merged_into', kind: 'caseRef', value: nullableId, default: null, names: 'mergedIntoNumber', listed: true, part: 'handling' },
  communicativeType: {
    column: 'communicative_type',
    kind: 'code',
    codes: 'communicativeType',
    value: z.enum(COMMUNICATIVE_TYPES),
    default: '',
    part: 'handling',
  },
  judgedAt: { column: 'judged_at', kind: 'instant', value: instant, default: null, part: 'handling' },
  judgeNote: { column: 'judge_note', kind: 'longText', value: text, default: '', part: 'handling' },
  invalidExplanation: { column: 'invalid_explanation', kind: 'longText', value: text, default: '', part: 'handling' },
  departmentId: { column: 'department_id', kind: 'department', value: nullableId, default: null, names: 'departmentName', exported: true, listed: true, part: 'handling' },
  assigneeId: { column: 'assignee_id', kind: 'person', value: nullableId, default: null, names: 'assigneeName', part: 'handling' },
  dispatchedAt: { column: 'dispatched_at', kind: 'instant', value: instant, default: null, part: 'handling' },
  responseDueAt: { column: 'response_due_at', kind: 'instant', value: instant, default: null, listed: true, part: 'handling' },
  firstContactAt: { column: 'first_contact_at', kind: 'instant', value: instant, default: null, listed: true, part: 'handling' },
  // The response clock (响应) stops at the first move that takes the case up (lifecycle/response.ts).
  respondedAt: { column: 'responded_at', kind: 'instant', value: instant, default: null, listed: true, part: 'handling' },
  // By when the department must accept (接单) a dispatched case, from the rule's acceptance time.
  acceptanceDueAt: { column: 'acceptance_due_at', kind: 'instant', value: instant, default: null, listed: true, part: 'handling' },
  dueAt: { column: 'due_at', kind: 'instant', value: instant, default: null, exported: true, listed: true, part: 'handling' },
  pausedAt: { column: 'paused_at', kind: 'instant', value: instant, default: null, listed: true, part: 'handling' },
  escalationLevel: { column: 'escalation_level', kind: 'count', value: z.number().int(), default: 0, listed: true, part: 'handling' },
  escalatedTo: { column: 'escalated_to', kind: 'person', value: nullableId, default: null, names: 'escalatedToName', part: 'handling' },
  // When it was last escalated: an escalation nobody acts on goes one level up after the settings' time.
  escalatedAt: { column: 'escalated_at', kind: 'instant', value: instant, default: null, part: 'handling' },
  referredToCompany: { column: 'referred_to_company', kind: 'flag', value: z.boolean(), default: 0, listed: true, part: 'handling' },
  // The general manager's decision on a case referred to the company (seeds 002, 004).
  referralDecision: { column: 'referral_decision', kind: 'longText', value: text, default: '', part: 'handling' },
  referralInstructions: { column: 'referral_instructions', kind: 'longText', value: text, default: '', part: 'handling' },
  referralDecidedBy: { column: 'referral_decided_by', kind: 'person', value: nullableId, default: null, names: 'referralDecidedByName', part: 'handling' },
  referralDecidedAt: { column: 'referral_decided_at', kind: 'instant', value: instant, default: null, listed: true, part: 'handling' },
  planDepartmentId: {
    column: 'plan_department_id',
    kind: 'department',
    value: nullableId,
    default: null,
    names: 'planDepartmentName',
    part: 'handling',
  },
  // The special team's leader (专项小组组长); its members and measures are records of their own (team.ts).
  teamLeaderId: { column: 'team_leader_id', kind: 'person', value: nullableId, default: null, names: 'teamLeaderName', part: 'handling' },
  planPerson: { column: 'plan_person', kind: 'text', value: text, default: '', part: 'handling' },
  planDueAt: { column: 'plan_due_at', kind: 'instant', value: instant, default: null, part: 'handling' },
  planMeasures: { column: 'plan_measures', kind: 'longText', value: text, default: '', part: 'handling' },
  groupId: { column: 'group_id', kind: 'groupRef', value: nullableId, default: null, listed: true, part: 'handling' },
  repeatOf: { column: 'repeat_of', kind: 'caseRef', value: nullableId, default: null, names: 'repeatOfNumber', listed: true, part: 'handling' },
  resolvedAt: { column: 'resolved_at', kind: 'instant', value: instant, default: null, exported: true, part: 'handling' },
  resolutionSummary: { column: 'resolution_summary', kind: 'longText', value: text, default: '', part: 'handling' },
  // 跟踪验证 (seeds 001, 004): where the office verifies results, a resolved case waits for it before the callback.
  verificationPending: { column: 'verification_pending', kind: 'flag', value: z.boolean(), default: 0, listed: true, part: 'handling' },
  verificationResult: {
    column: 'verification_result',
    kind: 'code',
    codes: 'verificationResult',
    value: z.enum(VERIFICATION_RESULTS),
    default: '',
    part: 'handling',
  },
  verificationNote: { column: 'verification_note', kind: 'longText', value: text, default: '', part: 'handling' },
  verifiedBy: { column: 'verified_by', kind: 'person', value: nullableId, default: null, names: 'verifiedByName', part: 'handling' },
  verifiedAt: { column: 'verified_at', kind: 'instant', value: instant, default: null, part: 'handling' },
  closedAt: { column: 'closed_at', kind: 'instant', value: instant, default: null, exported: true, part: 'handling' },
  closeCause: { column: 'close_cause', kind: 'longText', value: text, default: '', part: 'handling' },
  closeLesson: { column: 'close_lesson', kind: 'longText', value: text, default: '', part: 'handling' },
  closeImprovement: { column: 'close_improvement', kind: 'longText', value: text, default: '', part: 'handling' },
  accountabilityLevel: {
    column: 'accountability_level',
    kind: 'code',
    codes: 'accountabilityLevel',
    value: z.enum(ACCOUNTABILITY_LEVELS),
    default: '',
    part: 'handling',
  },
  accountabilityPerson: { column: 'accountability_person', kind: 'text', value: text, default: '', part: 'handling' },
  accountabilityMeasure: {
    column: 'accountability_measure',
    kind: 'code',
    codes: 'accountabilityMeasure',
    value: z.enum(ACCOUNTABILITY_MEASURES),
    default: '',
    part: 'handling',
  },
  reopenCount: { column: 'reopen_count', kind: 'count', value: z.number().int(), default: 0, part: 'handling' },
  callbackException: {
    column: 'callback_exception',
    kind: 'code',
    codes: 'callbackException',
    value: z.enum(CALLBACK_EXCEPTIONS),
    default: '',
    part: 'handling',
  },
  callbackExceptionNote: { column: 'callback_exception_note', kind: 'longText', value: text, default: '', part: 'handling' },
} as const satisfies Record<string, CaseFieldRow>;

export type CaseFields = typeof CASE_FIELDS;
export type CaseFieldName = keyof CaseFields;
type FieldsWith<Flag extends string> = { [K in CaseFieldName]: CaseFields[K] extends Record<Flag, true> ? K : never }[CaseFieldName];

export type IntakeFieldName = FieldsWith<'intake'>;
export type EditableFieldName = FieldsWith<'editable'>;
export type ListedFieldName = FieldsWith<'listed'>;
export type NamedFieldName = { [K in CaseFieldName]: CaseFields[K] extends { names: string } ? K : never }[CaseFieldName];
export type NameFieldName = { [K in NamedFieldName]: CaseFields[K]['names'] }[NamedFieldName];

export const CASE_FIELD_NAMES = Object.keys(CASE_FIELDS) as CaseFieldName[];
const rowOf = (field: CaseFieldName): CaseFieldRow => CASE_FIELDS[field];

function fieldsWith<F extends CaseFieldName>(flag: keyof CaseFieldRow): F[] {
  return CASE_FIELD_NAMES.filter((field) => rowOf(field)[flag] === true) as F[];
}

/** In the order a front-desk conversation goes: how and when it came in, who, where, what, how it is classed. */
export const INTAKE_FIELDS = fieldsWith<IntakeFieldName>('intake');
export const EDITABLE_FIELDS = fieldsWith<EditableFieldName>('editable');
export const LISTED_FIELDS = fieldsWith<ListedFieldName>('listed');
export const SEARCHABLE_FIELDS = fieldsWith<FieldsWith<'searchable'>>('searchable');
export const PRINTED_FIELDS = fieldsWith<FieldsWith<'printed'>>('printed');
export const EXPORTED_FIELDS = fieldsWith<FieldsWith<'exported'>>('exported');
export const CREATED_WITH_FIELDS = fieldsWith<FieldsWith<'createdWith'>>('createdWith');
export const REGISTRATION_PART_FIELDS = CASE_FIELD_NAMES.filter((field) => rowOf(field).part === 'registration');
export const HANDLING_PART_FIELDS = CASE_FIELD_NAMES.filter((field) => rowOf(field).part === 'handling');

export function caseFieldRow(field: CaseFieldName): CaseFieldRow {
  return rowOf(field);
}

export function isCaseFieldName(name: string): name is CaseFieldName {
  return Object.prototype.hasOwnProperty.call(CASE_FIELDS, name);
}

export function isEditableField(name: string): name is EditableFieldName {
  return isCaseFieldName(name) && rowOf(name).editable === true;
}

/** The read-only fields references bring along: `departmentId` brings `departmentName`, and so on. */
export const NAME_FIELDS = CASE_FIELD_NAMES.flatMap((field) => {
  const names = rowOf(field).names;
  return names ? [{ field, names: names as NameFieldName }] : [];
});

type EntryShape = { [K in IntakeFieldName]: CaseFields[K]['entry'] };
/** What registering a complaint takes: every intake field's entry schema. */
export const intakeShape = Object.fromEntries(INTAKE_FIELDS.map((field) => [field, CASE_FIELDS[field].entry])) as EntryShape;

type ValueShape<F extends CaseFieldName> = { [K in F]: CaseFields[K]['value'] };
/** The name fields the given fields bring (distributes over the union). */
type NamesOf<F extends CaseFieldName> = F extends NamedFieldName ? CaseFields[F]['names'] : never;
type NameShape<F extends CaseFieldName> = { [K in NamesOf<F>]: z.ZodString };

/** The stored values of the given fields, as the read side returns them. */
export function valueShape<F extends CaseFieldName>(fields: readonly F[]): ValueShape<F> {
  return Object.fromEntries(fields.map((field) => [field, CASE_FIELDS[field].value])) as ValueShape<F>;
}

/** The names the given fields' references bring (`departmentName` ...), as strings ('' when none). */
export function nameShape<F extends CaseFieldName>(fields: readonly F[]): NameShape<F> {
  const wanted = new Set<CaseFieldName>(fields);
  return Object.fromEntries(NAME_FIELDS.filter((entry) => wanted.has(entry.field)).map((entry) => [entry.names, z.string()])) as NameShape<F>;
}

/** The schema a correction's value must pass: the field's entry schema. */
export function entrySchemaOf(field: EditableFieldName): z.ZodType {
  return CASE_FIELDS[field].entry;
}

type ExportedListed = FieldsWith<'exported'> & ListedFieldName;
/** A column of an export: the field itself, or for a reference the name it brings. */
type ExportColumnOf<F extends CaseFieldName> = F extends NamedFieldName ? CaseFields[F]['names'] : F;
/** Worked out when a case is read rather than stored. */
export const COMPUTED_EXPORT_COLUMNS = ['deadlineState', 'contentPreview'] as const;
export type ListExportColumn = ExportColumnOf<ExportedListed> | (typeof COMPUTED_EXPORT_COLUMNS)[number];

/** The CSV of a filtered list: every exported field a list row carries, references by name, then the computed columns. */
export const LIST_EXPORT_COLUMNS = [
  ...CASE_FIELD_NAMES.filter((field) => rowOf(field).exported && rowOf(field).listed).map((field) => rowOf(field).names ?? field),
  ...COMPUTED_EXPORT_COLUMNS,
] as unknown as [ListExportColumn, ...ListExportColumn[]];
