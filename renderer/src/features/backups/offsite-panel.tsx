import { Alert, Button, Card, Input, Typography } from 'antd';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OffsiteStatus } from '../../../../shared/schemas/backups';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { useFormatDateTime } from '../../lib/use-format';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';

/** Where the second, encrypted copy goes (a USB drive, a share), and the passphrase it is sealed with. */
export function OffsitePanel() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [status, setStatus] = useState<OffsiteStatus>();
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('backups.offsite', {}).then((answer) => {
      if (!answer.ok) return setFailure(answer.error);
      setStatus(answer.value);
      setFolder(answer.value.folder ?? '');
    });
  }, []);

  async function save(next: { folder: string | null; passphrase?: string }) {
    setSaved(false);
    const answer = await call('backups.setOffsite', next);
    if (!answer.ok) {
      setErrors(fromServerIssues(answer.error.issues));
      setFailure(answer.error.code === 'VALIDATION' ? undefined : answer.error);
      return;
    }
    setErrors({});
    setFailure(undefined);
    setStatus(answer.value);
    setFolder(answer.value.folder ?? '');
    setPassphrase('');
    setSaved(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save({ folder, ...(passphrase ? { passphrase } : {}) });
  }

  return (
    <Card size="small" role="region" aria-labelledby="offsite-title" title={<h2 id="offsite-title" className="backups__card-title">{t('backups.offsite.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('backups.offsite.intro')}</Typography.Paragraph>
      {status && (
        <p>
          {status.folder ? t('backups.offsite.status', { folder: status.folder }) : t('backups.offsite.notSet')}
          {status.lastCopyAt !== null && <> · {t('backups.offsite.lastCopy', { at: formatDateTime(status.lastCopyAt) })}</>}
        </p>
      )}
      {status?.lastError && <Alert type="error" showIcon className="backups__notice" title={t('backups.offsite.lastError', { error: status.lastError })} />}
      {failure && <ErrorBanner error={failure} />}
      <form onSubmit={submit} noValidate>
        <div className="backups__fields">
          <FormField id="offsite-folder" label={t('backups.offsite.folder')} hint={t('backups.offsite.folderHint')} errorKey={errors.folder} required>
            {(control) => <Input {...control} value={folder} onChange={(event) => setFolder(event.target.value)} />}
          </FormField>
          <FormField id="offsite-passphrase" label={t('backups.offsite.passphrase')} hint={t('backups.offsite.passphraseHint')} errorKey={errors.passphrase}>
            {(control) => <Input.Password {...control} autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />}
          </FormField>
        </div>
        <div className="form-actions">
          {/* Not primary: taking a backup is this page's main action. */}
          <Button htmlType="submit">
            {t('backups.offsite.save')}
          </Button>
          {status?.folder && <Button onClick={() => void save({ folder: null })}>{t('backups.offsite.turnOff')}</Button>}
          {saved && <span role="status">{t('backups.offsite.saved')}</span>}
        </div>
      </form>
    </Card>
  );
}
