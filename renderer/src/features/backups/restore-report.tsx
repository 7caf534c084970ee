import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../../shared/schemas/backups';
import { hrefFor } from '../../lib/route';

/** What a restore did, what the backup lacks, and where to get it back (the other desks' full sync files). */
export function RestoreReportPanel({ report, links = true }: { report: RestoreReport; links?: boolean }) {
  const { t } = useTranslation();
  const { lost } = report;
  return (
    <Alert
      type="success"
      showIcon
      // A finished state, read out once: a status, not an alarm.
      role="status"
      aria-labelledby="restore-report-title"
      className="backups__notice"
      title={<h2 id="restore-report-title">{t('backups.report.title')}</h2>}
      description={
        <>
          <p>{t('backups.report.restored', { cases: report.cases, code: report.deskCode })}</p>
          {report.keptAs && <p className="muted">{t('backups.report.keptAs', { path: report.keptAs })}</p>}
          {!lost.known && <p>{t('backups.report.lostUnknown')}</p>}
          {lost.known && lost.caseNumbers.length + lost.changes === 0 && <p>{t('backups.report.nothingLost')}</p>}
          {lost.known && lost.caseNumbers.length + lost.changes > 0 && (
            <>
              <p>{t('backups.report.lost', { count: lost.caseNumbers.length, changes: lost.changes })}</p>
              {lost.caseNumbers.length > 0 && (
                <ul className="restore-report__numbers">
                  {lost.caseNumbers.map((number) => (
                    <li key={number}>{number}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <p>{report.askDesks.length > 0 ? t('backups.report.askDesks', { desks: report.askDesks.join('、') }) : t('backups.report.askAnyDesk')}</p>
          {links && (
            <Space>
              <Button type="primary" href={hrefFor({ name: 'sync' })}>
                {t('backups.report.toSync')}
              </Button>
              <Button href={hrefFor({ name: 'cases' })}>{t('backups.report.toCases')}</Button>
            </Space>
          )}
        </>
      }
    />
  );
}

/** 12.3 MB: sizes as an office reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
