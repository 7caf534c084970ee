/** How one case value reads: codes translated, instants as dates, people and departments by name. */
import type { TFunction } from 'i18next';
import type { User } from '../../../../shared/contract';
import {
  ACCOUNTABILITY_LEVELS,
  ACCOUNTABILITY_MEASURES,
  CALLBACK_EXCEPTIONS,
  CHANNELS,
  COMMUNICATIVE_TYPES,
  NATURES,
  STATUSES,
} from '../../../../shared/domain';
import type { EnumLabels } from '../../i18n/use-enum-labels';

const INSTANT_FIELDS = new Set([
  'receivedAt',
  'createdAt',
  'updatedAt',
  'judgedAt',
  'dispatchedAt',
  'responseDueAt',
  'firstContactAt',
  'dueAt',
  'pausedAt',
  'planDueAt',
  'resolvedAt',
  'closedAt',
]);
const PERSON_FIELDS = new Set(['createdBy', 'assigneeId', 'escalatedTo']);
const DEPARTMENT_FIELDS = new Set(['departmentId', 'planDepartmentId']);
const DEADLINE_STATES = ['none', 'ok', 'due_soon', 'overdue', 'paused'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export interface ValueContext {
  t: TFunction;
  labels: EnumLabels;
  categoryLabel: (code: string) => string;
  departmentName: (id: string) => string | undefined;
  formatDateTime: (ms: number) => string;
  users: readonly User[];
}

function enumLabel(field: string, value: unknown, ctx: ValueContext): string | undefined {
  const { t, labels } = ctx;
  if (field === 'channel' && isOneOf(CHANNELS, value)) return labels.channel(value);
  if (field === 'nature' && isOneOf(NATURES, value)) return labels.nature(value);
  if (field === 'status' && isOneOf(STATUSES, value)) return labels.status(value);
  if (field === 'category' && typeof value === 'string') return ctx.categoryLabel(value);
  if (field === 'communicativeType' && isOneOf(COMMUNICATIVE_TYPES, value) && value) return t(`communicativeType.${value}`);
  if (field === 'accountabilityLevel' && isOneOf(ACCOUNTABILITY_LEVELS, value) && value) return t(`accountabilityLevel.${value}`);
  if (field === 'accountabilityMeasure' && isOneOf(ACCOUNTABILITY_MEASURES, value) && value) {
    return t(`accountabilityMeasure.${value}`);
  }
  if (field === 'callbackException' && isOneOf(CALLBACK_EXCEPTIONS, value) && value) return t(`callbackException.${value}`);
  if (field === 'deadlineState' && isOneOf(DEADLINE_STATES, value)) return t(`deadlineState.${value}`);
  return undefined;
}

export function formatCaseValue(field: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === '') return ctx.t('common.empty');
  const label = enumLabel(field, value, ctx);
  if (label !== undefined) return label;
  if (INSTANT_FIELDS.has(field) && typeof value === 'number') return ctx.formatDateTime(value);
  if (PERSON_FIELDS.has(field) && typeof value === 'string') return ctx.users.find((u) => u.id === value)?.name ?? value;
  if (DEPARTMENT_FIELDS.has(field) && typeof value === 'string') return ctx.departmentName(value) ?? value;
  if (typeof value === 'boolean' || field === 'referredToCompany') return ctx.t(value ? 'boolean.yes' : 'boolean.no');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
