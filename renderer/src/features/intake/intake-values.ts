/** The intake form's values as typed, and how they become a `CaseInput`. Pure, so it is unit-tested. */
import { caseInputSchema, type CaseInput } from '../../../../shared/contract';
import { INTAKE_FIELDS, type IntakeFieldName } from '../../../../shared/vocabulary/case-fields';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/dates';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';

/** In tab order, as the vocabulary lists them: how the complaint came in and when, who, where, what, then how it is classed. */
export { INTAKE_FIELDS };
export type IntakeField = IntakeFieldName;

/** Everything as the controls hold it: strings, `''` for "not chosen yet". */
export type IntakeValues = Record<IntakeField, string>;

export function emptyIntake(now: number): IntakeValues {
  return {
    channel: '',
    receivedAt: toDateTimeLocal(now),
    complainantName: '',
    phone: '',
    email: '',
    buildingRoom: '',
    site: '',
    content: '',
    category: '',
    nature: 'unjudged',
  };
}

export function isDirty(values: IntakeValues, initial: IntakeValues): boolean {
  return INTAKE_FIELDS.some((field) => values[field] !== initial[field]);
}

export type IntakeValidation = { ok: true; input: CaseInput } | { ok: false; errors: FieldErrors };

/**
 * The nature select's fifth choice (交经理判定): registered without a nature, and sent to the manager
 * to judge. Any nature chosen is the judgment itself; 未判断 leaves it for the desk to judge later.
 */
export const REFER_TO_MANAGER = 'refer_to_manager';

/** What the intake form holds beside the vocabulary's fields. */
export interface IntakeExtras {
  confirmOldReceivedAt?: boolean;
  /** What the desk did, when 当场解决 is ticked (undefined when it is not). */
  onTheSpotResult?: string | undefined;
  /** What the customer was told, when the complaint is judged invalid at registration. */
  invalidExplanation?: string;
}

/**
 * The same schema the core checks, so the person hears about a problem before anything is sent. Only
 * the core knows "now" and the office's settings, so a receipt time in the future or long ago is its to refuse.
 */
export function validateIntake(values: IntakeValues, extras: IntakeExtras = {}): IntakeValidation {
  const receivedAt = fromDateTimeLocal(values.receivedAt);
  const referred = values.nature === REFER_TO_MANAGER;
  const parsed = caseInputSchema.safeParse({
    ...values,
    receivedAt: receivedAt ?? Number.NaN,
    confirmOldReceivedAt: extras.confirmOldReceivedAt ?? false,
    onTheSpotResult: extras.onTheSpotResult,
    ...(referred ? { nature: 'unjudged', referToManager: true } : {}),
    ...(values.nature === 'invalid' ? { invalidExplanation: extras.invalidExplanation ?? '' } : {}),
  });
  const errors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
  if (values.receivedAt.trim() === '') errors.receivedAt = 'errors.required';
  else if (receivedAt === null) errors.receivedAt = 'errors.invalid';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input: parsed.data };
  return { ok: false, errors };
}

/** The explanation of an invalid complaint, then the on-the-spot result, come after every registration field. */
export const INVALID_EXPLANATION = 'invalidExplanation';
export const ON_THE_SPOT_RESULT = 'onTheSpotResult';
type IntakeControl = IntakeField | typeof INVALID_EXPLANATION | typeof ON_THE_SPOT_RESULT;

export function firstInvalidField(errors: FieldErrors): IntakeControl | undefined {
  const inOrder: readonly IntakeControl[] = [...INTAKE_FIELDS, INVALID_EXPLANATION, ON_THE_SPOT_RESULT];
  return inOrder.find((field) => errors[field] !== undefined);
}

export const intakeControlId = (field: IntakeControl) => `intake-${field}`;
