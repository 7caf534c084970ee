import type { upgradeZh } from './i18n.zh-CN';

/** Strings of the upgrade screen (English). */
export const upgradeEn: typeof upgradeZh = {
  title: 'Upgrading the case book',
  intro: 'This version of the app first brings the case book to its new structure; then you can sign in. A large book takes a few minutes.',
  phases: {
    reading: 'Reading the case book',
    checking: 'Checking the case book',
    backup: 'Backing up',
    migrate: 'Upgrading the data structure: step {{step}} of {{steps}} (version {{version}})',
    compact: 'Tidying the file',
  },
  keepOpen: 'Please do not close the app. The case book was backed up before the upgrade: even a power cut loses nothing.',
  keepOpenBeforeBackup: 'Please do not close the app. The case book is backed up before the upgrade: even a power cut loses nothing.',
  finished: 'Upgrade finished.',
  failedTitle: 'The upgrade of the case book did not finish',
  failedKept: 'The case book stays whole at version {{version}}, as before the upgrade, and nothing is lost; the next start tries the upgrade again.',
  failedBackup: 'The backup taken before the upgrade: {{file}}',
  failedNoBackup: 'The upgrade stopped before its backup: the case book was not changed.',
  failedError: 'Error: {{error}}',
  failedMigration: 'Upgrading to version {{version}} failed: {{error}}',
  failedNext: 'You can close the app now. Please pass the above on to whoever looks after this computer.',
  checkTitle: 'Opening the case book',
  checkIntro: 'The case book is large: it is checked before it opens, which takes a few seconds.',
  checked: 'Check finished.',
  checkFailedTitle: 'The case book did not open',
  checkFailed: 'Checking the case book failed; the case book was not changed.',
};
