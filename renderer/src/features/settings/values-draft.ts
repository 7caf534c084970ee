/** The working hours and other values as their form holds them (numbers as typed), and the checked values they become. */
import { ROLES, SATISFACTION_LEVELS, type Role, type Satisfaction } from '../../../../shared/domain';
import { settingValuesSchema, type SettingValues } from '../../../../shared/schemas/settings';

/** The plain whole-number settings, in the order the form shows them. */
export const NUMBER_VALUES = [
  'duplicateWindowDays',
  'dueSoonHours',
  'reminderMinutes',
  'nextEscalationHours',
  'maxAttachmentMb',
  'receivedAtConfirmDays',
  'callbackWorkingDays',
  'unreachableAttempts',
  'attemptGapMinutes',
  'noticeOnSiteHours',
  'noticeReturnHours',
  'minimumFineYuan',
  'idleLockMinutes',
  'lockMinutes',
  'backupDaily',
  'backupWeekly',
  'backupMonthly',
] as const;
export type NumberValue = (typeof NUMBER_VALUES)[number];

/** Up to this many levels of escalation for a major complaint. */
export const CHAIN_LEVELS = 4;

export interface ValuesDraft {
  workStart: string;
  workEnd: string;
  numbers: Record<NumberValue, string>;
  /** One role (or '' for none) per level. */
  chain: (Role | '')[];
  /** The person named for each level's role ('' for the first active holder of the role). */
  people: string[];
  escalateOverdue: boolean;
  majorEscalationAtOnce: boolean;
  verifyResults: boolean;
  onTheSpotCallback: boolean;
  /** How a major complaint must be called back ('' for any way). */
  majorCallbackMethod: SettingValues['majorCallbackMethod'];
  /** Who calls back an ordinary and a major complaint. */
  callbackBy: SettingValues['callbackBy'];
  quotas: Record<Role, string>;
  /** The satisfaction levels the satisfaction rate counts as satisfied. */
  satisfiedLevels: Satisfaction[];
  /** Who gets a copy of an approved fine, one per line. */
  fineCopiesTo: string;
}

/** Field name (`callbackQuotas.manager` for a quota) -> i18n key of its problem. */
export type ValuesErrors = Partial<Record<string, string>>;

