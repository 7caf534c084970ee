import type { AppError, ErrorCode, FieldIssue } from '../../shared/result';

/** A refusal the user can act on; the code is stable and translated by the UI. */
export class DomainError extends Error {
  /** What the UI needs to word the refusal (who may, until when). */
  details?: AppError['details'];

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A value that passed the schema but not the organisation's data (an unknown category, a retired department). */
export function fieldError(path: string, messageKey: string, message: string): DomainError {
  return new DomainError('VALIDATION', message, [{ path, message: messageKey }]);
}
