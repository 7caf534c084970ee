/** A callback's outcome as its form holds it, and the checked request it becomes. */
import type { ChannelInput } from '../../../../shared/contract';
import type { CallbackMethod, Satisfaction } from '../../../../shared/domain';
import { recordCallbackSchema, type Callback } from '../../../../shared/schemas/callbacks';
import { fromDateTimeLocal } from '../../lib/dates';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';

export interface OutcomeDraft {
  method: CallbackMethod | '';
  satisfaction: Satisfaction | '';
  solved: '' | 'yes' | 'no';
  customerWords: string;
  /** `datetime-local` text; empty takes the deadline from the rules. */
  rectificationDueAt: string;
  /** When the customer was reached, if not now (`datetime-local` text). */
  doneAt: string;
}

export function outcomeDraftOf(callback: Callback): OutcomeDraft {
  return {
    method: callback.requiredMethod ?? callback.method,
    satisfaction: '',
    solved: '',
    customerWords: '',
    rectificationDueAt: '',
    doneAt: '',
  };
}

/** Closes the case (satisfied on any of the three upper levels, and really solved), sends it back, or not yet known. */
export function outcomeEffect(draft: OutcomeDraft): 'close' | 'reopen' | undefined {
  if (draft.satisfaction === 'unsatisfied' || draft.solved === 'no') return 'reopen';
  if (draft.satisfaction && draft.solved === 'yes') return 'close';
  return undefined;
}

export function outcomeInputOf(
  draft: OutcomeDraft,
  callbackId: string,
  requestId: string,
): { ok: true; input: ChannelInput<'callbacks.record'> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  let rectificationDueAt: number | undefined;
  if (outcomeEffect(draft) === 'reopen' && draft.rectificationDueAt) {
    rectificationDueAt = fromDateTimeLocal(draft.rectificationDueAt) ?? undefined;
    if (rectificationDueAt === undefined) errors.rectificationDueAt = 'errors.date';
  }
  const doneAt = draft.doneAt ? (fromDateTimeLocal(draft.doneAt) ?? undefined) : undefined;
  if (draft.doneAt && doneAt === undefined) errors.doneAt = 'errors.date';
  const input = {
    callbackId,
    requestId,
    method: draft.method || undefined,
    satisfaction: draft.satisfaction || undefined,
    solved: draft.solved === '' ? undefined : draft.solved === 'yes',
    customerWords: draft.customerWords,
    ...(rectificationDueAt !== undefined ? { rectificationDueAt } : {}),
    ...(doneAt !== undefined ? { doneAt } : {}),
  };
  const parsed = recordCallbackSchema.safeParse(input);
  if (!parsed.success) Object.assign(errors, { ...toFieldErrors(parsed.error.issues), ...errors });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
