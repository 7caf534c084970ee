/** Small schema pieces every feature's contract uses. Messages are i18n keys. */
import { z } from 'zod';

export const required = 'errors.required';
export const tooLong = 'errors.tooLong';

export const requiredText = (max: number) => z.string().trim().min(1, required).max(max, tooLong);
export const optionalText = (max: number) => z.string().trim().max(max, tooLong).default('');
export const id = z.string().min(1).max(64);
export const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);
export const empty = z.object({}).strict();
/** A random id the UI makes per click, so a transition sent twice applies once. */
export const requestId = z.string().min(8).max(64);
