import type { ErrorCode } from '../../shared/result';

/** A refusal the user can act on; the code is stable and translated by the UI. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
