/** What the printing screens ask the core for, and the small conversions around it (plain functions, unit-tested). */
import type { ChannelInput } from '../../../../shared/contract';
import { FORM_KINDS, type FormKindCode } from '../../../../shared/schemas/printing';

export { FORM_KINDS, type FormKindCode };

/** One case's form, a blank form, or the same form for several cases. */
export type PrintTarget = ChannelInput<'print.pdf'>;

export function caseForm(kind: FormKindCode, caseId: string): PrintTarget {
  return { kind, caseId };
}

export function blankForm(kind: FormKindCode): PrintTarget {
  return { kind, blank: true };
}

export function batchForm(kind: FormKindCode, caseIds: readonly string[]): PrintTarget {
  return { kind, caseIds: [...caseIds] };
}

/** The PDF the core sent (base64) as bytes a Blob can hold. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A complaint number as a scanner or a person types it: full-width
 * characters and lower case folded, spaces dropped. The core folds the
 * same way, so this only decides whether the text looks like a number.
 */
export function normaliseCaseNumber(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** `A-202611-0007`: desk code (1–4 letters or digits), year and month, a counter of at least four digits. */
const CASE_NUMBER = /^[A-Z0-9]{1,4}-\d{6}-\d{4,}$/;

export function looksLikeCaseNumber(text: string): boolean {
  return CASE_NUMBER.test(normaliseCaseNumber(text));
}

/** The global shortcuts that put the cursor in the number box: Ctrl+K (Cmd+K on a Mac) and F3. */
export function isSearchShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  if (event.key === 'F3') return !event.ctrlKey && !event.metaKey && !event.altKey;
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
