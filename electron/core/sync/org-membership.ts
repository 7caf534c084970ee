/**
 * How a desk comes to hold the organisation's key and its own signing key:
 * - setting up a new organisation makes both (the desk is the root);
 * - a desk of an organisation from before keys: the first one upgraded makes
 *   the key (a manager's choice, `establishOrgKey`), the others accept an
 *   invitation from it (`acceptInvitation`), keeping their books;
 * - a new desk joins from an invitation (`joinWithInvitation`, setup.ts);
 * - a manager may rotate the key: files from then on are sealed with the new
 *   one, which other desks get with a new invitation; the old keys stay, so
 *   older files remain readable.
 */
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { createOrgKey, currentOrgKey, allOrgKeys, storeOrgKeys } from '../crypto/org-key';
import { deskKeyPair, newKeyPair, storeDeskKeyPair, verifyText, type SigningKeyPair } from '../crypto/desk-signing';
import { CertRoster, certText, invitedCert, knownCerts, rootCert, storeCert, type DeskCert } from './desk-certs';
import { attestLegacyChanges } from './signed-heads';
import { versionVector } from './version-vector';
import { joinGroup, mayJoinAnotherGroup, syncIdentity } from './sync-group';
import { invitationKeyPair, openInvitation, type Invitation } from './invitation';
import { importBundle, type ImportResult } from './import-bundle';
import { SyncError } from './sync-error';

export interface OrgKeyStatus {
  hasKey: boolean;
  /** When the current key was made (a rotation shows here), and how many older ones are kept for older files. */
  keyCreatedAt: number | null;
  olderKeys: number;
  /** This desk's book comes from before keys and no key is here yet: the sync screen says what to do. */
  needsKey: boolean;
  /** Desks whose keys this desk knows. */
  desksWithKeys: number;
}

export function orgKeyStatus(ctx: CoreContext): OrgKeyStatus {
  const keys = allOrgKeys(ctx.db);
  const current = keys.find((key) => key.current) ?? null;
  return {
    hasKey: current !== null && deskKeyPair(ctx.db) !== null,
    keyCreatedAt: current?.createdAt ?? null,
    olderKeys: keys.length - (current ? 1 : 0),
    needsKey: current === null,
    desksWithKeys: knownCerts(ctx.db).length,
  };
}

/** A new organisation (first-run setup): its key, and this desk as the one that vouches for the others. Inside the caller's transaction. */
export function foundOrganisation(ctx: CoreContext): void {
  const { groupId } = syncIdentity(ctx.db);
  createOrgKey(ctx.db, ctx.now());
  const pair = newKeyPair();
  storeDeskKeyPair(ctx.db, pair);
  storeCert(ctx.db, rootCert(groupId, ctx.deskId, pair, ctx.now()));
}

/**
 * The first desk of an organisation from before keys makes the organisation's key, and vouches for the
 * changes of other desks it already holds, so it can pass them on to the desks it invites.
 */
export function establishOrgKey(ctx: CoreContext): OrgKeyStatus {
  if (currentOrgKey(ctx.db) || deskKeyPair(ctx.db)) {
    throw new DomainError('INVALID_TRANSITION', 'This desk already has the organisation key: write invitations for the other desks');
  }
  ctx.db.transaction(() => {
    foundOrganisation(ctx);
    attestOlderChanges(ctx, deskKeyPair(ctx.db)!);
  })();
  return orgKeyStatus(ctx);
}

function attestOlderChanges(ctx: CoreContext, pair: SigningKeyPair): void {
  attestLegacyChanges(ctx.db, syncIdentity(ctx.db).groupId, { deskId: ctx.deskId, pair }, versionVector(ctx.db));
}

/** A new current key; invitations written from now on carry it with the older ones. */
export function rotateOrgKey(ctx: CoreContext): OrgKeyStatus {
  if (!currentOrgKey(ctx.db)) throw new DomainError('INVALID_TRANSITION', 'This desk has no organisation key to replace');
  createOrgKey(ctx.db, ctx.now());
  return orgKeyStatus(ctx);
}

/** The invitation's certificates: its root checked by its own signature, every other back to it. */
function trustInvitation(ctx: CoreContext, invitation: Invitation): void {
  for (const cert of invitation.certs) {
    if (cert.invitation || cert.successorOf) continue;
    if (!verifyText(cert.publicKey, certText(invitation.groupId, cert), cert.signature)) {
      throw new DomainError('NOT_AN_INVITATION', 'This invitation is damaged: a desk’s key in it does not check');
    }
    storeCert(ctx.db, cert);
  }
  const roster = new CertRoster(ctx.db, invitation.groupId);
  roster.admit(invitation.certs);
  for (const cert of roster.newCerts) storeCert(ctx.db, cert);
}

