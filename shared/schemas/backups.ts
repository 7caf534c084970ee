/** Backups, restoring one, and the recovery screen a damaged case book opens on. */
import { z } from 'zod';
import { id, required } from './common';
import { signInSchema } from './session';

export const BACKUP_REASONS = ['daily', 'before_import', 'before_migration', 'on_exit', 'manual', 'before_restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupSchema = z.object({
  /** The file's name without its extension. */
  id,
  at: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int().min(0),
  cases: z.number().int().min(0),
  deskCode: z.string(),
});
export type Backup = z.output<typeof backupSchema>;

export const backupContentsSchema = z.object({
  deskCode: z.string(),
  orgName: z.string(),
  cases: z.number().int().min(0),
  people: z.number().int().min(0),
  latestCases: z.array(z.object({ number: z.string(), receivedAt: z.number().int(), complainantName: z.string(), status: z.string() })),
});
export type BackupContents = z.output<typeof backupContentsSchema>;

export const restoreReportSchema = z.object({
  cases: z.number().int().min(0),
  deskCode: z.string(),
  /** Where the book as it was is kept (a backup, or the damaged file moved aside). */
  keptAs: z.string().nullable(),
  lost: z.object({ known: z.boolean(), caseNumbers: z.array(z.string()), changes: z.number().int().min(0) }),
  /** The other desks whose full sync files bring back what this desk had sent them. */
  askDesks: z.array(z.string()),
});
export type RestoreReport = z.output<typeof restoreReportSchema>;

export const DAMAGE_KINDS = ['empty', 'not_a_database', 'truncated', 'corrupt'] as const;

/** Why the app opened on the recovery screen. */
export const recoveryStatusSchema = z.object({
  kind: z.enum(DAMAGE_KINDS),
  file: z.string(),
  detail: z.string(),
});
export type RecoveryStatus = z.output<typeof recoveryStatusSchema>;

/** A manager (or general manager) of the organisation, checked against the backup being restored or the book being read. */
export const managerCredentialsSchema = signInSchema;

export const recoveryRestoreSchema = managerCredentialsSchema.extend({ backupId: id });

/** The last full integrity check of the book (weekly, in the background, or when a manager asks). */
export const bookCheckSchema = z.object({ at: z.number().int(), ok: z.boolean(), detail: z.string() });
export type BookCheck = z.output<typeof bookCheckSchema>;

export const offsiteSettingsSchema = z.object({
  /** The folder a second, encrypted copy goes to (a USB drive, a network share); null: none. */
  folder: z.string().trim().min(1, required).max(1000).nullable(),
  /** Only when setting a new one; the copies cannot be read without it. */
  passphrase: z.string().min(8, 'errors.passphraseTooShort').max(200).optional(),
});

export const offsiteStatusSchema = z.object({
  folder: z.string().nullable(),
  hasPassphrase: z.boolean(),
  lastCopyAt: z.number().int().nullable(),
  lastError: z.string().nullable(),
});
export type OffsiteStatus = z.output<typeof offsiteStatusSchema>;
