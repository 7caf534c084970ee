/** Why a sync file was refused; the code is stable and translated by the UI, and nothing was changed. */
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

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}
