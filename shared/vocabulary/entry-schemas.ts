/**
 * What a person may type into a field, as zod schemas whose messages are
 * i18n keys (`errors.*`): the same checks run in the form while typing and
 * in the core before anything is saved. Text is never cut: too long is
 * refused and the form shows a counter.
 */
import { z } from 'zod';
import { parsePhone } from './phone';

export const required = 'errors.required';
export const tooLong = 'errors.tooLong';

/** Characters that have no place in a one-line field: controls (NUL among them), and direction overrides that disguise text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ONE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** In a text of several lines, tabs and line breaks are fine; other controls are not. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
/** Half of a surrogate pair with no other half: not a character at all (a broken paste). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** Length as a person counts it: an emoji or a rare character (CJK Extension B) is one, not two. */
export const characterCount = (text: string): number => Array.from(text).length;

function clean(forbidden: RegExp) {
  return (text: string) => !forbidden.test(text) && !hasLoneSurrogate(text);
}

const withinLength = (max: number) => (text: string) => characterCount(text) <= max;

/** A one-line text: trimmed, no control characters, at most `max` characters. */
export const lineText = (max: number) =>
  z.string({ message: required }).trim().refine(clean(ONE_LINE_FORBIDDEN), 'errors.badCharacters').refine(withinLength(max), tooLong);

export const requiredLine = (max: number) => lineText(max).refine((text) => text.length > 0, required);
export const optionalLine = (max: number) => lineText(max).default('');

/** A text of several lines (the complaint, a note): line breaks kept. */
export const multiLineText = (max: number) =>
  z.string({ message: required }).trim().refine(clean(MULTI_LINE_FORBIDDEN), 'errors.badCharacters').refine(withinLength(max), tooLong);
export const requiredMultiLine = (max: number) => multiLineText(max).refine((text) => text.length > 0, required);

export const PHONE_LIMIT = 40;
export const EMAIL_LIMIT = 254;

/** A phone as typed, checked (see phone.ts); empty is allowed where the field is optional. */
export const phoneEntry = lineText(PHONE_LIMIT)
  .refine((text) => text === '' || parsePhone(text) !== null, 'errors.phone')
  .default('');

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;
export const emailEntry = lineText(EMAIL_LIMIT)
  .refine((text) => text === '' || EMAIL.test(text), 'errors.email')
  .default('');

/** Complaint times before this are typing mistakes (a year typed as 1999), not old complaints. */
export const EARLIEST_RECEIVED_AT = Date.UTC(2000, 0, 1);
export const epochMs = z.number({ message: 'errors.invalid' }).int().min(0).max(8_640_000_000_000_000);
export const receivedAtEntry = z
  .number({ message: required })
  .int('errors.invalid')
  .min(EARLIEST_RECEIVED_AT, 'errors.receivedAtTooEarly')
  .max(8_640_000_000_000_000, 'errors.invalid');
