import { useState } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { Team, TransitionAction } from '../../../../shared/schemas/lifecycle';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { TRANSITION_PERMISSIONS } from '../../../../shared/rules/permissions';
import { useCan } from '../session/session-context';
import { availableActions, MAIN_ACTIONS } from './allowed-actions';
import { TransitionDialog } from './transition-dialog';
import { useActionLabel } from './use-action-label';
import { SectionCard } from '../../ui/section-card';

interface CaseActionsProps {
  detail: CaseDetail;
  settings: OrgSettings;
  /** The special team, where there is one: setting it up again starts from it. */
  team?: Team | null;
  onChanged: (detail: CaseDetail) => void;
  onStale: () => void;
}

/** 办理: one button per move the case's state allows and the person may make, each opening its small form. */
export function CaseActions({ detail, settings, team = null, onChanged, onStale }: CaseActionsProps) {
  const { t } = useTranslation();
  const label = useActionLabel(detail);
  const [open, setOpen] = useState<TransitionAction | null>(null);
  const can = useCan();
  const { message } = App.useApp();
  const allowed = availableActions(detail);
  const actions = allowed.filter((action) => can(TRANSITION_PERMISSIONS[action]));
  // What the desk could not judge goes to the manager (seed 001): others see why they cannot judge it.
  const referredToManager = detail.status === 'awaiting_manager' && actions.includes('judge') && !can('judge_referred');
  const start = (action: TransitionAction) => setOpen(action);
  const hidden = allowed.length - actions.length;
  // One primary button on the case page: the next main step, never a close this person may not make.
  const primary = actions.find((action) => MAIN_ACTIONS.has(action) && !(action === 'close' && !can('waive_callback')));

  return (
    <SectionCard size="small" titleId="lc-actions-title" title={t('lifecycle.actionsTitle')} className="lc-actions">
      {referredToManager && <p className="muted lc-actions__why">{t('lifecycle.hint.judgeReferred')}</p>}
      {hidden > 0 && <p className="muted lc-actions__why">{t('lifecycle.hint.notYours', { n: hidden })}</p>}
      {actions.length === 0 ? (
        <p className="muted">{t(allowed.length === 0 ? 'lifecycle.noActions' : 'lifecycle.noActionsForYou')}</p>
      ) : (
        <div className="lc-actions__buttons" role="group" aria-label={t('lifecycle.actionsLabel')}>
          {actions.map((action) => (
            <Button
              key={action}
              type={action === primary ? 'primary' : 'default'}
              aria-haspopup="dialog"
              disabled={action === 'judge' && referredToManager}
              onClick={() => start(action)}
            >
              {label(action)}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <TransitionDialog
          key={open}
          action={open}
          ctx={{ detail, settings, now: Date.now(), team }}
          blocked={open === 'close' && !can('waive_callback') ? t('lifecycle.hint.closeNotManager') : undefined}
          onDone={(next) => {
            message.success(t('lifecycle.done', { action: label(open) }));
            setOpen(null);
            onChanged(next);
          }}
          onStale={onStale}
          onClose={() => setOpen(null)}
        />
      )}
    </SectionCard>
  );
}
