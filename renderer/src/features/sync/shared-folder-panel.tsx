import { Alert, Button, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { translateKey } from '../../i18n/translate-key';
import { ErrorBanner } from '../../ui/error-banner';
import { BusyNote } from './busy-note';
import { FolderField } from './folder-field';
import { ResultCard } from './sync-card';
import { SectionCard } from '../../ui/section-card';
import { useSyncAction } from './use-sync-action';
import type { SyncStatus } from './use-sync-status';

type FolderSyncResult = ChannelOutput<'sync.exchangeFolder'>;

interface SharedFolderPanelProps {
  status: SyncStatus;
  onStatus: (status: SyncStatus) => void;
  onChanged: () => void;
  onShowConflicts: () => void;
}

/** 共享文件夹: every desk points at one folder; one click takes in the others' files and writes this desk's. */
export function SharedFolderPanel({ status, onStatus, onChanged, onShowConflicts }: SharedFolderPanelProps) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(status.folder ?? '');
  const [folderError, setFolderError] = useState<string>();
  const [notice, setNotice] = useState('');
  const setting = useSyncAction<SyncStatus>();
  const exchange = useSyncAction<FolderSyncResult>();
  const busy = setting.state.busy || exchange.state.busy;

  async function save(next: string | null) {
    if (busy) return;
    if (next !== null && !next.trim()) {
      setFolderError('errors.required');
      document.getElementById('shared-folder')?.focus();
      return;
    }
    setFolderError(undefined);
    setNotice('');
    exchange.reset();
    const result = await setting.run(() => call('sync.setFolder', { folder: next === null ? null : next.trim() }));
    if (!result.ok) return;
    onStatus(result.value);
    setFolder(result.value.folder ?? '');
    setNotice(result.value.folder ? t('sync.shared.saved') : t('sync.shared.stopped'));
  }

  async function runExchange(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setNotice('');
    const result = await exchange.run(() => call('sync.exchangeFolder', {}));
    if (result.ok) onChanged();
  }

  return (
    <SectionCard titleId="shared-title" title={t('sync.shared.title')} intro={t('sync.shared.intro')}>
      {/* The e2e fixture reads the current folder by this class and its dt/dd pair. */}
      <dl className="sync-facts">
        <div className="sync-facts__wide">
          <dt>{t('sync.shared.current')}</dt>
          <dd className={status.folder ? 'sync-path' : undefined}>
            {status.folder ?? <Typography.Text type="secondary">{t('sync.shared.none')}</Typography.Text>}
          </dd>
        </div>
      </dl>
      <form
        className="sync-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(folder);
        }}
      >
        <FolderField
          id="shared-folder"
          value={folder}
          onChange={setFolder}
          errorKey={folderError}
          disabled={busy}
          actions={
            <>
              <Button htmlType="submit" disabled={busy}>
                {t('sync.shared.use')}
              </Button>
              {status.folder && (
                <Button disabled={busy} onClick={() => void save(null)}>
                  {t('sync.shared.stop')}
                </Button>
              )}
            </>
          }
        />
      </form>
      {setting.state.error && <ErrorBanner error={setting.state.error} />}
      {notice && <Alert type="success" showIcon role="status" className="sync-notice" title={notice} />}
      {status.folder && (
        <form className="sync-form sync-exchange" onSubmit={(event) => void runExchange(event)} noValidate>
          <div className="form-actions sync-form__wide">
            <Button htmlType="submit" type="primary" size="large" disabled={busy}>
              {exchange.state.busy ? t('sync.shared.busy') : t('sync.shared.exchange')}
            </Button>
          </div>
        </form>
      )}
      <BusyNote busy={exchange.state.busy} text={t('sync.shared.busy')} />
      {exchange.state.error && <ErrorBanner error={exchange.state.error} />}
      {exchange.state.value && <ExchangeDone result={exchange.state.value} onShowConflicts={onShowConflicts} />}
    </SectionCard>
  );
}

function ExchangeDone({ result, onShowConflicts }: { result: FolderSyncResult; onShowConflicts: () => void }) {
  const { t } = useTranslation();
  const conflicts = result.imported.reduce((sum, file) => sum + file.conflicts, 0);
  return (
    <ResultCard id="exchange-done-title" title={t('sync.shared.done')} done>
      {result.imported.length === 0 ? (
        <Typography.Paragraph>{t('sync.shared.nothingImported')}</Typography.Paragraph>
      ) : (
        <>
          <h4 className="sync-result__subtitle">{t('sync.shared.imported')}</h4>
          <ul className="sync-lines">
            {result.imported.map((file) => (
              <li key={file.fileName}>
                {t('sync.shared.importedLine', {
                  code: file.senderDeskCode,
                  newChanges: file.newChanges,
                  newCases: file.newCases,
                  conflicts: file.conflicts,
                })}
                <Typography.Text type="secondary" className="sync-path">
                  {' '}
                  · {file.fileName}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.failed.length > 0 && (
        <>
          <h4 className="sync-result__subtitle">
            <Typography.Text type="danger">{t('sync.shared.failed')}</Typography.Text>
          </h4>
          <ul className="sync-lines">
            {result.failed.map((file) => (
              <li key={file.fileName}>
                <Typography.Text type="danger">
                  {t('sync.shared.failedLine', {
                    file: file.fileName,
                    reason: translateKey(t, `errorCodes.${file.code}`, t('errorCodes.INTERNAL')),
                  })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Typography.Paragraph type="secondary">
        {t('sync.shared.wrote', { file: result.exported.fileName, changes: result.exported.changes, attachments: result.exported.blobs })}
      </Typography.Paragraph>
      {conflicts > 0 && (
        <div className="form-actions">
          <Button onClick={onShowConflicts}>{t('sync.import.showConflicts')}</Button>
        </div>
      )}
    </ResultCard>
  );
}
