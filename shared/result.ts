/**
 * What crosses the IPC boundary: a value or a stable error code the UI
 * translates. `message` is English for logs; people see the translated code.
 */

/** Why a sync file was refused (nothing was changed). */
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
  'CHANGE_REFUSED',
  'CLOCK_AHEAD',
  'OWN_CHANGES',
  'MISSING_EARLIER_CHANGES',
  'BAD_SUPERSESSION',
  'BLOB_REFUSED',
  'TOO_LARGE',
  'OLDER_FORMAT',
  'NO_ORG_KEY',
  'UNTRUSTED_DESK',
  'UNSIGNED_CHANGES',
  'NOT_AN_INVITATION',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'SETUP_REQUIRED',
  'SETUP_DONE',
  'NO_USER',
  'NOT_SIGNED_IN',
  'NOT_PERMITTED',
  'WRONG_PASSWORD',
  'LOCKED',
  'DUPLICATE_NAME',
  'INVALID_TRANSITION',
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'FILE_MISSING',
  'FILE_TYPE_REFUSED',
  'UNSUPPORTED',
  ...SYNC_ERROR_CODES,
  'NOT_A_FILE',
  'NO_PERMISSION',
  'DISK_FULL',
  'FOLDER_UNAVAILABLE',
  'NOT_SUPERVISOR',
  'BUSY',
  'BACKUP_UNUSABLE',
  'BOOK_DAMAGED',
  'BOOK_UPGRADING',
  'BACKUP_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `message` is an i18n key such as `errors.required`. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** What the UI needs to say it well: the roles that may (NOT_PERMITTED), when a lock ends (LOCKED). */
  details?: {
    roles?: string[];
    until?: number;
    attemptsLeft?: number;
    /** A sync file refused for one change: which (desk:number) and why, in English for the log and the CLI. */
    change?: string;
    reason?: string;
    /** A sync file from a desk still on an older version (OLDER_FORMAT): the desk to upgrade. */
    deskCode?: string;
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