/** The allowed range of each number, read from the contract so the form and the core never disagree. */
export function rangeOf(name: NumberValue | 'quota'): { min: number; max: number } {
  const schema = name === 'quota' ? settingValuesSchema.shape.callbackQuotas.valueType : settingValuesSchema.shape[name];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export function valuesDraftOf(values: SettingValues): ValuesDraft {
  const numbers = Object.fromEntries(NUMBER_VALUES.map((name) => [name, String(values[name])])) as Record<NumberValue, string>;
  const quotas = Object.fromEntries(ROLES.map((role) => [role, String(values.callbackQuotas[role] ?? 0)])) as Record<Role, string>;
  const chain = Array.from({ length: CHAIN_LEVELS }, (_, i) => values.majorEscalationChain[i] ?? '');
  const people = chain.map((role) => (role ? (values.escalationPeople[role] ?? '') : ''));
  return {
    workStart: values.workStart,
    workEnd: values.workEnd,
    numbers,
    chain,
    people,
    escalateOverdue: values.escalateOverdue,
    majorEscalationAtOnce: values.majorEscalationAtOnce,
    verifyResults: values.verifyResults,
    onTheSpotCallback: values.onTheSpotCallback,
    majorCallbackMethod: values.majorCallbackMethod,
    callbackBy: { ...values.callbackBy },
    quotas,
    satisfiedLevels: [...values.satisfiedLevels],
    fineCopiesTo: values.fineCopiesTo.join('\n'),
  };
}

function wholeNumber(text: string, range: { min: number; max: number }): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= range.min && n <= range.max ? n : undefined;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The values to save, or what is wrong with which field. */
export function valuesInputOf(draft: ValuesDraft): { ok: true; values: SettingValues } | { ok: false; errors: ValuesErrors } {
  const errors: ValuesErrors = {};
  if (!TIME.test(draft.workStart)) errors.workStart = draft.workStart ? 'errors.time' : 'errors.required';
  if (!TIME.test(draft.workEnd)) errors.workEnd = draft.workEnd ? 'errors.time' : 'errors.required';
  else if (!errors.workStart && draft.workEnd <= draft.workStart) errors.workEnd = 'settings.errors.timeOrder';

  const numbers: Partial<Record<NumberValue, number>> = {};
  for (const name of NUMBER_VALUES) {
    const n = wholeNumber(draft.numbers[name], rangeOf(name));
    if (n === undefined) errors[name] = draft.numbers[name].trim() ? 'settings.errors.range' : 'errors.required';
    else numbers[name] = n;
  }
  const quotas: Partial<Record<Role, number>> = {};
  for (const role of ROLES) {
    const text = draft.quotas[role].trim();
    const n = text ? wholeNumber(text, rangeOf('quota')) : 0;
    if (n === undefined) errors[`callbackQuotas.${role}`] = 'settings.errors.range';
    else if (n > 0) quotas[role] = n;
  }
  if (draft.satisfiedLevels.length === 0) errors.satisfiedLevels = 'errors.required';
  // Gaps close up: levels 1 and 3 chosen means two levels.
  const chain = draft.chain.filter((role): role is Role => role !== '');
  const escalationPeople: Partial<Record<Role, string>> = {};
  draft.chain.forEach((role, level) => {
    const person = draft.people[level];
    if (role && person) escalationPeople[role] = person;
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const values: SettingValues = {
    workStart: draft.workStart,
    workEnd: draft.workEnd,
    duplicateWindowDays: numbers.duplicateWindowDays!,
    dueSoonHours: numbers.dueSoonHours!,
    reminderMinutes: numbers.reminderMinutes!,
    nextEscalationHours: numbers.nextEscalationHours!,
    maxAttachmentMb: numbers.maxAttachmentMb!,
    receivedAtConfirmDays: numbers.receivedAtConfirmDays!,
    callbackWorkingDays: numbers.callbackWorkingDays!,
    unreachableAttempts: numbers.unreachableAttempts!,
    attemptGapMinutes: numbers.attemptGapMinutes!,
    noticeOnSiteHours: numbers.noticeOnSiteHours!,
    noticeReturnHours: numbers.noticeReturnHours!,
    minimumFineYuan: numbers.minimumFineYuan!,
    fineCopiesTo: draft.fineCopiesTo
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    idleLockMinutes: numbers.idleLockMinutes!,
    lockMinutes: numbers.lockMinutes!,
    backupDaily: numbers.backupDaily!,
    backupWeekly: numbers.backupWeekly!,
    backupMonthly: numbers.backupMonthly!,
    majorEscalationChain: chain,
    escalationPeople,
    escalateOverdue: draft.escalateOverdue,
    majorEscalationAtOnce: draft.majorEscalationAtOnce,
    verifyResults: draft.verifyResults,
    onTheSpotCallback: draft.onTheSpotCallback,
    majorCallbackMethod: draft.majorCallbackMethod,
    callbackBy: draft.callbackBy,
    callbackQuotas: quotas,
    // Kept in the order of the scale, whatever order they were ticked in.
    satisfiedLevels: SATISFACTION_LEVELS.filter((level) => draft.satisfiedLevels.includes(level)),
  };
  const checked = settingValuesSchema.safeParse(values);
  if (!checked.success) {
    const fromSchema: ValuesErrors = {};
    for (const issue of checked.error.issues) fromSchema[issue.path.map(String).join('.')] ??= 'errors.invalid';
    return { ok: false, errors: fromSchema };
  }
  return { ok: true, values: checked.data };
}
