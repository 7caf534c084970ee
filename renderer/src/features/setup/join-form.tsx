import { Button, Checkbox, Input, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, type FieldErrors } from '../../lib/field-errors';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';

/**
 * 加入已有单位: a new desk of an organisation that already works takes the organisation's key, its people
 * and its records from an invitation a manager wrote; everyone then signs in with the password they have.
 */
export function JoinForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ deskCode: '', path: '', passphrase: '' });
  const [replacesLostDesk, setReplacesLostDesk] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: field === 'deskCode' ? event.target.value.toUpperCase() : event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await call('setup.join', { deskCode: values.deskCode, path: values.path, passphrase: values.passphrase, replacesLostDesk });
    setBusy(false);
    if (result.ok) return onDone();
    setErrors(fromServerIssues(result.error.issues));
    setFailure(result.error.code === 'VALIDATION' ? undefined : result.error);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="join-title">
      <h2 id="join-title">{t('setup.joinTitle')}</h2>
      <p className="muted">{t('setup.joinIntro')}</p>
      {failure && <ErrorBanner error={failure} />}
      <FormField id="join-desk" label={t('setup.deskCode')} errorKey={errors.deskCode} hint={t('setup.joinDeskCodeHint')} required>
        {(control) => <Input {...control} className="input--code" value={values.deskCode} onChange={set('deskCode')} />}
      </FormField>
      <FormField id="join-path" label={t('setup.joinPath')} errorKey={errors.path} hint={t('setup.joinPathHint')} required>
        {(control) => <Input {...control} value={values.path} onChange={set('path')} />}
      </FormField>
      <FormField id="join-passphrase" label={t('setup.joinPassphrase')} errorKey={errors.passphrase} hint={t('setup.joinPassphraseHint')} required>
        {(control) => <Input.Password {...control} autoComplete="off" value={values.passphrase} onChange={set('passphrase')} />}
      </FormField>
      <Checkbox checked={replacesLostDesk} onChange={(event) => setReplacesLostDesk(event.target.checked)}>
        {t('setup.replacesLostDesk')}
      </Checkbox>
      <Typography.Paragraph type="secondary">{t('setup.replacesLostDeskHint')}</Typography.Paragraph>
      <div className="form-actions">
        <Button htmlType="submit" type="primary" disabled={busy}>
          {busy ? t('setup.joining') : t('setup.join')}
        </Button>
      </div>
    </form>
  );
}
