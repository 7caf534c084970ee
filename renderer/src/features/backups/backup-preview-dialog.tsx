import { Button, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, BackupContents } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { ModalDialog } from '../../ui/modal-dialog';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import type { CaseStatus } from '../../../../shared/domain';

type LatestCase = BackupContents['latestCases'][number];

/** A look inside a backup before restoring it: whose it is, how many cases, the latest ones. */
export function BackupPreviewDialog({ backup, onRestore, onClose }: { backup: Backup; onRestore: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const labels = useEnumLabels();
  const [contents, setContents] = useState<BackupContents>();
  const [failure, setFailure] = useState<AppError>();
  useEffect(() => {
    void call('backups.preview', { id: backup.id }).then((answer) => (answer.ok ? setContents(answer.value) : setFailure(answer.error)));
  }, [backup.id]);
  return (
    <ModalDialog title={t('backups.previewTitle', { at: formatDateTime(backup.at) })} onClose={onClose}>
      {failure && <ErrorBanner error={failure} />}
      {!contents && !failure && <p className="muted">{t('backups.loading')}</p>}
      {contents && (
        <>
          <p>{t('backups.previewSummary', { org: contents.orgName, code: contents.deskCode, cases: contents.cases, people: contents.people })}</p>
          {contents.latestCases.length > 0 && (
            <>
              <h3 className="backups__subtitle">{t('backups.previewLatest')}</h3>
              <Table<LatestCase>
                size="small"
                pagination={false}
                showHeader={false}
                aria-label={t('backups.previewLatest')}
                rowKey="number"
                dataSource={contents.latestCases}
                columns={[
                  { key: 'number', dataIndex: 'number', className: 'nowrap' },
                  { key: 'receivedAt', className: 'nowrap', render: (_, kase) => formatDateTime(kase.receivedAt) },
                  { key: 'name', dataIndex: 'complainantName' },
                  { key: 'status', className: 'nowrap', render: (_, kase) => labels.status(kase.status as CaseStatus) },
                ]}
              />
            </>
          )}
        </>
      )}
      <div className="dialog__actions">
        <Button danger disabled={!contents} onClick={onRestore}>
          {t('backups.restore')}
        </Button>
        <Button type="primary" onClick={onClose} data-autofocus>
          {t('backups.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
