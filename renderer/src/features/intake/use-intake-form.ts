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
} from './intake-values';

export interface IntakeForm {
  values: IntakeValues;
  errors: FieldErrors;
  failure: AppError | undefined;
  saving: boolean;
  saved: CaseDetail | undefined;
  dirty: boolean;
  setField: (field: IntakeField, value: string) => void;
  save: () => Promise<void>;
  reset: () => void;
}

function focusField(field: IntakeField | undefined): void {
  if (field) document.getElementById(intakeControlId(field))?.focus();
}

/** The intake form's state. A failed save keeps every value as typed. */
export function useIntakeForm(): IntakeForm {
  const [initial, setInitial] = useState(() => emptyIntake(Date.now()));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<CaseDetail>();
  // Ctrl+S held down repeats; only one registration may be in flight.
  const inFlight = useRef(false);

  const setField = useCallback((field: IntakeField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }, []);

  const save = useCallback(async () => {
    if (inFlight.current) return;
    const checked = validateIntake(values);
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
    focusField(firstInvalidField(serverErrors));
  }, [values]);

  const reset = useCallback(() => {
    const fresh = emptyIntake(Date.now());
    setInitial(fresh);
    setValues(fresh);
    setErrors({});
    setFailure(undefined);
    setSaved(undefined);
  }, []);

  return { values, errors, failure, saving, saved, dirty: isDirty(values, initial), setField, save, reset };
}
