import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { transitionSchema, type Transition, type TransitionAction } from '../../../../shared/schemas/lifecycle';
import { call } from '../../lib/api';
import { SpecFormDialog } from './spec-form-dialog';
import { TRANSITION_FORMS, type TransitionContext } from './transition-forms';
import { useActionLabel } from './use-action-label';
import { MessageBanner } from '../../ui/error-banner';

interface TransitionDialogProps {
  action: TransitionAction;
  ctx: TransitionContext;
  /** Why this person cannot make the move (shown instead of letting them try). */
  blocked?: string | undefined;
  onDone: (detail: CaseDetail) => void;
  /** The core refused the move for the case's state: someone else got there first. */
  onStale: () => void;
  onClose: () => void;
}

/**
 * One move's form. Its request id is made when the form opens, one per
 * person's action: a double click, or a retry after an answer got lost,
 * reaches the core with the same id and is applied once.
 */
export function TransitionDialog({ action, ctx, blocked, onDone, onStale, onClose }: TransitionDialogProps) {
  const { t } = useTranslation();
  const label = useActionLabel(ctx.detail);
  const [requestId] = useState(() => crypto.randomUUID());
  const intro = blocked ? (
    <MessageBanner>{blocked}</MessageBanner>
  ) : action === 'summarise' ? (
    <p className="muted lc-form__intro">{t('lifecycle.hint.summarise')}</p>
  ) : undefined;
  return (
    <SpecFormDialog
      title={label(action)}
      idPrefix={`lc-${action}`}
      spec={TRANSITION_FORMS[action]}
      ctx={ctx}
      schema={transitionSchema}
      submitLabel={label(action)}
      intro={intro}
      issuePrefix="transition."
      submitDisabled={Boolean(blocked)}
      onClose={onClose}
      onSubmit={async (transition) => {
        const result = await call('cases.transition', {
          caseId: ctx.detail.id,
          requestId,
          transition: transition as Transition,
        });
        if (result.ok) {
          onDone(result.value);
          return null;
        }
        if (result.error.code === 'INVALID_TRANSITION') {
          onStale();
          return { error: result.error, message: `${t('errorCodes.INVALID_TRANSITION')} ${t('lifecycle.stale')}` };
        }
        return { error: result.error };
      }}
    />
  );
}
