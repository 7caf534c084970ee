import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { TransitionAction } from '../../../../shared/schemas/lifecycle';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';
import { availableActions, MAIN_ACTIONS, MANAGER_ROLES } from './allowed-actions';
import { TransitionDialog } from './transition-dialog';
import { useActionLabel } from './use-action-label';

interface CaseActionsProps {
  detail: CaseDetail;
  settings: OrgSettings;
  onChanged: (detail: CaseDetail) => void;
  onStale: () => void;
}

/** 办理: one button per move the case's state allows, each opening its small form. */
/**
 * Only a manager may close a case without its callback. Asked when the form
 * opens, not when the page was, since the person at the desk (or their role)
 * may have changed since.
 */
async function atDeskIsManager(): Promise<boolean> {
  const [session, settings] = await Promise.all([call('session.get', {}), call('settings.get', {})]);
  const me = session.ok ? session.value.user : null;
  const role = settings.ok ? settings.value.staff.find((s) => s.id === me?.id)?.role : undefined;
  return role !== undefined && MANAGER_ROLES.has(role);
}

export function CaseActions({ detail, settings, onChanged, onStale }: CaseActionsProps) {
  const { t } = useTranslation();
  const label = useActionLabel(detail);
  const [open, setOpen] = useState<TransitionAction | null>(null);
  const [closeAllowed, setCloseAllowed] = useState(true);
  const actions = availableActions(detail);

  async function start(action: TransitionAction) {
    if (action === 'close') setCloseAllowed(await atDeskIsManager());
    setOpen(action);
  }

  return (
    <section className="card lc-actions" aria-labelledby="lc-actions-title">
      <h2 id="lc-actions-title">{t('lifecycle.actionsTitle')}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t('lifecycle.noActions')}</p>
      ) : (
        <div className="lc-actions__buttons" role="group" aria-label={t('lifecycle.actionsLabel')}>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button${MAIN_ACTIONS.has(action) ? ' button--primary' : ''}`}
              aria-haspopup="dialog"
              onClick={() => void start(action)}
            >
              {label(action)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <TransitionDialog
          key={open}
          action={open}
          ctx={{ detail, settings, now: Date.now() }}
          blocked={open === 'close' && !closeAllowed ? t('lifecycle.hint.closeNotManager') : undefined}
          onDone={(next) => {
            setOpen(null);
            onChanged(next);
          }}
          onStale={onStale}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
