/**
 * Which desks belong to the organisation, and their public keys: a desk's
 * certificate says "desk X signs with key K" and who vouches for it.
 *
 * - The organisation's first desk (set up, or the first to be upgraded)
 *   vouches for itself: a root. A root is trusted only because a desk was
 *   given it at setup or in an invitation; a root that arrives in a sync
 *   file is refused.
 * - A desk that joined with an invitation is vouched for by the invitation's
 *   one-time key, which the inviting desk signed. Each invitation admits
 *   one desk.
 * - A desk restored from a backup goes on under a new id (backup/restore.ts)
 *   and is vouched for by the key of the desk it continues.
 *
 * Sync files carry every certificate their sender knows, so a desk learns
 * the others' keys from whichever desk it hears from; each is checked back
 * to one it already trusts before any change signed with it is accepted.
 */
import { z } from 'zod';
import type { Db } from '../db/connection';
import { newKeyPair, signText, verifyText, type SigningKeyPair } from '../crypto/desk-signing';
import { SyncError } from './sync-error';

const text = z.string().min(1).max(128);

export const invitationEndorsementSchema = z.object({
  id: text,
  publicKey: text,
  issuedBy: text,
  issuedAt: z.number().int(),
  signature: text,
});
export type InvitationEndorsement = z.output<typeof invitationEndorsementSchema>;

export const deskCertSchema = z.object({
  deskId: text,
  publicKey: text,
  issuedAt: z.number().int(),
  /** Who vouches: nobody (a root), an invitation, or the desk this one continues after a restore. */
  invitation: invitationEndorsementSchema.nullable(),
  successorOf: text.nullable(),
  signature: text,
});
export type DeskCert = z.output<typeof deskCertSchema>;

export function certText(groupId: string, cert: Pick<DeskCert, 'deskId' | 'publicKey' | 'issuedAt' | 'successorOf'>): string {
  return `complaint-desk desk\n${groupId}\n${cert.deskId}\n${cert.publicKey}\n${cert.issuedAt}\n${cert.successorOf ?? ''}`;
}

function invitationText(groupId: string, invitation: Omit<InvitationEndorsement, 'signature'>): string {
  return `complaint-desk invitation\n${groupId}\n${invitation.id}\n${invitation.publicKey}\n${invitation.issuedBy}\n${invitation.issuedAt}`;
}

/** The organisation's first desk vouching for itself. */
export function rootCert(groupId: string, deskId: string, pair: SigningKeyPair, now: number): DeskCert {
  const cert = { deskId, publicKey: pair.publicKey, issuedAt: now, invitation: null, successorOf: null };
  return { ...cert, signature: signText(pair.privateKey, certText(groupId, cert)) };
}

/** A desk going on under a new id after a restore, vouched for by the key of the desk it continues. */
export function successorCert(groupId: string, deskId: string, pair: SigningKeyPair, predecessor: { deskId: string; pair: SigningKeyPair }, now: number): DeskCert {
  const cert = { deskId, publicKey: pair.publicKey, issuedAt: now, invitation: null, successorOf: predecessor.deskId };
  return { ...cert, signature: signText(predecessor.pair.privateKey, certText(groupId, cert)) };
}

/** A one-time key for an invitation, signed by the inviting desk. */
export function endorseInvitation(groupId: string, id: string, issuer: { deskId: string; pair: SigningKeyPair }, now: number) {
  const invitationPair = newKeyPair();
  const endorsement = { id, publicKey: invitationPair.publicKey, issuedBy: issuer.deskId, issuedAt: now };
  return {
    invitationPair,
    endorsement: { ...endorsement, signature: signText(issuer.pair.privateKey, invitationText(groupId, endorsement)) },
  };
}

/** The joining desk's certificate, signed with the invitation's one-time key. */
export function invitedCert(groupId: string, deskId: string, pair: SigningKeyPair, endorsement: InvitationEndorsement, invitationKey: SigningKeyPair, now: number): DeskCert {
  const cert = { deskId, publicKey: pair.publicKey, issuedAt: now, invitation: endorsement, successorOf: null };
  return { ...cert, signature: signText(invitationKey.privateKey, certText(groupId, cert)) };
}

