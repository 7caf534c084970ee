/** Where each synced entity (other than the case) is projected: one row per entity, one column per field. */
import { tableProjector, type Projector } from './table-projection';

export const entityProjectors = {
  user: tableProjector({
    table: 'users',
    fields: {
      name: 'name',
      createdAt: 'created_at',
      role: { column: 'role', default: 'receptionist' },
      departmentId: 'department_id',
      active: { column: 'active', default: 1 },
    },
    required: ['name', 'createdAt'],
  }),
  site: tableProjector({
    table: 'sites',
    fields: { name: 'name', sort: { column: 'sort', default: 0 }, active: { column: 'active', default: 1 } },
    required: ['name'],
  }),
  department: tableProjector({
    table: 'departments',
    fields: {
      name: 'name',
      headUserId: 'head_user_id',
      sort: { column: 'sort', default: 0 },
      active: { column: 'active', default: 1 },
    },
    required: ['name'],
  }),
  category: tableProjector({
    table: 'categories',
    fields: { name: { column: 'name', default: '' }, sort: { column: 'sort', default: 0 }, active: { column: 'active', default: 1 } },
    required: ['sort'],
  }),
  deadline_rule: tableProjector({
    table: 'deadline_rules',
    fields: {
      nature: 'nature',
      category: { column: 'category', default: '*' },
      responseAmount: 'response_amount',
      responseUnit: 'response_unit',
      resolutionAmount: 'resolution_amount',
      resolutionUnit: 'resolution_unit',
    },
    required: ['nature'],
  }),
  calendar_day: tableProjector({
    table: 'calendar_days',
    fields: { kind: 'kind', name: { column: 'name', default: '' } },
    required: ['kind'],
  }),
  setting: tableProjector({ table: 'settings', fields: { value: 'value' }, required: ['value'] }),
  case_event: tableProjector({
    table: 'case_events',
    fields: {
      caseId: 'case_id',
      action: 'action',
      fromStatus: 'from_status',
      toStatus: 'to_status',
      reason: { column: 'reason', default: '' },
      data: { column: 'data', default: '{}' },
      at: 'at',
      userId: 'user_id',
      requestId: 'request_id',
    },
    required: ['caseId', 'action', 'fromStatus', 'toStatus', 'at'],
  }),
  followup: tableProjector({
    table: 'followups',
    fields: {
      caseId: 'case_id',
      kind: 'kind',
      text: { column: 'text', default: '' },
      remedyKind: { column: 'remedy_kind', default: '' },
      amount: 'amount',
      customerConfirmed: 'customer_confirmed',
      amendsId: 'amends_id',
      at: 'at',
      userId: 'user_id',
    },
    required: ['caseId', 'kind', 'at'],
  }),
  attachment: tableProjector({
    table: 'attachments',
    fields: {
      caseId: 'case_id',
      followupId: 'followup_id',
      fileName: 'file_name',
      mime: 'mime',
      size: 'size',
      sha256: 'sha256',
      at: 'at',
      userId: 'user_id',
    },
    required: ['caseId', 'fileName', 'mime', 'size', 'sha256', 'at'],
  }),
  case_group: tableProjector({
    table: 'case_groups',
    fields: {
      title: 'title',
      resolutionKind: { column: 'resolution_kind', default: '' },
      resolutionText: { column: 'resolution_text', default: '' },
      resolvedAt: 'resolved_at',
      createdAt: 'created_at',
    },
    required: ['title', 'createdAt'],
  }),
} satisfies Record<string, Projector>;
