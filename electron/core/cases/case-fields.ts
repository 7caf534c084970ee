import type { ColumnSpec } from '../changes/table-projection';

/** The synced fields of a case, each one a column of the projected `cases` row. */
export const CASE_FIELD_COLUMNS = {
  number: 'number',
  deskCode: 'desk_code',
  channel: 'channel',
  complainantName: 'complainant_name',
  phone: 'phone',
  buildingRoom: 'building_room',
  site: 'site',
  receivedAt: 'received_at',
  content: 'content',
  category: 'category',
  nature: 'nature',
  status: 'status',
  createdAt: 'created_at',
  createdBy: 'created_by',
} as const;

/** Fields the lifecycle fills in later; a case without them takes the default. */
export const CASE_LIFECYCLE_COLUMNS: Record<string, ColumnSpec> = {
  communicativeType: { column: 'communicative_type', default: '' },
  judgedAt: { column: 'judged_at' },
  judgeNote: { column: 'judge_note', default: '' },
  invalidExplanation: { column: 'invalid_explanation', default: '' },
  departmentId: { column: 'department_id' },
  assigneeId: { column: 'assignee_id' },
  dispatchedAt: { column: 'dispatched_at' },
  responseDueAt: { column: 'response_due_at' },
  firstContactAt: { column: 'first_contact_at' },
  dueAt: { column: 'due_at' },
  pausedAt: { column: 'paused_at' },
  escalationLevel: { column: 'escalation_level', default: 0 },
  escalatedTo: { column: 'escalated_to' },
  referredToCompany: { column: 'referred_to_company', default: 0 },
  planDepartmentId: { column: 'plan_department_id' },
  planPerson: { column: 'plan_person', default: '' },
  planDueAt: { column: 'plan_due_at' },
  planMeasures: { column: 'plan_measures', default: '' },
  groupId: { column: 'group_id' },
  repeatOf: { column: 'repeat_of' },
  resolvedAt: { column: 'resolved_at' },
  resolutionSummary: { column: 'resolution_summary', default: '' },
  closedAt: { column: 'closed_at' },
  closeCause: { column: 'close_cause', default: '' },
  closeLesson: { column: 'close_lesson', default: '' },
  closeImprovement: { column: 'close_improvement', default: '' },
  accountabilityLevel: { column: 'accountability_level', default: '' },
  accountabilityPerson: { column: 'accountability_person', default: '' },
  accountabilityMeasure: { column: 'accountability_measure', default: '' },
  reopenCount: { column: 'reopen_count', default: 0 },
  callbackException: { column: 'callback_exception', default: '' },
  callbackExceptionNote: { column: 'callback_exception_note', default: '' },
};

export type CaseField = keyof typeof CASE_FIELD_COLUMNS;

/** The fields whose text the search box looks in. */
export const SEARCHABLE_CASE_FIELDS = ['number', 'complainantName', 'phone', 'buildingRoom', 'content'] as const;
