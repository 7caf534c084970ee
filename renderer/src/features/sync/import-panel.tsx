import { Button, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { ErrorBanner } from '../../ui/error-banner';
import { BusyNote } from './busy-note';
import { FolderField } from './folder-field';
import { ImportSummaryView, type ImportSummary } from './import-summary';
import { rememberedFolder, rememberFolder } from './remembered-folder';
import { SectionCard } from '../../ui/section-card';
import { SyncFileList, type SyncFile } from './sync-file-list';
import { useSyncAction } from './use-sync-action';
import { useCan } from '../session/session-context';
import type { SyncStatus } from './use-sync-status';

type ImportResult = ChannelOutput<'sync.import'>;

interface ImportPanelProps {
  status: SyncStatus;
  onChanged: () => void;
  onShowConflicts: () => void;
}

/** 导入: find the sync files in a folder, preview one, then import it. */
export function ImportPanel({ status, onChanged, onShowConflicts }: ImportPanelProps) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(() => rememberedFolder() || (status.folder ?? ''));
  const [folderError, setFolderError] = useState<string>();
  const [chosen, setChosen] = useState('');
  // A manager, having read why a file was refused as dated ahead of this PC, takes it anyway.
  const [acceptAhead, setAcceptAhead] = useState(false);
  const can = useCan();
  const listing = useSyncAction<SyncFile[]>();
  const preview = useSyncAction<ImportSummary>();
  const imported = useSyncAction<ImportResult>();
  const busy = listing.state.busy || preview.state.busy || imported.state.busy;

  // Anything that changes what would be imported makes the last preview stale.
  function startOver() {
    setAcceptAhead(false);
    preview.reset();
    imported.reset();
  }

  async function findFiles(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const target = folder.trim();
    if (!target) {
      setFolderError('errors.required');
      document.getElementById('import-folder')?.focus();
      return;
    }
    setFolderError(undefined);
    startOver();
    const result = await listing.run(() => call('sync.listFiles', { folder: target }));
    if (!result.ok) return;
    rememberFolder(target);
    setChosen((current) => (result.value.some((file) => file.path === current) ? current : ''));
  }

  function importInput(acceptClockAhead: boolean) {
    return { path: chosen, acceptClockAhead };
  }

  async function runPreview(event: FormEvent | null, acceptClockAhead = acceptAhead) {
    event?.preventDefault();
    if (busy || !chosen) return;
    imported.reset();
    setAcceptAhead(acceptClockAhead);
    await preview.run(() => call('sync.preview', importInput(acceptClockAhead)));
  }

  async function runImport() {
    if (busy || !chosen) return;
    const result = await imported.run(() => call('sync.import', importInput(acceptAhead)));
    if (result.ok) {
      preview.reset();
      onChanged();
    }
  }

  const actionError: AppError | null = preview.state.error ?? imported.state.error;
  const chosenFile = listing.state.value?.find((file) => file.path === chosen);

  return (
    <SectionCard titleId="import-title" title={t('sync.import.title')} intro={t('sync.import.intro')}>
      <form className="sync-form" onSubmit={(event) => void findFiles(event)} noValidate>
        <FolderField
          id="import-folder"
          value={folder}
          onChange={setFolder}
          errorKey={folderError}
          disabled={busy}
          actions={
            <Button htmlType="submit" type="primary" disabled={busy}>
              {listing.state.busy ? t('sync.import.finding') : t('sync.import.findFiles')}
            </Button>
          }
        />
      </form>
      {listing.state.error && <ErrorBanner error={listing.state.error} />}
      {listing.state.value && (
        <SyncFileList
          files={listing.state.value}
          chosen={chosen}
          deskCode={status.deskCode}
          disabled={busy}
          onChoose={(path) => {
            setChosen(path);
            startOver();
          }}
        />
      )}
      {chosenFile && (
        <form className="sync-form" onSubmit={(event) => void runPreview(event)} noValidate>
          <Typography.Paragraph strong className="sync-form__wide">
            {t('sync.import.chosen', { file: chosenFile.fileName })}
          </Typography.Paragraph>
          <div className="form-actions sync-form__wide">
            <Button htmlType="submit" disabled={busy}>
              {preview.state.busy ? t('sync.import.previewing') : t('sync.import.preview')}
            </Button>
          </div>
        </form>
      )}
      <BusyNote busy={preview.state.busy || imported.state.busy} text={imported.state.busy ? t('sync.import.busy') : t('sync.import.previewing')} />
      {actionError && <ErrorBanner error={actionError} />}
      {preview.state.error?.code === 'CLOCK_AHEAD' && can('resolve_conflict') && (
        <div className="form-actions">
          <Button disabled={busy} onClick={() => void runPreview(null, true)}>
            {t('sync.import.acceptClockAhead')}
          </Button>
        </div>
      )}
      {preview.state.value && (
        <ImportSummaryView summary={preview.state.value} id="import-preview-title" title={t('sync.import.previewTitle')} explain>
          <div className="form-actions">
            <Button type="primary" disabled={busy} onClick={() => void runImport()}>
              {imported.state.busy ? t('sync.import.busy') : t('sync.import.submit')}
            </Button>
          </div>
        </ImportSummaryView>
      )}
      {imported.state.value && (
        <ImportSummaryView summary={imported.state.value} id="import-done-title" title={t('sync.import.done')} done>
          <Typography.Paragraph type="secondary" className="sync-path">
            {t('sync.import.backup', { path: imported.state.value.backupPath })}
          </Typography.Paragraph>
          {imported.state.value.conflicts > 0 && (
            <div className="form-actions">
              <Button onClick={onShowConflicts}>{t('sync.import.showConflicts')}</Button>
            </div>
          )}
        </ImportSummaryView>
      )}
    </SectionCard>
  );
}
