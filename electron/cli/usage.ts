export const USAGE = `Complaint Desk command line

Usage:
  npm run cli -- setup --data-dir DIR --org-name NAME --desk-code A --admin NAME
                       [--role manager|general_manager] --password-file P
  npm run cli -- join --data-dir DIR --desk-code B --invite FILE --passphrase-file P
                      (--admin NAME | --person NAME) --password-file Q [--replaces-lost-desk]
  npm run cli -- users add --data-dir DIR --name NAME [--role ROLE] --password-file P
  npm run cli -- access-log --data-dir DIR [--json]
  npm run cli -- seed --data-dir DIR --cases N [--desk-code A] [--seed 42]
                      [--until YYYY-MM-DD] [--months 18] [--org-name NAME] [--password-file P]
  npm run cli -- dump --data-dir DIR
  npm run cli -- sync export --data-dir DIR --out FILE [--full]
  npm run cli -- sync import --data-dir DIR [--join] [--accept-clock-ahead] FILE
  npm run cli -- sync invite --data-dir DIR --out FILE.cdinvite --passphrase-file P
  npm run cli -- sync accept-invite --data-dir DIR --invite FILE --passphrase-file P
  npm run cli -- sync establish-key --data-dir DIR
  npm run cli -- sync rotate-key --data-dir DIR
  npm run cli -- check --data-dir DIR
  npm run cli -- backup --data-dir DIR [--out FILE.sqlite3]
  npm run cli -- backups --data-dir DIR [--json]
  npm run cli -- restore --data-dir DIR --from FILE [--passphrase-file P]
  npm run cli -- stats --data-dir DIR --from YYYY-MM-DD --to YYYY-MM-DD [--site S] [--json]
  npm run cli -- help

Commands:
  setup  Sets up a new desk: the organisation, the desk code and the
         administrator (a manager by default), who signs in with the
         password on the first line of --password-file.
  join   A new desk joins an organisation with an invitation a manager wrote
         (sync invite): the organisation key, its people and records. --admin
         is who signs in here: a person the organisation has (their own
         password) or a new manager; --person only takes an existing one.
  users  add: a person with a role (receptionist, representative, customer_rep,
         assistant, manager, emergency_coordinator, general_manager) and a
         password from --password-file.
  access-log
         Who opened which case, showed which number, printed or exported
         what, signed in or failed to: newest first (--json: as JSON).
  seed   Adds N demo complaints (Chinese, deterministic for a given --seed),
         registered and then judged, dispatched, resolved and called back
         through the app's own services, spread over the --months before
         --until (default: now). A folder that is not set up yet gets the
         first-run setup: organisation, desk code, staff and sites; with
         --password-file every demo person signs in with that password,
         without it the first start asks who the administrator is.
  dump   Prints every case with its change history, and every user and other
         synced record, as canonical JSON (sorted keys, sorted records) on
         stdout. Two desks that have exchanged everything print the same.

  sync   Writes a sync file of what the other desks have not confirmed (or
         everything, with --full), or imports one: checked whole first (the
         organisation key, each desk's signature, every change), a backup
         taken, then applied in one transaction. invite: a manager's
         invitation for another desk, under the passphrase in the file
         (8 characters or more). accept-invite: a desk of the organisation
         from before keys (or after a rotation) takes the key. establish-key:
         the first desk upgraded makes the organisation key. rotate-key:
         a new key for files from now on (older files stay readable).
  check  Checks the database: SQLite's own check, the change log and its
         current values, every table against its recorded changes, the
         search index, the attachment files. Exit code 2 if wrong.
  stats  The statistics of a period (--to inclusive), as on the screen.
  backup Takes a backup now (checked before it counts) and prints its path;
         --out writes it to FILE instead of the data folder's backups/.
  backups
         The backups kept, newest first: time, reason, cases, path.
  restore
         Restores a backup (the app must be closed). The case book as it was
         is kept first; the desk goes on under a new desk id with the same
         code; prints what the backup lacks and which desks' full sync files
         bring it back. FILE may be a backup (.sqlite3) or the encrypted
         copy in the office's backup folder (.cdbackup, with the backup
         passphrase in --passphrase-file).

--data-dir may be replaced by the COMPLAINT_DESK_DATA_DIR environment variable.

Exit codes: 0 ok, 1 bad usage, 2 data problem (no database, a database from
a newer version, a damaged database or backup), 3 unexpected failure.
`;
