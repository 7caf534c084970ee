import { useTranslation } from 'react-i18next';
import { useChannelValue } from '../../lib/use-channel-value';
import { SectionCard } from '../../ui/section-card';
import { CaseGroup } from '../intake/customer-history';

/** 客户历史 on the case page: the same phone's and the same unit's other complaints, as at registration. */
export function CaseCustomerHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const history = useChannelValue('cases.customerHistory', { caseId });
  return (
    <SectionCard titleId="customer-history-title" title={t('lifecycle.intake.historyTitle')}>
      {history && history.byPhone.length === 0 && history.byUnit.length === 0 && <p className="muted">{t('detail.noCustomerHistory')}</p>}
      {history && (
        <>
          <CaseGroup id="case-history-by-phone" title={t('detail.byPhone', { n: history.byPhone.length })} rows={history.byPhone} />
          <CaseGroup id="case-history-by-unit" title={t('detail.byUnit', { n: history.byUnit.length })} rows={history.byUnit} />
        </>
      )}
    </SectionCard>
  );
}
