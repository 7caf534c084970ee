import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import type { CaseGroup } from '../../../../shared/schemas/lifecycle';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';

interface CaseStatusBarProps {
  detail: CaseDetail;
  group: CaseGroup | null;
}

/** The case at a glance: status, nature, deadline state, escalation, repeat and group flags. */
export function CaseStatusBar({ detail, group }: CaseStatusBarProps) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const formatDateTime = useFormatDateTime();
  const { deadlineState } = detail;
  const runningDeadline = deadlineState !== 'none' && detail.dueAt !== null;
  return (
    <div className="lc-status" role="group" aria-label={t('lifecycle.head.label')}>
      <span className={`badge badge--${detail.status}`}>{labels.status(detail.status)}</span>
      <span className={`badge lc-badge--nature-${detail.nature}`}>{labels.nature(detail.nature)}</span>
      {detail.communicativeType && <span className="badge">{t(`communicativeType.${detail.communicativeType}`)}</span>}
      {(deadlineState === 'overdue' || deadlineState === 'due_soon' || deadlineState === 'paused') && (
        <span className={`badge lc-badge--${deadlineState}`}>{t(`deadlineState.${deadlineState}`)}</span>
      )}
      {runningDeadline && detail.dueAt !== null && <span className="lc-status__due">{t('lifecycle.badge.due', { at: formatDateTime(detail.dueAt) })}</span>}
      {detail.pausedAt !== null && deadlineState === 'paused' && (
        <span className="lc-status__due">{t('lifecycle.badge.pausedSince', { at: formatDateTime(detail.pausedAt) })}</span>
      )}
      {detail.escalationLevel > 0 && (
        <span className="badge lc-badge--escalated">
          {t('lifecycle.badge.escalated', { name: detail.escalatedToName || t('common.empty'), level: detail.escalationLevel })}
        </span>
      )}
      {detail.referredToCompany && <span className="badge lc-badge--escalated">{t('lifecycle.badge.referred')}</span>}
      {detail.verificationPending && <span className="badge lc-badge--due_soon">{t('lifecycle.badge.toVerify')}</span>}
      {detail.verificationResult === 'failed' && !detail.verificationPending && detail.status !== 'resolved' && detail.status !== 'closed' && (
        <span className="badge lc-badge--overdue">{t('lifecycle.badge.sentBack')}</span>
      )}
      {detail.repeatOf && (
        <a className="badge lc-badge--repeat" href={hrefFor({ name: 'case', id: detail.repeatOf })}>
          {t('lifecycle.badge.repeatOf', { number: detail.repeatOfNumber })}
        </a>
      )}
      {detail.groupId && (
        <a className="badge lc-badge--group" href={hrefFor({ name: 'groups', groupId: detail.groupId })}>
          {t('lifecycle.badge.group', { title: group?.title ?? '' })}
        </a>
      )}
      {detail.reopenCount > 0 && <span className="badge">{t('lifecycle.badge.reopened', { n: detail.reopenCount })}</span>}
    </div>
  );
}
