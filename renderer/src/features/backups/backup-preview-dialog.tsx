import { Button } from 'antd';
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
            <table className="history-table" aria-label={t('backups.previewLatest')}>
              <caption>{t('backups.previewLatest')}</caption>
              <tbody>
                {contents.latestCases.map((kase) => (
                  <tr key={kase.number}>
                    <td className="nowrap">{kase.number}</td>
                    <td className="nowrap">{formatDateTime(kase.receivedAt)}</td>
                    <td>{kase.complainantName}</td>
                    <td className="nowrap">{labels.status(kase.status as CaseStatus)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
