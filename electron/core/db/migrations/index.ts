import { migration001Initial } from './001-initial';
import { migration002Lifecycle } from './002-lifecycle';
import { migration003Callbacks } from './003-callbacks';
import { migration004Sync } from './004-sync';
import { migration005StatsIndexes } from './005-stats-indexes';
import { migration006ListIndexes } from './006-list-indexes';
import { migration007FollowupAmendments } from './007-followup-amendments';
import { migration008DropClockIndex } from './008-drop-clock-index';
import { migration009SetAsideAndEmail } from './009-set-aside-and-email';
import { migration010Accounts } from './010-accounts';
import { migration011DeskSuccession } from './011-desk-succession';
import { migration012PeriodFindings } from './012-period-findings';
import { migration013WatchedClocks } from './013-watched-clocks';
import { migration014VerificationAndTeam } from './014-verification-and-team';
import { migration015Contractors } from './015-contractors';
import { migration016NoticePhotos } from './016-notice-photos';
import { migration017SignedSync } from './017-signed-sync';
import { migration018LogEntries } from './018-log-entries';
import { migration019StatsFacts } from './019-stats-facts';
import { migration020LighterRegistration } from './020-lighter-registration';
import { migration021NameKeys } from './021-name-keys';
import { migration022DigitWindows } from './022-digit-windows';
import { migration023ListCounts } from './023-list-counts';
import { migration024CaseEventsIndex } from './024-case-events-index';
import { migration025CaseEventsLiveIndex } from './025-case-events-live-index';
import { migration026OpenMark } from './026-open-mark';
import { migration027SearchPending } from './027-search-pending';
import { migration028WaitingCases } from './028-waiting-cases';
import type { Db } from '../connection';

/** How far a long migration has got, in units of its own (changes rewritten, tables filled); called often, so it must be cheap. */
export type MigrationProgress = (done: number, total: number) => void;

export interface Migration {
  version: number;
  name: string;
  /**
   * SQL, or code where existing rows need a value worked out the way the app works it out. Code that takes long on
   * a large book says how far it has got (the upgrade screen shows it); the rest count as one step.
   */
  up: string | ((db: Db, onProgress: MigrationProgress) => void);
}

/** In order; a migration once released is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002Lifecycle,
  migration003Callbacks,
  migration004Sync,
  migration005StatsIndexes,
  migration006ListIndexes,
  migration007FollowupAmendments,
  migration008DropClockIndex,
  migration009SetAsideAndEmail,
  migration010Accounts,
  migration011DeskSuccession,
  migration012PeriodFindings,
  migration013WatchedClocks,
  migration014VerificationAndTeam,
  migration015Contractors,
  migration016NoticePhotos,
  migration017SignedSync,
  migration018LogEntries,
  migration019StatsFacts,
  migration020LighterRegistration,
  migration021NameKeys,
  migration022DigitWindows,
  migration023ListCounts,
  migration024CaseEventsIndex,
  migration025CaseEventsLiveIndex,
  migration026OpenMark,
  migration027SearchPending,
  migration028WaitingCases,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
