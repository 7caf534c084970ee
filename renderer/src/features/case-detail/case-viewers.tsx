import { useTranslation } from 'react-i18next';
import { useChannelValue } from '../../lib/use-channel-value';
import { useFormatDateTime } from '../../lib/use-format';
import { SectionCard } from '../../ui/section-card';

/** 查阅记录: for those who may read the access log, who opened, showed or printed this case, newest first. */
export function CaseViewers({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const rows = useChannelValue('cases.viewers', { caseId });
  return (
    <SectionCard titleId="viewers-title" title={t('accessLog.viewers')}>
      {rows && rows.length === 0 && <p className="muted">{t('accessLog.viewersEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul className="case-viewers">
          {rows.map((row) => (
            <li key={row.id}>
              <span className="nowrap">{formatDateTime(row.at)}</span> {row.userName} · {t(`accessLog.actions.${row.action}`)}
              {row.action === 'print' && row.detail ? ` · ${row.detail}` : ''} · {row.deskCode}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
