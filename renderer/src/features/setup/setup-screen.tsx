import { Button, Input } from 'antd';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setupInputSchema, type SetupInput } from '../../../../shared/contract';
import { ADMIN_ROLES, type Session } from '../../../../shared/schemas/session';
import { EnumSelect } from '../../ui/enum-select';
import { remember } from '../session/remembered-name';
import { JoinForm } from './join-form';
import { RestoreForm } from './restore-form';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { isComposing } from '../../lib/keyboard';
import { ErrorBanner } from '../../ui/error-banner';
import { FormField } from '../../ui/form-field';
import { SectionCard } from '../../ui/section-card';

type SetupValues = Record<keyof SetupInput | 'confirm', string>;

/** First run: name the organisation, give the desk its code, and set up its administrator with a password. */
export function SetupScreen({ onDone, onJoined }: { onDone: (session: Session) => void; onJoined: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'new' | 'join' | 'restore'>('new');
  const [values, setValues] = useState<SetupValues>({ orgName: '', deskCode: '', firstUserName: '', role: 'manager', password: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  const set = (field: keyof SetupValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = setupInputSchema.safeParse(values);
    const found: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
    if (values.confirm !== values.password) found.confirm = 'errors.passwordMismatch';
    if (!parsed.success || Object.values(found).some(Boolean)) {
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await call('setup.complete', parsed.data);
    setBusy(false);
    if (result.ok) {
      remember(parsed.data.firstUserName);
      return onDone(result.value);
    }
    setErrors(fromServerIssues(result.error.issues));
    setFailure(result.error);
  }

  function guardIme(event: KeyboardEvent) {
    if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
  }

  const modeLabels = { new: t('setup.newOrganisation'), join: t('setup.joinExisting'), restore: t('setup.restoreExisting') } as const;
  const modeSwitch = (
    <div role="group" aria-label={t('setup.modeLabel')}>
      {(['new', 'join', 'restore'] as const)
        .filter((other) => other !== mode)
        .map((other) => (
          <Button key={other} type="link" onClick={() => setMode(other)}>
            {modeLabels[other]}
          </Button>
        ))}
    </div>
  );
  if (mode !== 'new') {
    return (
      <SectionCard level={1} titleId="setup-title" title={t('setup.title')} className="auth-card">
        {mode === 'join' ? <JoinForm onDone={onJoined} /> : <RestoreForm onDone={onJoined} />}
        {modeSwitch}
      </SectionCard>
    );
  }
  return (
    <SectionCard level={1} titleId="setup-title" title={t('setup.title')} className="auth-card auth-card--wide">
      <p className="lead">{t('setup.intro')}</p>
      {modeSwitch}
      {/* Enter in any field sets up the desk, unless an input method is composing. */}
      <form onSubmit={submit} onKeyDown={guardIme} noValidate>
        {failure && <ErrorBanner error={failure} />}
        <div className="auth-card__grid">
          <FormField id="setup-org" label={t('setup.orgName')} errorKey={errors.orgName} required>
            {(control) => <Input {...control} autoFocus maxLength={80} value={values.orgName} onChange={(e) => set('orgName')(e.target.value)} />}
          </FormField>
          <FormField id="setup-desk" label={t('setup.deskCode')} errorKey={errors.deskCode} hint={t('setup.deskCodeHint')} required>
            {(control) => (
              <Input
                {...control}
                className="input--code"
                maxLength={4}
                autoCapitalize="characters"
                value={values.deskCode}
                onChange={(e) => set('deskCode')(e.target.value.toUpperCase())}
              />
            )}
          </FormField>
          <FormField id="setup-user" label={t('setup.firstUserName')} errorKey={errors.firstUserName} hint={t('setup.firstUserHint')} required>
            {(control) => <Input {...control} value={values.firstUserName} onChange={(e) => set('firstUserName')(e.target.value)} />}
          </FormField>
          <FormField id="setup-role" label={t('setup.role')} errorKey={errors.role} required>
            {(control) => (
              <EnumSelect
                {...control}
                values={ADMIN_ROLES}
                value={values.role as (typeof ADMIN_ROLES)[number]}
                labelOf={(role) => t(`settings.roles.${role}`)}
                onValueChange={(role) => role && set('role')(role)}
              />
            )}
          </FormField>
          <FormField id="setup-password" label={t('session.password')} errorKey={errors.password} hint={t('session.passwordHint')} required>
            {(control) => <Input.Password {...control} autoComplete="new-password" value={values.password} onChange={(e) => set('password')(e.target.value)} />}
          </FormField>
          <FormField id="setup-confirm" label={t('session.confirmPassword')} errorKey={errors.confirm} required>
            {(control) => <Input.Password {...control} autoComplete="new-password" value={values.confirm} onChange={(e) => set('confirm')(e.target.value)} />}
          </FormField>
        </div>
        <div className="form-actions">
          <Button htmlType="submit" type="primary" disabled={busy}>
            {busy ? t('common.saving') : t('setup.submit')}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
