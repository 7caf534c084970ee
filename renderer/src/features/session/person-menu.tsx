import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../../shared/schemas/session';
import { call } from '../../lib/api';
import { SpecFormDialog } from '../lifecycle/spec-form-dialog';
import type { FormSpec } from '../lifecycle/form-model';
import { useSession } from './session-context';

const CHANGE_PASSWORD: FormSpec<null> = {
  fields: [
    { name: 'current', kind: 'password', required: true, label: (t) => t('session.currentPassword') },
    { name: 'next', kind: 'password', required: true, label: (t) => t('session.newPassword'), hint: (_v, _c, t) => t('session.passwordHint') },
    { name: 'confirm', kind: 'password', required: true, label: (t) => t('session.confirmPassword') },
  ],
  initial: () => ({ current: '', next: '', confirm: '' }),
  build: (values) => ({ current: values.current, next: values.next }),
  check: (values) => (values.confirm && values.confirm !== values.next ? { confirm: 'errors.passwordMismatch' } : {}),
};

/** Who is signed in, in the top bar: their name and role, changing the password, locking the screen, signing out. */
export function PersonMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  if (!session.user) return null;
  return (
    <div className="person-menu" role="group" aria-label={t('session.signedInAs', { name: session.user.name })}>
      <span className="person-menu__name">
        {session.user.name}
        <span className="person-menu__role">{t(`settings.roles.${session.user.role}`)}</span>
      </span>
      <Button size="small" ghost aria-haspopup="dialog" onClick={() => setChanging(true)}>
        {t('session.changePassword')}
      </Button>
      <Button size="small" ghost aria-keyshortcuts="Control+L" onClick={() => void signOut('locked')}>
        {t('session.lock')}
      </Button>
      <Button size="small" ghost onClick={() => void signOut()}>
        {t('session.signOut')}
      </Button>
      {changed && (
        <span role="status" className="person-menu__note">
          {t('session.passwordChanged')}
        </span>
      )}
      {changing && (
        <SpecFormDialog
          title={t('session.changePassword')}
          idPrefix="change-password"
          spec={CHANGE_PASSWORD}
          ctx={null}
          schema={changePasswordSchema}
          submitLabel={t('session.changePasswordSubmit')}
          onClose={() => setChanging(false)}
          onSubmit={async (input) => {
            const result = await call('session.changePassword', input as { current: string; next: string });
            if (!result.ok) return { error: result.error };
            setChanging(false);
            setChanged(true);
            return null;
          }}
        />
      )}
    </div>
  );
}
