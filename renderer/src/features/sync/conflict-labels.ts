/** How a conflict reads: the field's translated label, and each candidate value as a person would see it. */
import type { TFunction } from 'i18next';
import { translateKey } from '../../i18n/translate-key';
import { formatCaseValue, type ValueContext } from '../case-detail/change-value';

export function conflictFieldLabel(t: TFunction, entity: string, field: string): string {
  if (entity === 'case') return translateKey(t, `fields.${field}`, field);
  const entityLabel = translateKey(t, `sync.conflicts.entity.${entity}`, entity);
  const fieldLabel = translateKey(t, `sync.conflicts.field.${field}`, '') || translateKey(t, `fields.${field}`, field);
  return t('sync.conflicts.entityField', { entity: entityLabel, field: fieldLabel });
}

export function conflictValue(entity: string, field: string, value: unknown, ctx: ValueContext): string {
  if (entity === 'case') return formatCaseValue(field, value, ctx);
  if (value === null || value === undefined || value === '') return ctx.t('common.empty');
  if (typeof value === 'boolean') return ctx.t(value ? 'boolean.yes' : 'boolean.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Short enough for a button's accessible name. */
export function shortValue(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
