/** Multi-desk sync by USB stick or shared folder. Paths are the desk's own folders, chosen in a dialog or typed. */
import { z } from 'zod';
import { epochMs, id } from './common';

const path = z.string().trim().min(1, 'errors.required').max(1000);
export const exportInputSchema = z.object({
  folder: path,
  full: z.boolean().default(false),
  toDeskId: id.optional(),
});

export const exportResultSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  changes: z.number().int(),
  blobs: z.number().int(),
  bytes: z.number().int(),
  full: z.boolean(),
});

export const importInputSchema = z.object({
  path,
  join: z.boolean().default(false),
  /** A manager takes a file stamped more than a day ahead of this desk's clock (the other PC's date was wrong). */
  acceptClockAhead: z.boolean().default(false),
});

export const importSummarySchema = z.object({
  senderDeskCode: z.string(),
  orgName: z.string(),
  changes: z.number().int(),
  newChanges: z.number().int(),
  newCases: z.number().int(),
  blobs: z.number().int(),
  conflicts: z.number().int(),
});

export const syncFileSchema = z.object({ fileName: z.string(), path: z.string(), size: z.number(), modifiedAt: epochMs });

export const conflictSchema = z.object({
  entity: z.string(),
  entityId: id,
  field: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string(),
  candidates: z.array(
    z.object({ changeId: z.string(), field: z.string(), value: z.unknown(), at: epochMs, deskCode: z.string(), userName: z.string() }),
  ),
});

export const resolveConflictSchema = z.object({ entityId: id, field: z.string().min(1).max(64), value: z.unknown() });

export const syncLogEntrySchema = z.object({
  id,
  at: epochMs,
  direction: z.enum(['import', 'export']),
  peerDeskCode: z.string(),
  fileName: z.string(),
  changes: z.number().int(),
  newChanges: z.number().int(),
  newCases: z.number().int(),
  conflicts: z.number().int(),
  userName: z.string(),
});

/** The organisation key as this desk holds it (crypto/org-key.ts, sync/org-membership.ts). */
export const orgKeyStatusSchema = z.object({
  hasKey: z.boolean(),
  keyCreatedAt: epochMs.nullable(),
  olderKeys: z.number().int(),
  /** A book from before organisation keys: the first desk makes the key, the others accept an invitation. */
  needsKey: z.boolean(),
  desksWithKeys: z.number().int(),
});

/** A manager's invitation for another desk, written to a folder they chose, under a passphrase they tell that desk. */
export const writeInvitationSchema = z.object({
  folder: path,
  passphrase: z.string({ message: 'errors.required' }).min(8, 'errors.passphraseTooShort').max(200),
});

export const acceptInvitationSchema = z.object({
  path,
  passphrase: z.string({ message: 'errors.required' }).min(1, 'errors.required').max(200),
});

export const syncStatusSchema = z.object({
  deskCode: z.string(),
  orgName: z.string(),
  /** Whether this desk may still join another organisation (it has no complaints yet). */
  mayJoin: z.boolean(),
  folder: z.string().nullable(),
  peers: z.array(z.object({ deskId: id, deskCode: z.string(), lastSeenAt: epochMs })),
  conflicts: z.number().int(),
  orgKey: orgKeyStatusSchema,
  log: z.array(syncLogEntrySchema),
});

export const folderSyncResultSchema = z.object({
  exported: exportResultSchema,
  imported: z.array(importSummarySchema.extend({ fileName: z.string() })),
  failed: z.array(z.object({ fileName: z.string(), code: z.string(), message: z.string() })),
});
