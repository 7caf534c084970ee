/** A deadline rule as its form holds it (amounts as typed), and the checked input it becomes. */
import type { ChannelInput } from '../../../../shared/contract';
import type { DeadlineClock, DeadlineUnit, Nature } from '../../../../shared/domain';
import type { DeadlineRule } from '../../../../shared/schemas/settings';

export interface RuleDraft {
  nature: Nature | '';
  category: string;
  clock: DeadlineClock;
  responseAmount: string;
  responseUnit: DeadlineUnit;
  acceptanceAmount: string;
  acceptanceUnit: DeadlineUnit;
  resolutionAmount: string;
  resolutionUnit: DeadlineUnit;
}

export type RuleInput = ChannelInput<'settings.saveDeadlineRule'>;
type Duration = DeadlineRule['response'];

const MAX_AMOUNT = 100_000;

export function ruleDraftOf(rule: DeadlineRule | undefined): RuleDraft {
  return {
    nature: rule?.nature ?? '',
    category: rule?.category ?? '*',
    clock: rule?.clock ?? 'working',
    responseAmount: rule?.response ? String(rule.response.amount) : '',
    responseUnit: rule?.response?.unit ?? 'hours',
    acceptanceAmount: rule?.acceptance ? String(rule.acceptance.amount) : '',
    acceptanceUnit: rule?.acceptance?.unit ?? 'minutes',
    resolutionAmount: rule?.resolution ? String(rule.resolution.amount) : '',
    resolutionUnit: rule?.resolution?.unit ?? 'working_days',
  };
}

/** Empty: no deadline; otherwise a whole number from 1 up. */
function durationOf(amount: string, unit: DeadlineUnit): { ok: true; value: Duration } | { ok: false } {
  const text = amount.trim();
  if (!text) return { ok: true, value: null };
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_AMOUNT) return { ok: false };
  return { ok: true, value: { amount: n, unit } };
}

/**
 * The rule to save, or the field errors (i18n keys) that stop it. Only one
 * rule per nature and category: a second one would silently lose to the first.
 */
export function ruleInputOf(
  draft: RuleDraft,
  id: string | undefined,
  existing: readonly DeadlineRule[],
): { ok: true; input: RuleInput } | { ok: false; errors: Partial<Record<keyof RuleInput, string>> } {
  const errors: Partial<Record<keyof RuleInput, string>> = {};
  const response = durationOf(draft.responseAmount, draft.responseUnit);
  const acceptance = durationOf(draft.acceptanceAmount, draft.acceptanceUnit);
  const resolution = durationOf(draft.resolutionAmount, draft.resolutionUnit);
  if (!draft.nature) errors.nature = 'errors.required';
  if (!response.ok) errors.response = 'settings.errors.amount';
  if (!acceptance.ok) errors.acceptance = 'settings.errors.amount';
  if (!resolution.ok) errors.resolution = 'settings.errors.amount';
  if (draft.nature && existing.some((r) => r.id !== id && r.nature === draft.nature && r.category === draft.category)) {
    errors.category = 'settings.errors.duplicateRule';
  }
  if (!draft.nature || !response.ok || !acceptance.ok || !resolution.ok || errors.category) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...(id ? { id } : {}),
      nature: draft.nature,
      category: draft.category,
      clock: draft.clock,
      response: response.value,
      acceptance: acceptance.value,
      resolution: resolution.value,
    },
  };
}
