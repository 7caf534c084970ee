import { useCallback, useRef, useState } from 'react';
import type { CaseDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import {
  emptyIntake,
  firstInvalidField,
  intakeControlId,
  isDirty,
  validateIntake,
  type IntakeField,
  type IntakeValues,
  INVALID_EXPLANATION,
  ON_THE_SPOT_RESULT,
} from './intake-values';

export interface IntakeForm {
  values: IntakeValues;
  errors: FieldErrors;
  failure: AppError | undefined;
  saving: boolean;
  saved: CaseDetail | undefined;
  dirty: boolean;
  /** The core found the receipt time long ago; the person may confirm it and save again. */
  oldReceivedAt: boolean;
  confirmOldReceivedAt: boolean;
  setConfirmOldReceivedAt: (confirmed: boolean) => void;
  /** 当场解决 ticked, and what was done: saving registers, judges and resolves in one step. */
  onTheSpot: boolean;
  setOnTheSpot: (onTheSpot: boolean) => void;
  onTheSpotResult: string;
  setOnTheSpotResult: (text: string) => void;
  /** What the customer was told, asked for when 无效 is chosen (the case closes as it is registered). */
  invalidExplanation: string;
  setInvalidExplanation: (text: string) => void;
  setField: (field: IntakeField, value: string) => void;
  save: () => Promise<void>;
  reset: () => void;
}

function focusField(field: Parameters<typeof intakeControlId>[0] | undefined): void {
  if (field) document.getElementById(intakeControlId(field))?.focus();
}

/** A text typed beside the vocabulary's fields; typing clears its error. */
function useExtraText(name: string, setErrors: (update: (current: FieldErrors) => FieldErrors) => void) {
  const [text, setText] = useState('');
  const change = useCallback(
    (next: string) => {
      setText(next);
      setErrors((current) => (current[name] === undefined ? current : { ...current, [name]: undefined }));
    },
    [name, setErrors],
  );
  return [text, change, setText] as const;
}

/** The intake form's state. A failed save keeps every value as typed. */
export function useIntakeForm(): IntakeForm {
  const [initial, setInitial] = useState(() => emptyIntake(Date.now()));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<CaseDetail>();
  const [oldReceivedAt, setOldReceivedAt] = useState(false);
  const [confirmOldReceivedAt, setConfirmOld] = useState(false);
  const setConfirmOldReceivedAt = useCallback((confirmed: boolean) => {
    setConfirmOld(confirmed);
    if (confirmed) setErrors((current) => ({ ...current, receivedAt: undefined }));
  }, []);
  const [onTheSpot, setOnTheSpot] = useState(false);
  const [onTheSpotResult, setOnTheSpotResult, setResult] = useExtraText(ON_THE_SPOT_RESULT, setErrors);
  const [invalidExplanation, setInvalidExplanation, setExplanation] = useExtraText(INVALID_EXPLANATION, setErrors);
  // Ctrl+S held down repeats; only one registration may be in flight.
  const inFlight = useRef(false);

  const setField = useCallback((field: IntakeField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
    if (field === 'receivedAt') {
      // A confirmation was for the time then shown, not for whatever is typed next.
      setOldReceivedAt(false);
      setConfirmOld(false);
    }
  }, []);

  const save = useCallback(async () => {
    if (inFlight.current) return;
    const checked = validateIntake(values, {
      confirmOldReceivedAt,
      onTheSpotResult: onTheSpot ? onTheSpotResult : undefined,
      invalidExplanation,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure(undefined);
      focusField(firstInvalidField(checked.errors));
      return;
    }
    inFlight.current = true;
    setSaving(true);
    setErrors({});
    setFailure(undefined);
    const result = await call('cases.register', checked.input);
    inFlight.current = false;
    setSaving(false);
    if (result.ok) {
      setSaved(result.value);
      return;
    }
    const serverErrors = fromServerIssues(result.error.issues);
    setErrors(serverErrors);
    setFailure(result.error);
    if (serverErrors.receivedAt === 'errors.receivedAtOld') setOldReceivedAt(true);
    focusField(firstInvalidField(serverErrors));
  }, [values, confirmOldReceivedAt, onTheSpot, onTheSpotResult, invalidExplanation]);

  const reset = useCallback(() => {
    const fresh = emptyIntake(Date.now());
    setInitial(fresh);
    setValues(fresh);
    setErrors({});
    setFailure(undefined);
    setSaved(undefined);
    setOldReceivedAt(false);
    setConfirmOld(false);
    setOnTheSpot(false);
    setResult('');
    setExplanation('');
  }, [setResult, setExplanation]);

  return {
    values,
    errors,
    failure,
    saving,
    saved,
    dirty: isDirty(values, initial) || onTheSpotResult !== '' || invalidExplanation !== '',
    oldReceivedAt,
    confirmOldReceivedAt,
    setConfirmOldReceivedAt,
    onTheSpot,
    setOnTheSpot,
    onTheSpotResult,
    setOnTheSpotResult,
    invalidExplanation,
    setInvalidExplanation,
    setField,
    save,
    reset,
  };
}
