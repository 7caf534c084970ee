import { Button, Empty, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, BookCheck, RestoreReport } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { useTaskProgress } from '../../lib/use-task-progress';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorBanner } from '../../ui/error-banner';
import { TaskProgressBar } from '../../ui/task-progress-bar';
import { BackupPreviewDialog } from './backup-preview-dialog';
import { BookCheckPanel } from './book-check-panel';
import { OffsitePanel } from './offsite-panel';
import { formatBytes, RestoreReportPanel } from './restore-report';

/**
 * 备份与恢复 (managers): the backups kept, a backup now, a look inside one, restoring one (after a
 * confirmation; the report says what the backup lacks and where to get it back), the weekly full check,
 * and the second, encrypted copy to a USB drive or share.
 */
export function BackupsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [backups, setBackups] = useState<Backup[]>();
  const [lastCheck, setLastCheck] = useState<BookCheck | null>(null);
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [done, setDone] = useState<string>();
  const [previewing, setPreviewing] = useState<Backup>();
  const [confirming, setConfirming] = useState<Backup>();
  const [report, setReport] = useState<RestoreReport>();
  const progress = useTaskProgress(busy === 'backup');

  const load = useCallback(async () => {
    const answer = await call('backups.list', {});
    if (answer.ok) {
      setBackups(answer.value.backups);
      setLastCheck(answer.value.lastCheck);
    } else setFailure(answer.error);
  }, []);
  useEffect(() => void load(), [load]);

  async function backUpNow() {
    setBusy('backup');
    setFailure(undefined);
    setDone(undefined);
    const answer = await call('backups.create', {});
    setBusy(null);
    if (answer.ok) setDone(t('backups.backedUp', { cases: answer.value.cases }));
    else setFailure(answer.error);
    await load();
  }

  async function restore(backup: Backup) {
    setConfirming(undefined);
    setPreviewing(undefined);
    setBusy('restore');
    setFailure(undefined);
    setDone(undefined);
    const answer = await call('backups.restore', { id: backup.id });
    setBusy(null);
    if (answer.ok) setReport(answer.value);
    else setFailure(answer.error);
    await load();
  }

  return (
    <section className="page" aria-labelledby="backups-title">
      <div className="page-head">
        <h1 id="backups-title">{t('backups.title')}</h1>
        <p className="muted">{t('backups.intro')}</p>
      </div>
      {report && <RestoreReportPanel report={report} />}
      {failure && <ErrorBanner error={failure} />}
      <div className="form-actions">
        <Button type="primary" disabled={busy !== null} onClick={() => void backUpNow()}>
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backupNow')}
        </Button>
        {busy === 'backup' && <TaskProgressBar progress={progress} />}
        {busy === 'restore' && <span role="status">{t('backups.restoring')}</span>}
        {done && <span role="status">{done}</span>}
      </div>
      {!backups && <p className="muted">{t('backups.loading')}</p>}
      {backups?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('backups.none')} />}
      {backups && backups.length > 0 && (
        <Table<Backup>
          size="small"
          pagination={false}
          aria-label={t('backups.listLabel')}
          rowKey="id"
          dataSource={backups}
          columns={[
            { key: 'at', title: t('backups.columns.at'), className: 'nowrap', render: (_, backup) => formatDateTime(backup.at) },
            { key: 'reason', title: t('backups.columns.reason'), className: 'nowrap', render: (_, backup) => t(`backups.reasons.${backup.reason}`) },
            { key: 'cases', title: t('backups.columns.cases'), className: 'nowrap', align: 'end', dataIndex: 'cases' },
            { key: 'size', title: t('backups.columns.size'), className: 'nowrap', align: 'end', render: (_, backup) => formatBytes(backup.bytes) },
            {
              key: 'actions',
              title: t('backups.columns.actions'),
              render: (_, backup) => (
                <Space size="small">
                  <Button size="small" disabled={busy !== null} onClick={() => setPreviewing(backup)}>
                    {t('backups.preview')}
                  </Button>
                  <Button size="small" danger disabled={busy !== null} onClick={() => setConfirming(backup)}>
                    {t('backups.restore')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <div className="backups__panels">
        <BookCheckPanel lastCheck={lastCheck} onChecked={setLastCheck} />
        <OffsitePanel />
      </div>
      {previewing && (
        <BackupPreviewDialog backup={previewing} onRestore={() => setConfirming(previewing)} onClose={() => setPreviewing(undefined)} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('backups.confirmTitle', { at: formatDateTime(confirming.at) })}
          body={t('backups.confirmBody')}
          confirmLabel={t('backups.confirm')}
          cancelLabel={t('backups.cancel')}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </section>
  );
}