export function knownCerts(db: Db): DeskCert[] {
  return (db.prepare('SELECT cert FROM desk_certs ORDER BY desk_id').pluck().all() as string[]).map((json) => JSON.parse(json) as DeskCert);
}

export function storeCert(db: Db, cert: DeskCert): void {
  db.prepare('INSERT OR IGNORE INTO desk_certs (desk_id, public_key, issued_at, invitation_id, cert) VALUES (?, ?, ?, ?, ?)').run(
    cert.deskId,
    cert.publicKey,
    cert.issuedAt,
    cert.invitation?.id ?? null,
    JSON.stringify(cert),
  );
}

function untrusted(deskId: string, reason: string): SyncError {
  const error = new SyncError('UNTRUSTED_DESK', `Desk ${deskId}: ${reason}`);
  error.details = { change: deskId, reason };
  return error;
}

/**
 * The certificates a desk trusts: its own, and those a file brings that check back to them. Certificates
 * are only stored with `newCerts` once the whole file has been accepted.
 */
export class CertRoster {
  private readonly trusted = new Map<string, DeskCert>();
  private readonly invitationsUsed = new Map<string, string>();
  private readonly added: DeskCert[] = [];

  constructor(
    db: Db,
    private readonly groupId: string,
  ) {
    for (const cert of knownCerts(db)) this.trust(cert);
  }

  private trust(cert: DeskCert): void {
    this.trusted.set(cert.deskId, cert);
    if (cert.invitation) this.invitationsUsed.set(cert.invitation.id, cert.deskId);
  }

  certOf(deskId: string): DeskCert | null {
    return this.trusted.get(deskId) ?? null;
  }

  get newCerts(): readonly DeskCert[] {
    return this.added;
  }

  /** Takes every certificate of a file that checks back to a trusted one; refuses the file for any that does not. */
  admit(certs: readonly DeskCert[]): void {
    let pending = certs.filter((cert) => {
      const known = this.trusted.get(cert.deskId);
      if (known && known.publicKey !== cert.publicKey) throw untrusted(cert.deskId, 'the file gives this desk another key than the one it has');
      return !known;
    });
    while (pending.length > 0) {
      const waiting = pending.filter((cert) => !this.tryAdmit(cert));
      if (waiting.length === pending.length) {
        throw untrusted(waiting[0]!.deskId, 'nobody this desk trusts vouches for its key');
      }
      pending = waiting;
    }
  }

  private tryAdmit(cert: DeskCert): boolean {
    const voucher = this.voucherKey(cert);
    if (voucher === undefined) return false;
    if (!verifyText(voucher, certText(this.groupId, cert), cert.signature)) throw untrusted(cert.deskId, 'its certificate is not signed by who vouches for it');
    this.trust(cert);
    this.added.push(cert);
    return true;
  }

  /** The key that must have signed the certificate; undefined while who vouches is not trusted (yet). */
  private voucherKey(cert: DeskCert): string | undefined {
    if (cert.successorOf) return this.trusted.get(cert.successorOf)?.publicKey;
    const invitation = cert.invitation;
    if (!invitation) throw untrusted(cert.deskId, 'it vouches for itself, and this desk was never given it as the organisation’s first desk');
    const issuer = this.trusted.get(invitation.issuedBy);
    if (!issuer) return undefined;
    const { signature, ...signed } = invitation;
    if (!verifyText(issuer.publicKey, invitationText(this.groupId, signed), signature)) {
      throw untrusted(cert.deskId, 'its invitation is not signed by the desk that wrote it');
    }
    const usedBy = this.invitationsUsed.get(invitation.id);
    if (usedBy && usedBy !== cert.deskId) throw untrusted(cert.deskId, 'its invitation was already used by another desk');
    return invitation.publicKey;
  }
}
