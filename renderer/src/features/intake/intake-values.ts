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
 * The same schema the core checks, so the person hears about a problem before anything is sent. Only
 * the core knows "now" and the office's settings, so a receipt time in the future or long ago is its to refuse.
 */
/** `onTheSpotResult` is what the desk did when 当场解决 is ticked (undefined when it is not). */
export function validateIntake(values: IntakeValues, confirmOldReceivedAt = false, onTheSpotResult?: string): IntakeValidation {
  const receivedAt = fromDateTimeLocal(values.receivedAt);
  const parsed = caseInputSchema.safeParse({ ...values, receivedAt: receivedAt ?? Number.NaN, confirmOldReceivedAt, onTheSpotResult });
  const errors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
  if (values.receivedAt.trim() === '') errors.receivedAt = 'errors.required';
  else if (receivedAt === null) errors.receivedAt = 'errors.invalid';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input: parsed.data };
  return { ok: false, errors };
}

/** The on-the-spot result comes after every registration field. */
export const ON_THE_SPOT_RESULT = 'onTheSpotResult';

export function firstInvalidField(errors: FieldErrors): IntakeField | typeof ON_THE_SPOT_RESULT | undefined {
  return INTAKE_FIELDS.find((field) => errors[field] !== undefined) ?? (errors[ON_THE_SPOT_RESULT] ? ON_THE_SPOT_RESULT : undefined);
}

export const intakeControlId = (field: IntakeField | typeof ON_THE_SPOT_RESULT) => `intake-${field}`;
