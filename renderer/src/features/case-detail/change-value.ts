/**
 * How one case value reads, from the vocabulary's kind of the field: codes
 * in words (the office's own category names first), instants as dates,
 * people and departments by name, flags as yes or no.
 */
import type { TFunction } from 'i18next';
import type { User } from '../../../../shared/contract';
import { DEADLINE_STATES } from '../../../../shared/schemas/cases';
import { caseFieldRow, isCaseFieldName } from '../../../../shared/vocabulary/case-fields';
import type { EnumLabels } from '../../i18n/use-enum-labels';
import { translateKey } from '../../i18n/translate-key';

export interface ValueContext {
  t: TFunction;
  labels: EnumLabels;
  categoryLabel: (code: string) => string;
  departmentName: (id: string) => string | undefined;
  formatDateTime: (ms: number) => string;
  users: readonly User[];
  /** Complaint numbers of the cases this one names (重复投诉于, 合并到), by id. */
  caseNumbers?: ReadonlyMap<string, string>;
}

const isDeadlineState = (value: unknown): value is (typeof DEADLINE_STATES)[number] =>
  typeof value === 'string' && (DEADLINE_STATES as readonly string[]).includes(value);

function byKind(field: string, value: unknown, ctx: ValueContext): string | undefined {
  if (!isCaseFieldName(field)) return undefined;
  const row = caseFieldRow(field);
  switch (row.kind) {
    case 'category':
      return typeof value === 'string' ? ctx.categoryLabel(value) : undefined;
    case 'code':
      return typeof value === 'string' && row.codes ? translateKey(ctx.t, `${row.codes}.${value}`, value) : undefined;
    case 'instant':
      return typeof value === 'number' ? ctx.formatDateTime(value) : undefined;
    case 'person':
      return typeof value === 'string' ? (ctx.users.find((u) => u.id === value)?.name ?? value) : undefined;
    case 'department':
      return typeof value === 'string' ? (ctx.departmentName(value) ?? value) : undefined;
    case 'flag':
      return ctx.t(value === true || value === 1 ? 'boolean.yes' : 'boolean.no');
    case 'caseRef':
      return typeof value === 'string' ? (ctx.caseNumbers?.get(value) ?? value) : undefined;
    default:
      return undefined;
  }
}

export function formatCaseValue(field: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === '') return ctx.t('common.empty');
  if ((field === 'deadlineState' || field === 'responseState' || field === 'acceptanceState') && isDeadlineState(value)) {
    return ctx.t(`deadlineState.${value}`);
  }
  // When the case last changed: the projection's own time, not a field.
  if (field === 'updatedAt' && typeof value === 'number') return ctx.formatDateTime(value);
  const word = byKind(field, value, ctx);
  if (word !== undefined) return word;
  if (typeof value === 'boolean') return ctx.t(value ? 'boolean.yes' : 'boolean.no');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
