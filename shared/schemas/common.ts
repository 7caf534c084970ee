/** Small schema pieces every feature's contract uses. Messages are i18n keys. */
import { z } from 'zod';
import {
  epochMs as epochMsEntry,
  multiLineText,
  optionalLine,
  required,
  requiredLine,
  requiredMultiLine,
  tooLong,
} from '../vocabulary/entry-schemas';

export { optionalLine, required, requiredLine, tooLong };

/** A text of one or more lines a person must fill in (a note, a summary): control characters refused, never cut. */
export const requiredText = (max: number) => requiredMultiLine(max);
export const optionalText = (max: number) => multiLineText(max).default('');
export const id = z.string().min(1).max(64);
export const epochMs = epochMsEntry;
export const empty = z.object({}).strict();
/** A random id the UI makes per click, so a transition sent twice applies once. */
export const requestId = z.string().min(8).max(64);
