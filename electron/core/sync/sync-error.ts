/** Why a sync file was refused; the code is stable and translated by the UI, and nothing was changed. */
import { DomainError } from '../errors';
import type { SyncErrorCode } from '../../../shared/result';

export type { SyncErrorCode };

/** A DomainError, so the UI gets the code like any other refusal. */
export class SyncError extends DomainError {
  declare readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, message: string) {
    super(code, message);
    this.name = 'SyncError';
  }
}
