import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { useEnumLabels } from '../../i18n/use-enum-labels';
import { hrefFor } from '../../lib/route';
import { useFormatDateTime } from '../../lib/use-format';
import { useOrgLookups } from '../../lib/use-org-lookups';

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'callback-facts__item callback-facts__item--wide' : 'callback-facts__item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the person calling back needs in front of them: who, where, what the complaint was and what was done. */
export function CaseSummary({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const lookups = useOrgLookups();
  const format = useFormatDateTime();
  const empty = t('common.empty');
  return (
    <Card
      size="small"
      role="region"
      aria-labelledby="callback-case-title"
      title={<h2 id="callback-case-title">{t('callbacks.workspace.caseTitle')}</h2>}
      extra={<a href={hrefFor({ name: 'case', id: kase.id })}>{t('callbacks.workspace.openCase')}</a>}
    >
      <dl className="callback-facts">
        <Fact label={t('fields.number')}>{kase.number}</Fact>
        <Fact label={t('callbacks.summary.status')}>
          {labels.status(kase.status)}
          {kase.reopenCount > 0 && <span className="muted"> · {t('callbacks.summary.reopened', { n: kase.reopenCount })}</span>}
        </Fact>
        <Fact label={t('fields.complainantName')}>{kase.complainantName}</Fact>
        <Fact label={t('fields.phone')}>{kase.phone || empty}</Fact>
        <Fact label={t('fields.buildingRoom')}>{kase.buildingRoom || empty}</Fact>
        <Fact label={t('fields.site')}>{kase.site || empty}</Fact>
        <Fact label={t('callbacks.summary.category')}>{lookups.categoryLabel(kase.category)}</Fact>
        <Fact label={t('callbacks.summary.nature')}>{labels.nature(kase.nature)}</Fact>
        <Fact label={t('callbacks.summary.department')}>{kase.departmentName || empty}</Fact>
        <Fact label={t('callbacks.summary.receivedAt')}>{format(kase.receivedAt)}</Fact>
        <Fact label={t('callbacks.summary.resolvedAt')}>{kase.resolvedAt !== null ? format(kase.resolvedAt) : empty}</Fact>
        <Fact label={t('callbacks.summary.content')} wide>
          <span className="callback-text">{kase.content}</span>
        </Fact>
        {kase.resolutionSummary && (
          <Fact label={t('callbacks.summary.resolution')} wide>
            <span className="callback-text">{kase.resolutionSummary}</span>
          </Fact>
        )}
      </dl>
    </Card>
  );
}
