import { Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { RestoreReportPanel } from '../backups/restore-report';

/**
 * 从备份恢复: a new PC taking the place of one that was lost restores its desk from a backup file or the
 * encrypted copy on the office's USB drive (with the backup passphrase); people then sign in as before.
 */
export function RestoreForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RestoreReport>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await call('setup.restore', { path, passphrase: passphrase || null });
    setBusy(false);
    if (result.ok) return setReport(result.value);
    setErrors(fromServerIssues(result.error.issues));
    setFailure(result.error.code === 'VALIDATION' ? undefined : result.error);
  }

  if (report) {
    return (
      <>
        <RestoreReportPanel report={report} links={false} />
        <Button type="primary" onClick={onDone}>
          {t('backups.recovery.continue')}
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="restore-title">
      <h2 id="restore-title">{t('setup.restoreTitle')}</h2>
      <p className="muted">{t('setup.restoreIntro')}</p>
      {failure && <ErrorBanner error={failure} />}
      <FormField id="restore-path" label={t('setup.restorePath')} errorKey={errors.path} hint={t('setup.restorePathHint')} required>
        {(control) => <Input {...control} value={path} onChange={(event) => setPath(event.target.value)} />}
      </FormField>
      <FormField id="restore-passphrase" label={t('setup.restorePassphrase')} errorKey={errors.passphrase}>
        {(control) => <Input.Password {...control} autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button htmlType="submit" type="primary" disabled={busy}>
          {busy ? t('backups.restoring') : t('setup.restore')}
        </Button>
      </div>
    </form>
  );
}