/** This desk's own certificate from the invitation's one-time key (checked like any other before it is kept). */
function certifyThisDesk(ctx: CoreContext, invitation: Invitation): DeskCert {
  const pair = newKeyPair();
  const cert = invitedCert(invitation.groupId, ctx.deskId, pair, invitation.endorsement, invitationKeyPair(invitation), ctx.now());
  const roster = new CertRoster(ctx.db, invitation.groupId);
  try {
    roster.admit([cert]);
  } catch (error) {
    if (error instanceof SyncError) throw new DomainError('NOT_AN_INVITATION', `This invitation cannot admit a desk: ${error.message}`);
    throw error;
  }
  storeDeskKeyPair(ctx.db, pair);
  storeCert(ctx.db, cert);
  return cert;
}

function takeKeys(ctx: CoreContext, invitation: Invitation): void {
  storeOrgKeys(
    ctx.db,
    invitation.keys.map((key) => ({ keyId: key.keyId, key: Buffer.from(key.key, 'base64'), createdAt: key.createdAt })),
    invitation.currentKeyId,
  );
}

/**
 * An existing desk takes an invitation: an older desk gets the organisation's key and its own (its book
 * kept, the changes it holds vouched for), a desk after a rotation gets the new key. Then the full file
 * the invitation carries is imported like any other.
 */
export function acceptInvitation(ctx: CoreContext, input: { path: string; passphrase: string }): { imported: ImportResult } & OrgKeyStatus {
  const opened = openInvitation(input.path, input.passphrase, ctx.dataDir);
  try {
    return acceptOpenedInvitation(ctx, opened.invitation, opened.syncPath);
  } finally {
    opened.discard();
  }
}

/** acceptInvitation once the invitation is open (tests hand one over without sealing it). */
export function acceptOpenedInvitation(ctx: CoreContext, invitation: Invitation, syncPath: string): { imported: ImportResult } & OrgKeyStatus {
  const me = syncIdentity(ctx.db);
  if (invitation.groupId !== me.groupId && !mayJoinAnotherGroup(ctx.db)) {
    throw new SyncError('OTHER_ORGANISATION', `This invitation is for another organisation (${invitation.orgName})`);
  }
  ctx.db.transaction(() => {
    if (invitation.groupId !== me.groupId) joinGroup(ctx.db, invitation.groupId, invitation.orgName);
    takeKeys(ctx, invitation);
    trustInvitation(ctx, invitation);
    if (!deskKeyPair(ctx.db)) {
      certifyThisDesk(ctx, invitation);
      attestOlderChanges(ctx, deskKeyPair(ctx.db)!);
    }
  })();
  const imported = importBundle(ctx, { path: syncPath });
  return { imported, ...orgKeyStatus(ctx) };
}

/**
 * A desk not set up yet joins with an open invitation: the organisation, its keys, this desk's key vouched
 * for by the invitation, then everything from the full file it carries. Refused whole, the desk left as it
 * was, if any of it fails. The caller (desk/setup.ts) sets the desk code first, so a clash is found.
 */
export function joinWithInvitation(ctx: CoreContext, invitation: Invitation, syncPath: string, succeed: boolean): ImportResult {
  const before = ctx.db.prepare('SELECT group_id AS groupId, org_name AS orgName FROM desk').get() as { groupId: string; orgName: string | null };
  try {
    ctx.db.transaction(() => {
      joinGroup(ctx.db, invitation.groupId, invitation.orgName);
      takeKeys(ctx, invitation);
      trustInvitation(ctx, invitation);
      certifyThisDesk(ctx, invitation);
    })();
    return importBundle(ctx, { path: syncPath, join: true, succeed });
  } catch (error) {
    forgetOrganisation(ctx, before);
    throw error;
  }
}

/** Undoes a join that failed: no keys, no certificates, the desk's own group again. */
function forgetOrganisation(ctx: CoreContext, before: { groupId: string; orgName: string | null }): void {
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM org_keys').run();
    ctx.db.prepare('DELETE FROM desk_certs').run();
    ctx.db.prepare('DELETE FROM signed_heads').run();
    ctx.db.prepare('UPDATE desk SET signing_key = NULL, group_id = ?, org_name = ?').run(before.groupId, before.orgName);
  })();
}
