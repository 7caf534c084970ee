import type { Db } from '../connection';
import type { Migration } from './index';
import { chainStart, nextLink } from '../../sync/change-chain';
import { changeLine, type ChangeTuple } from '../../sync/records';

/**
 * Sync files nobody outside the organisation can read or forge:
 * - `org_keys`: the organisation's keys (crypto/org-key.ts), the current one encrypting new files;
 * - `desk.signing_key`: this desk's Ed25519 private key; `desk_certs`: the desks of the organisation
 *   with their public keys and who vouched for them (sync/desk-certs.ts);
 * - `changes.link`: each change's link in its desk's hash chain (sync/change-chain.ts), worked out here
 *   for the changes already held, up to the first hole in a desk's numbering (filled in when the
 *   missing changes arrive);
 * - `signed_heads`: per desk, the signature over the link of the latest change held.
 * An upgraded book has no organisation key: the sync screen says how to get one.
 */
function linkExistingChanges(db: Db): void {
  // Read in pages by key (a statement being read may not be written beside): memory stays flat for any book.
  const page = db.prepare(
    `SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes FROM changes
      WHERE desk_id > ? OR (desk_id = ? AND seq > ?) ORDER BY desk_id, seq LIMIT 5000`,
  );
  const setLink = db.prepare('UPDATE changes SET link = ? WHERE desk_id = ? AND seq = ?');
  let deskId = '';
  let link: Buffer = Buffer.alloc(0);
  let expected = 1;
  let after: [string, number] = ['', 0];
  for (;;) {
    const rows = page.raw().all(after[0], after[0], after[1]) as [string, number, string, string, string, string, string, string | null, string][];
    if (rows.length === 0) break;
    for (const [desk, seq, hlc, entity, entityId, field, value, userId, supersedes] of rows) {
      if (desk !== deskId) {
        deskId = desk;
        link = chainStart(desk);
        expected = 1;
      }
      // Past a hole in a desk's numbering the links wait for the missing changes (sync/chain-links.ts).
      if (seq !== expected) continue;
      const change: ChangeTuple = [desk, seq, hlc, entity, entityId, field, value, userId, JSON.parse(supersedes) as string[]];
      link = nextLink(link, changeLine(change));
      setLink.run(link, desk, seq);
      expected += 1;
    }
    const last = rows[rows.length - 1]!;
    after = [last[0], last[1]];
  }
}

export const migration017SignedSync: Migration = {
  version: 17,
  name: 'signed-sync',
  up: (db) => {
    db.exec(`
      CREATE TABLE org_keys (
        key_id TEXT PRIMARY KEY,
        key BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        current INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
      ALTER TABLE desk ADD COLUMN signing_key BLOB;
      CREATE TABLE desk_certs (
        desk_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        invitation_id TEXT UNIQUE,
        cert TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE signed_heads (
        desk_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        link BLOB NOT NULL,
        signer TEXT NOT NULL,
        legacy INTEGER NOT NULL DEFAULT 0,
        signature TEXT NOT NULL
      ) WITHOUT ROWID;
      ALTER TABLE changes ADD COLUMN link BLOB;
      -- Still append-only: only a missing link may be filled in, once.
      DROP TRIGGER changes_no_update;
      CREATE TRIGGER changes_no_update BEFORE UPDATE OF desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes ON changes
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
      CREATE TRIGGER changes_link_once BEFORE UPDATE OF link ON changes WHEN OLD.link IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    `);
    linkExistingChanges(db);
  },
};
