import { Alert, Button, Card, Empty, Input, Radio, Typography } from 'antd';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, RecoveryStatus, RestoreReport } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { formatBytes, RestoreReportPanel } from './restore-report';

/** A manager's name and password: nobody can sign in to a damaged book, so restoring and exporting ask for them. */
function useCredentials() {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  return { name, password, setName, setPassword };
}

/**
 * The screen a damaged case book opens on. It says what is wrong and that the file is left as it is, and
 * offers the three ways on: restore a backup, rebuild from another desk (start over, then join), or export
 * the cases that can still be read.
 */
export function RecoveryScreen({ recovery, onRecovered }: { recovery: RecoveryStatus; onRecovered: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [backups, setBackups] = useState<Backup[]>();
  const [chosen, setChosen] = useState('');
  const credentials = useCredentials();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RestoreReport>();
  const [exported, setExported] = useState<{ path: string; cases: number }>();

  useEffect(() => {
    void call('recovery.backups', {}).then((answer) => (answer.ok ? setBackups(answer.value) : setFailure(answer.error)));
  }, []);

  const fail = (error: AppError) => {
    setErrors(fromServerIssues(error.issues));
    setFailure(error.code === 'VALIDATION' ? undefined : error);
  };

  async function restore(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return setErrors({ backupId: 'backups.recovery.chooseBackup' });
    setBusy(true);
    const answer = await call('recovery.restore', { backupId: chosen, name: credentials.name, password: credentials.password });
    setBusy(false);
    if (answer.ok) setReport(answer.value);
    else fail(answer.error);
  }

  async function exportReadable() {
    setBusy(true);
    const answer = await call('recovery.exportReadable', { name: credentials.name, password: credentials.password });
    setBusy(false);
    if (answer.ok) {
      setExported(answer.value);
      setFailure(undefined);
    } else fail(answer.error);
  }

  async function startOver() {
    setBusy(true);
    const answer = await call('recovery.startOver', {});
    setBusy(false);
    if (answer.ok) onRecovered();
    else fail(answer.error);
  }

  if (report) {
    return (
      <section className="page" aria-labelledby="restore-report-title">
        <RestoreReportPanel report={report} links={false} />
        <Button type="primary" onClick={onRecovered}>
          {t('backups.recovery.continue')}
        </Button>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="recovery-title">
      <Alert
        type="error"
        showIcon
        className="backups__notice"
        title={<h1 id="recovery-title">{t('backups.recovery.title')}</h1>}
        description={
          <>
            <p>{t(`backups.recovery.kinds.${recovery.kind}`)}</p>
            <p>{t('backups.recovery.untouched')}</p>
            <p className="muted">{t('backups.recovery.file', { file: recovery.file })}</p>
          </>
        }
      />
      {failure && <ErrorBanner error={failure} />}

      <div className="backups__panels">
        <RecoveryCard titleId="recovery-restore-title" title={t('backups.recovery.restoreTitle')} intro={t('backups.recovery.restoreIntro')}>
          <form onSubmit={(event) => void restore(event)} noValidate>
            {backups?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('backups.recovery.noBackups')} />}
            {backups && backups.length > 0 && (
              <fieldset className="recovery__backups" aria-invalid={errors.backupId ? true : undefined}>
                <legend>{t('backups.listLabel')}</legend>
                {errors.backupId && <Typography.Text type="danger">{t(errors.backupId as 'backups.recovery.chooseBackup')}</Typography.Text>}
                <Radio.Group vertical name="backup" value={chosen} onChange={(event) => setChosen(String(event.target.value))}>
                  {backups.map((backup) => (
                    <Radio key={backup.id} value={backup.id}>
                      {formatDateTime(backup.at)} · {t(`backups.reasons.${backup.reason}`)} · {t('backups.columns.cases')} {backup.cases} · {formatBytes(backup.bytes)}
                    </Radio>
                  ))}
                </Radio.Group>
              </fieldset>
            )}
            <div className="backups__fields">
              <FormField id="recovery-name" label={t('backups.recovery.managerName')} errorKey={errors.name} required>
                {(control) => <Input {...control} autoComplete="username" value={credentials.name} onChange={(e) => credentials.setName(e.target.value)} />}
              </FormField>
              <FormField id="recovery-password" label={t('backups.recovery.managerPassword')} errorKey={errors.password} required>
                {(control) => (
                  <Input.Password {...control} autoComplete="current-password" value={credentials.password} onChange={(e) => credentials.setPassword(e.target.value)} />
                )}
              </FormField>
            </div>
            <div className="form-actions">
              <Button htmlType="submit" type="primary" disabled={busy || !backups?.length}>
                {t('backups.recovery.restore')}
              </Button>
            </div>
          </form>
        </RecoveryCard>

        <RecoveryCard titleId="recovery-rebuild-title" title={t('backups.recovery.rebuildTitle')} intro={t('backups.recovery.rebuildIntro')}>
          <Button disabled={busy} onClick={() => void startOver()}>
            {t('backups.recovery.rebuild')}
          </Button>
        </RecoveryCard>

        <RecoveryCard titleId="recovery-export-title" title={t('backups.recovery.exportTitle')} intro={t('backups.recovery.exportIntro')}>
          <Button disabled={busy} onClick={() => void exportReadable()}>
            {t('backups.recovery.export')}
          </Button>
          {exported && <p role="status">{t('backups.recovery.exported', exported)}</p>}
        </RecoveryCard>
      </div>
    </section>
  );
}

/** One way on from a damaged book: a card with its heading and what it does. */
function RecoveryCard({ titleId, title, intro, children }: { titleId: string; title: string; intro: string; children: ReactNode }) {
  return (
    <Card size="small" role="region" aria-labelledby={titleId} title={<h2 id={titleId} className="backups__card-title">{title}</h2>}>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {children}
    </Card>
  );
}
