import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { TransitionAction } from '../../../../shared/schemas/lifecycle';

/** A move's name on its button and dialog; dispatching a case that already has a department is re-dispatching. */
export function useActionLabel(detail: Pick<CaseDetail, 'status'>): (action: TransitionAction) => string {
  const { t } = useTranslation();
  const redispatch = detail.status === 'dispatched' || detail.status === 'in_progress';
  return useCallback(
    (action: TransitionAction) => (action === 'dispatch' && redispatch ? t('lifecycle.action.redispatch') : t(`lifecycle.action.${action}`)),
    [t, redispatch],
  );
}
