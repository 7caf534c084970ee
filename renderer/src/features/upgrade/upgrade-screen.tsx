import { Alert, Card, Progress, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpgradeStatus } from '../../../../shared/schemas/upgrade';
import { usePolledValue } from '../../lib/use-polled-value';

/** How far the phase under way (in `migrate`, the migration) has got, in whole percent. */
function percentOf(status: UpgradeStatus | undefined): number {
  if (!status || status.total === 0) return 0;
  return Math.min(100, Math.floor((status.done / status.total) * 100));
}

/** Whether the phase under way counts its units (bytes read, pages copied, changes rewritten), or is one step that says nothing until done. */
function counted(status: UpgradeStatus | undefined): boolean {
  return status !== undefined && (status.total > 1 || status.state === 'done');
}

/**
 * A large book at this version is only checked before it opens (nothing to migrate): the screen says "opening", not
 * "upgrading". Also before the first answer, so an upgrade's screen starts neutral rather than a check's saying "upgrade".
 */
function onlyChecking(status: UpgradeStatus | undefined): boolean {
  return status === undefined || status.fromVersion === status.toVersion;
}

/** The phase in words: in `migrate`, which step of how many and the version it brings the book to. */
function usePhaseText(status: UpgradeStatus | undefined): string {
  const { t } = useTranslation();
  if (!status) return t('upgrade.phases.reading');
  if (status.state === 'done') return t(onlyChecking(status) ? 'upgrade.checked' : 'upgrade.finished');
  if (status.phase !== 'migrate') return t(`upgrade.phases.${status.phase}`);
  return t('upgrade.phases.migrate', {
    step: status.version - status.fromVersion,
    steps: status.toVersion - status.fromVersion,
    version: status.version,
  });
}

/** Until the backup is made, the note says one will be. */
const BEFORE_BACKUP: readonly UpgradeStatus['phase'][] = ['reading', 'checking', 'backup'];

function UpgradeUnderWay({ status }: { status: UpgradeStatus | undefined }) {
  const { t } = useTranslation();
  const phase = usePhaseText(status);
  const backedUp = status !== undefined && !BEFORE_BACKUP.includes(status.phase);
  const checking = onlyChecking(status);
  return (
    <>
      <Typography.Paragraph type="secondary">{t(checking ? 'upgrade.checkIntro' : 'upgrade.intro')}</Typography.Paragraph>
      <p className="upgrade__phase">{phase}</p>
      {counted(status) ? (
        <Progress percent={percentOf(status)} status={status?.state === 'done' ? 'success' : 'active'} aria-label={phase} />
      ) : (
        // SQLite's check says nothing until it is done (16 s at 1,000,000 cases): a bar that moves, not one stuck at 0 %.
        <Progress percent={100} showInfo={false} status="active" aria-label={phase} />
      )}
      {/* A check writes nothing: there is nothing to keep the app open for. */}
      {!checking && <Alert className="upgrade__note" type="info" showIcon title={t(backedUp ? 'upgrade.keepOpen' : 'upgrade.keepOpenBeforeBackup')} />}
    </>
  );
}

function UpgradeFailed({ status }: { status: UpgradeStatus }) {
  const { t } = useTranslation();
  if (onlyChecking(status)) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('upgrade.checkFailed')}
        description={
          <>
            {status.error && <p className="upgrade__error">{t('upgrade.failedError', { error: status.error })}</p>}
            <p>{t('upgrade.failedNext')}</p>
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('upgrade.failedKept', { version: status.keptVersion ?? status.fromVersion })}
      description={
        <>
          <p>{status.backupFile ? t('upgrade.failedBackup', { file: status.backupFile }) : t('upgrade.failedNoBackup')}</p>
          {status.error && (
            <p className="upgrade__error">
              {status.phase === 'migrate'
                ? t('upgrade.failedMigration', { version: status.version, error: status.error })
                : t('upgrade.failedError', { error: status.error })}
            </p>
          )}
          <p>{t('upgrade.failedNext')}</p>
        </>
      }
    />
  );
}

/**
 * The screen a book an older version wrote opens on while its upgrade runs on a thread of its own, and a large book
 * while it is checked there: the phase in words and how far it has got, asked of the core over and over; then, once
 * the upgraded book is in (or there was no upgrade to wait for after all: the book was found damaged), on to what the
 * desk shows next (`onFinished`). A failed upgrade says why, at which whole version the book stays and where the
 * backup taken before it is.
 */
export function UpgradeScreen({ onFinished }: { onFinished: () => void }) {
  const { t } = useTranslation();
  const status = usePolledValue('upgrade.status', true);
  const finished = status === null || status?.state === 'done';
  useEffect(() => {
    if (finished) onFinished();
  }, [finished, onFinished]);

  const failed = status?.state === 'failed';
  const checking = onlyChecking(status ?? undefined);
  const title = checking ? (failed ? 'upgrade.checkFailedTitle' : 'upgrade.checkTitle') : failed ? 'upgrade.failedTitle' : 'upgrade.title';
  return (
    <section className="page upgrade" aria-labelledby="upgrade-title">
      <Card className="upgrade__card" title={<h1 id="upgrade-title" className="upgrade__title">{t(title)}</h1>}>
        {failed ? <UpgradeFailed status={status} /> : <UpgradeUnderWay status={status ?? undefined} />}
      </Card>
    </section>
  );
}
