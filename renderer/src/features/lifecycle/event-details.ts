/** What a recorded move carried (department, person, deadline, reasons), as labelled lines in the UI language. */
import type { TFunction } from 'i18next';
import {
  ACCOUNTABILITY_LEVELS,
  ACCOUNTABILITY_MEASURES,
  CALLBACK_EXCEPTIONS,
  CALLBACK_METHODS,
  COMMUNICATIVE_TYPES,
  NATURES,
  SATISFACTION_LEVELS,
  VERIFICATION_RESULTS,
} from '../../../../shared/domain';
import type { CaseEvent } from '../../../../shared/schemas/lifecycle';
import { translateKey } from '../../i18n/translate-key';

export interface DetailLine {
  label: string;
  value: string;
  /** Free text, shown on its own lines. */
  long: boolean;
}

export interface EventLookups {
  t: TFunction;
  /** A case field's value in words (for a correction's old → new). */
  caseValue: (field: string, value: unknown) => string;
  formatDateTime: (ms: number) => string;
  personName: (id: string) => string;
  departmentName: (id: string) => string;
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is Exclude<T, ''> =>
  typeof value === 'string' && value !== '' && (list as readonly string[]).includes(value);

const LONG = new Set(['note', 'explanation', 'summary', 'reason', 'measures', 'cause', 'lesson', 'improvement', 'customerWords', 'decision', 'instructions']);

/** The order lines appear in, whatever order the data was stored in. */
const ORDER = [
  'nature',
  'communicativeType',
  'departmentId',
  'assigneeId',
  'toUserId',
  'leaderId',
  'memberIds',
  'memberDepartmentIds',
  'person',
  'dueAt',
  'doneAt',
  'round',
  'method',
  'satisfaction',
  'solved',
  'callbackException',
  'result',
  'explanation',
  'reason',
  'summary',
  'measures',
  'cause',
  'lesson',
  'improvement',
  'accountabilityLevel',
  'accountabilityPerson',
  'accountabilityMeasure',
  'decision',
  'instructions',
  'note',
] as const;

function labelFor(action: string, key: string, t: TFunction): string {
  if (key === 'dueAt') return t(action === 'plan' ? 'lifecycle.field.planDueAt' : action === 'reopen' ? 'lifecycle.field.reopenDueAt' : 'lifecycle.field.dueAt');
  if (key === 'reason') {
    if (action === 'pause') return t('lifecycle.field.pauseReason');
    if (action === 'reopen') return t('lifecycle.field.reopenReason');
    if (action === 'escalate') return t('lifecycle.field.escalateReason');
    return t('lifecycle.field.reason');
  }
  if (key === 'note' && action === 'refer_to_company') return t('lifecycle.field.companyNote');
  if (key === 'decision') return t('lifecycle.field.referralDecision');
  if (key === 'instructions') return t('lifecycle.field.referralInstructions');
  return translateKey(t, `lifecycle.field.${key}`, key);
}

function valueFor(key: string, value: unknown, { t, formatDateTime, personName, departmentName }: EventLookups): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (key) {
    case 'nature':
      return isOneOf(NATURES, value) ? t(`nature.${value}`) : String(value);
    case 'communicativeType':
      return isOneOf(COMMUNICATIVE_TYPES, value) ? t(`communicativeType.${value}`) : null;
    case 'departmentId':
      return typeof value === 'string' ? departmentName(value) : null;
    case 'assigneeId':
    case 'toUserId':
    case 'leaderId':
      return typeof value === 'string' ? personName(value) : null;
    case 'memberIds':
    case 'memberDepartmentIds': {
      const names = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map(key === 'memberIds' ? personName : departmentName) : [];
      return names.length ? names.join('、') : null;
    }
    case 'dueAt':
    case 'doneAt':
      return typeof value === 'number' ? formatDateTime(value) : null;
    case 'method':
      return isOneOf(CALLBACK_METHODS, value) ? t(`lifecycle.method.${value}`) : String(value);
    case 'satisfaction':
      return isOneOf(SATISFACTION_LEVELS, value) ? t(`lifecycle.satisfaction.${value}`) : String(value);
    case 'accountabilityLevel':
      return isOneOf(ACCOUNTABILITY_LEVELS, value) ? t(`accountabilityLevel.${value}`) : null;
    case 'result':
      return isOneOf(VERIFICATION_RESULTS, value) ? t(`verificationResult.${value}`) : null;
    case 'accountabilityMeasure':
      return isOneOf(ACCOUNTABILITY_MEASURES, value) ? t(`accountabilityMeasure.${value}`) : null;
    default:
      if (typeof value === 'boolean') return t(value ? 'boolean.yes' : 'boolean.no');
      return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }
}

