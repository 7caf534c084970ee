import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInSchema, signInWithCodeSchema, type Session } from '../../../../shared/schemas/session';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { fromServerIssues, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { useFormatDateTime } from '../../lib/use-format';
import { FormField } from '../../ui/form-field';
import { signInRefusal } from './sign-in-messages';
import { remember, rememberedName } from './remembered-name';
import { SectionCard } from '../../ui/section-card';

interface SignInScreenProps {
  /** After the screen locked itself: the person who was at it, to sign back in. */
  lockedName: string | null;
  onSignedIn: (session: Session) => void;
}

/**
 * 登录: each person with their own name and password. A first sign-in, or one after a manager reset the
 * password, uses the one-time code the manager handed out and sets a password of one's own.
 */
export function SignInScreen({ lockedName, onSignedIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const formatTime = useFormatDateTime();
  const [mode, setMode] = useState<'password' | 'code'>('password');
  const [values, setValues] = useState({ name: lockedName ?? rememberedName(), password: '', code: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const schema = mode === 'password' ? signInSchema : signInWithCodeSchema;
    const input = mode === 'password' ? { name: values.name, password: values.password } : { name: values.name, code: values.code, newPassword: values.newPassword };
    const parsed = schema.safeParse(input);
    const found: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error.issues);
    if (mode === 'code' && values.confirm !== values.newPassword) found.confirm = 'errors.passwordMismatch';
    setErrors(found);
    setRefusal(undefined);
    if (!parsed.success || Object.values(found).some(Boolean)) return;
    setBusy(true);
    const result = mode === 'password' ? await call('session.signIn', input as never) : await call('session.signInWithCode', input as never);
    setBusy(false);
    if (result.ok) {
      remember(values.name.trim());
      onSignedIn(result.value);
      return;
    }
    setErrors(fromServerIssues(result.error.issues));
    if (result.error.code !== 'VALIDATION') setRefusal(signInRefusal(t, result.error as AppError, formatTime));
    setValues((current) => ({ ...current, password: '' }));
  }

  const title = lockedName ? t('session.lockedTitle') : mode === 'code' ? t('session.codeTitle') : t('session.title');
  return (
    <SectionCard level={1} titleId="sign-in-title" title={title} className="auth-card">
      <p className="lead">{lockedName ? t('session.lockedIntro', { name: lockedName }) : mode === 'code' ? t('session.codeIntro') : t('session.intro')}</p>
      {/* A real form with a submit button: Enter in any field signs in. */}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {refusal && <Alert type="error" showIcon className="auth-card__refusal" title={refusal} />}
        <FormField id="sign-in-name" label={t('session.name')} errorKey={errors.name} required>
          {(control) => <Input {...control} autoComplete="username" autoFocus={!values.name} value={values.name} onChange={set('name')} />}
        </FormField>
        {mode === 'password' ? (
          <FormField id="sign-in-password" label={t('session.password')} errorKey={errors.password} required>
            {(control) => (
              <Input.Password {...control} autoComplete="current-password" autoFocus={Boolean(values.name)} value={values.password} onChange={set('password')} />
            )}
          </FormField>
        ) : (
          <>
            <FormField id="sign-in-code" label={t('session.code')} errorKey={errors.code} hint={t('session.codeHint')} required>
              {(control) => <Input {...control} autoComplete="one-time-code" className="input--code" value={values.code} onChange={set('code')} />}
            </FormField>
            <FormField id="sign-in-new" label={t('session.newPassword')} errorKey={errors.newPassword} hint={t('session.passwordHint')} required>
              {(control) => <Input.Password {...control} autoComplete="new-password" value={values.newPassword} onChange={set('newPassword')} />}
            </FormField>
            <FormField id="sign-in-confirm" label={t('session.confirmPassword')} errorKey={errors.confirm} required>
              {(control) => <Input.Password {...control} autoComplete="new-password" value={values.confirm} onChange={set('confirm')} />}
            </FormField>
          </>
        )}
        <div className="form-actions">
          <Button htmlType="submit" type="primary" disabled={busy}>
            {mode === 'password' ? t('session.signIn') : t('session.setAndSignIn')}
          </Button>
          <Button
            type="link"
            onClick={() => {
              setMode(mode === 'password' ? 'code' : 'password');
              setErrors({});
              setRefusal(undefined);
            }}
          >
            {mode === 'password' ? t('session.useCode') : t('session.usePassword')}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
