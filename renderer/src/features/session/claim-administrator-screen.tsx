import { Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupStatus } from '../../../../shared/contract';
import { claimAdministratorSchema, type Session } from '../../../../shared/schemas/session';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { SectionCard } from '../../ui/section-card';

/**
 * A case book from before accounts: nobody has a password yet. Whoever starts it says who of its people
 * is the administrator and gives them one; the administrator then hands everyone else a one-time code.
 */
export function ClaimAdministratorScreen({ setup, onDone }: { setup: SetupStatus; onDone: (session: Session) => void }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = claimAdministratorSchema.safeParse({ userId, password });
    const found: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
    if (!userId) found.userId = 'errors.required';
    if (confirm !== password) found.confirm = 'errors.passwordMismatch';
    setErrors(found);
    if (!parsed.success || Object.values(found).some(Boolean)) return;
    const result = await call('setup.claimAdministrator', parsed.data);
    if (result.ok) return onDone(result.value);
    setErrors(fromServerIssues(result.error.issues));
    setFailure(result.error);
  }

  const names = new Map(setup.people.map((person) => [person.id, person.name]));
  return (
    <SectionCard level={1} titleId="claim-title" title={t('session.claimTitle')} className="auth-card">
      <p className="lead">{t('session.claimIntro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {failure && failure.code !== 'VALIDATION' && <ErrorBanner error={failure} />}
        <FormField id="claim-person" label={t('session.claimPerson')} errorKey={errors.userId} required>
          {(control) => (
            <EnumSelect
              {...control}
              values={setup.people.map((person) => person.id)}
              value={userId}
              labelOf={(id) => names.get(id) ?? id}
              emptyLabel={t('common.choose')}
              onValueChange={setUserId}
            />
          )}
        </FormField>
        <FormField id="claim-password" label={t('session.newPassword')} errorKey={errors.password} hint={t('session.passwordHint')} required>
          {(control) => <Input.Password {...control} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <FormField id="claim-confirm" label={t('session.confirmPassword')} errorKey={errors.confirm} required>
          {(control) => <Input.Password {...control} autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <Button htmlType="submit" type="primary">
            {t('session.claimSubmit')}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
