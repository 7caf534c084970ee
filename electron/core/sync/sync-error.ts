/** Why a sync file was refused; the code is stable and translated by the UI, and nothing was changed. */
import { DomainError } from '../errors';

export const SYNC_ERROR_CODES = [
  'NOT_A_BUNDLE',
  'NEWER_FORMAT',
  'PASSPHRASE_REQUIRED',
  'WRONG_PASSPHRASE',
  'CORRUPT',
  'TRUNCATED',
  'OTHER_ORGANISATION',
  'DESK_CODE_CLASH',
  'FORGED_CHANGE',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** A DomainError, so the UI gets the code like any other refusal. */
export class SyncError extends DomainError {
  declare readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, message: string) {
    super(code, message);
    this.name = 'SyncError';
  }
}
