/**
 * An invitation to the organisation: what a new desk (or an older desk of
 * the organisation, after its upgrade) needs to exchange sync files with the
 * others. A manager writes it under a passphrase they tell the other desk's
 * person by word of mouth; it holds
 * - the organisation's keys (crypto/org-key.ts),
 * - the certificates of its desks (desk-certs.ts),
 * - a one-time key, signed by the inviting desk, that vouches for the one
 *   desk that accepts it,
 * - and a full sync file, so the new desk starts with everything.
 * It is a sealed file (backup/sealed-copy.ts) under its own magic: a
 * changed byte or the wrong passphrase is refused before anything is read.
 */
import { closeSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { readSealedCopy, writeSealedCopy, deriveSealingKey, type SealedKind } from '../backup/sealed-copy';
import { allOrgKeys, currentOrgKey } from '../crypto/org-key';
import { deskKeyPair, privateKeyDer, privateKeyFromDer } from '../crypto/desk-signing';
import { deskCertSchema, endorseInvitation, invitationEndorsementSchema, knownCerts } from './desk-certs';
import { exportBundle } from './export-bundle';
import { noOrgKey } from './bundle-format';
import { syncIdentity } from './sync-group';
import { fileProblem } from '../files/file-errors';

export const INVITATION_EXTENSION = '.cdinvite';
/** An invitation passphrase protects the organisation's key: no shorter than this. */
export const MIN_INVITATION_PASSPHRASE = 8;
/** The invitation itself is a few KB per desk; anything near this is not one. */
const MAX_INVITATION_JSON = 4 * 1024 * 1024;

const INVITATION: SealedKind = {
  magic: Buffer.from('CDINVITE', 'ascii'),
  unreadable: (why) => new DomainError('NOT_AN_INVITATION', `This is not a usable invitation file: ${why}`),
  wrongPassphrase: () => new DomainError('WRONG_PASSPHRASE', 'The invitation’s passphrase is wrong (or the file is damaged)'),
};

const invitationSchema = z.object({
  format: z.literal(1),
  groupId: z.string().min(1),
  orgName: z.string(),
  inviter: z.object({ deskId: z.string().min(1), deskCode: z.string().min(1) }),
  createdAt: z.number().int(),
  keys: z.array(z.object({ keyId: z.string().regex(/^[0-9a-f]{32}$/), key: z.string().min(1), createdAt: z.number().int() })).min(1),
  currentKeyId: z.string(),
  certs: z.array(deskCertSchema),
  endorsement: invitationEndorsementSchema,
  /** The one-time key's private half (PKCS#8, base64): whoever holds the invitation and its passphrase may use it, once. */
  invitationKey: z.string().min(1),
});
export type Invitation = z.output<typeof invitationSchema>;

export function assertInvitationPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_INVITATION_PASSPHRASE) {
    throw new DomainError('VALIDATION', `An invitation's passphrase needs at least ${MIN_INVITATION_PASSPHRASE} characters`, [
      { path: 'passphrase', message: 'errors.passphraseTooShort' },
    ]);
  }
}

/** What an invitation says: the keys, the desks' certificates, and a one-time key this desk vouches for. */
export function issueInvitation(ctx: CoreContext): Invitation {
  const me = syncIdentity(ctx.db);
  const pair = deskKeyPair(ctx.db);
  const current = currentOrgKey(ctx.db);
  if (!pair || !current) throw noOrgKey();
  const { invitationPair, endorsement } = endorseInvitation(me.groupId, newId(), { deskId: me.deskId, pair }, ctx.now());
  return {
    format: 1,
    groupId: me.groupId,
    orgName: me.orgName,
    inviter: { deskId: me.deskId, deskCode: me.deskCode },
    createdAt: ctx.now(),
    keys: allOrgKeys(ctx.db).map((key) => ({ keyId: key.keyId, key: key.key.toString('base64'), createdAt: key.createdAt })),
    currentKeyId: current.keyId,
    certs: knownCerts(ctx.db),
    endorsement,
    invitationKey: privateKeyDer(invitationPair.privateKey).toString('base64'),
  };
}

/** A manager's invitation for one more desk, sealed by the passphrase; the file also carries everything this desk has. */
export function writeInvitation(ctx: CoreContext, input: { outPath: string; passphrase: string }): { path: string; bytes: number } {
  assertInvitationPassphrase(input.passphrase);
  const invitation = issueInvitation(ctx);
  const scratch = join(dirname(input.outPath), `.${basename(input.outPath)}.${newId()}`);
  try {
    writeFileSync(`${scratch}.json`, JSON.stringify(invitation));
    exportBundle(ctx, { outPath: `${scratch}.cdsync`, full: true });
    writeSealedCopy(
      input.outPath,
      deriveSealingKey(input.passphrase),
      [
        { path: `${scratch}.json`, sha256: 'invitation' },
        { path: `${scratch}.cdsync`, sha256: 'sync' },
      ],
      INVITATION,
    );
  } catch (error) {
    throw fileProblem(error, input.outPath);
  } finally {
    rmSync(`${scratch}.json`, { force: true });
    rmSync(`${scratch}.cdsync`, { force: true });
  }
  return { path: input.outPath, bytes: statSync(input.outPath).size };
}

export interface OpenedInvitation {
  invitation: Invitation;
  /** The full sync file it carries, unpacked next to the book; the caller removes it (`discard`). */
  syncPath: string;
  discard(): void;
}

/** Opens an invitation with its passphrase; the full sync file inside goes to a scratch file in `scratchDir`. */
export function openInvitation(path: string, passphrase: string, scratchDir: string): OpenedInvitation {
  const syncPath = join(scratchDir, `.invitation-${newId()}.cdsync`);
  let scratch: ReturnType<typeof createSyncScratch> | null = null;
  const discard = () => {
    scratch?.close();
    rmSync(syncPath, { force: true });
  };
  let json = Buffer.alloc(0);
  try {
    const parts = readSealedCopy(
      path,
      passphrase,
      (part) => {
        if (part.sha256 === 'invitation') {
          if (part.bytes > MAX_INVITATION_JSON) throw INVITATION.unreadable('it is far larger than an invitation');
          const chunks: Buffer[] = [];
          return { write: (bytes) => chunks.push(Buffer.from(bytes)), end: () => (json = Buffer.concat(chunks)) };
        }
        if (part.sha256 !== 'sync') throw INVITATION.unreadable('it holds something other than an invitation');
        scratch = createSyncScratch(syncPath);
        return scratch;
      },
      INVITATION,
    );
    if (parts.length !== 2 || parts[0]!.sha256 !== 'invitation' || parts[1]!.sha256 !== 'sync') throw INVITATION.unreadable('its parts are not those of an invitation');
    let parsed: unknown;
    try {
      parsed = JSON.parse(json.toString('utf8'));
    } catch {
      throw INVITATION.unreadable('it is damaged');
    }
    const invitation = invitationSchema.safeParse(parsed);
    if (!invitation.success) throw INVITATION.unreadable('it was written by another version, or is damaged');
    return { invitation: invitation.data, syncPath, discard };
  } catch (error) {
    discard();
    throw error;
  }
}

/** Writes the carried sync file as the sealed reader hands it over, one checked frame at a time; `close` is safe to call twice. */
function createSyncScratch(path: string): { write(bytes: Buffer): void; end(): void; close(): void } {
  let fd: number | null = openSync(path, 'w');
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write: (bytes) => {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd!, bytes, offset);
    },
    end: close,
    close,
  };
}

export function invitationKeyPair(invitation: Invitation) {
  return privateKeyFromDer(Buffer.from(invitation.invitationKey, 'base64'));
}