/** Why the system escalated by itself (the event's reason code), as the title names it. */
const AUTOMATIC_ESCALATIONS = {
  major: 'lifecycle.event.autoEscalateMajor',
  overdue: 'lifecycle.event.autoEscalateOverdue',
  response_overdue: 'lifecycle.event.autoEscalateResponse',
  acceptance_overdue: 'lifecycle.event.autoEscalateAcceptance',
  no_action: 'lifecycle.event.autoEscalateFurther',
} as const;

/** Automatic escalations carry a code as their reason (major, overdue ...); they are named in the title instead. */
export function eventTitle(event: CaseEvent, t: TFunction): string {
  if (event.action === 'escalate' && event.data.automatic === true) {
    return t(AUTOMATIC_ESCALATIONS[event.reason as keyof typeof AUTOMATIC_ESCALATIONS] ?? AUTOMATIC_ESCALATIONS.major);
  }
  if (event.action === 'verify' && event.data.result === 'failed') return t('lifecycle.event.verifyFailed');
  return translateKey(t, `lifecycle.event.${event.action}`, event.action);
}

/** 修改: which field, old → new; 合并: the other case's number. */
function registrationLines(event: CaseEvent, lookups: EventLookups): DetailLine[] {
  const { t, caseValue } = lookups;
  const data = event.data;
  if (event.action === 'correct' && typeof data.field === 'string') {
    const change = `${caseValue(data.field, data.from)} → ${caseValue(data.field, data.to)}`;
    return [{ label: translateKey(t, `fields.${data.field}`, data.field), value: change, long: data.field === 'content' }];
  }
  const other = event.action === 'merge' ? data.intoNumber : data.fromNumber;
  if (typeof other === 'string' && ['merge', 'merged_in', 'restore'].includes(event.action)) {
    return [{ label: t(`lifecycle.field.${event.action === 'merge' ? 'mergedInto' : 'mergedFrom'}`), value: other, long: false }];
  }
  return [];
}

export function eventDetails(event: CaseEvent, lookups: EventLookups): DetailLine[] {
  const { t } = lookups;
  if (['correct', 'void', 'restore', 'merge', 'merged_in'].includes(event.action)) {
    const lines = registrationLines(event, lookups);
    if (event.reason) lines.push({ label: t('lifecycle.field.correctionReason'), value: event.reason, long: true });
    return lines;
  }
  const data: Record<string, unknown> = { ...event.data };
  if (data.automatic === true) delete data.reason;
  else if (data.reason === undefined && event.action === 'callback' && event.reason) data.customerWords = event.reason;
  const lines: DetailLine[] = [];
  const exception = data.callbackException;
  for (const key of [...ORDER, 'customerWords']) {
    if (key === 'callbackException') {
      if (exception && typeof exception === 'object') {
        const { reason, note } = exception as { reason?: unknown; note?: unknown };
        if (isOneOf(CALLBACK_EXCEPTIONS, reason)) {
          lines.push({ label: t('lifecycle.field.callbackException'), value: t(`callbackException.${reason}`), long: false });
        }
        if (typeof note === 'string' && note) lines.push({ label: t('lifecycle.field.callbackNote'), value: note, long: true });
      }
      continue;
    }
    const value = valueFor(key, data[key], lookups);
    if (value !== null) lines.push({ label: labelFor(event.action, key, t), value, long: LONG.has(key) });
  }
  return lines;
}
