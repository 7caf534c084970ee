import { Button, Empty, Table, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../../shared/domain';
import type { Claim, ClaimArchive } from '../../../../shared/schemas/contractors';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { hrefFor } from '../../lib/route';
import { downloadBlob } from '../../lib/download';
import { useFormatDateTime } from '../../lib/use-format';
import { ChoiceSelect } from '../../ui/choice-select';
import { DateInput } from '../../ui/date-inputs';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorBanner } from '../../ui/error-banner';
import { SectionCard } from '../../ui/section-card';
import { claimsCsv } from './claims-csv';
import { useContractors } from './contractors-tab';

interface Filters {
  from: string;
  to: string;
  contractorId: string;
  site: string;
  status: ClaimStatus | '';
}

const dayStart = (date: string) => (date ? new Date(`${date}T00:00:00`).getTime() : undefined);
const dayEnd = (date: string) => (date ? new Date(`${date}T23:59:59.999`).getTime() : undefined);


/** 索赔档案 (seed 003): every claim, filtered by time, contractor, site and state, with totals by month, contractor and site, and its CSV. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { contractors } = useContractors();
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', contractorId: '', site: '', status: '' });
  const [archive, setArchive] = useState<ClaimArchive | null>(null);
  const [failure, setFailure] = useState<AppError>();
  useEffect(() => {
    let current = true;
    void call('claims.archive', {
      from: dayStart(filters.from),
      to: dayEnd(filters.to),
      ...(filters.contractorId ? { contractorId: filters.contractorId } : {}),
      ...(filters.site ? { site: filters.site } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setArchive(result.value);
        setFailure(undefined);
      } else setFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [filters]);
  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const A = (key: 'case' | 'at' | 'site' | 'contractor') => t(`contractors.archive.${key}`);
  const C = (key: 'claimant' | 'claimed' | 'amount' | 'accepted' | 'status') => t(`contractors.claim.columns.${key}`);
  const sites = [...new Set((archive?.claims ?? []).map((c) => c.site))].filter(Boolean).sort();
  const exportCsv = () => {
    if (!archive) return;
    const headers = [A('case'), A('at'), A('site'), A('contractor'), C('claimant'), C('claimed'), C('amount'), C('status'), C('accepted'), t('contractors.field.reason'), t('contractors.field.paidAt')];
    const csv = claimsCsv(archive.claims, { headers, status: (c) => t(`claimStatus.${c.status}`), date: (ms) => (ms === null ? '' : formatDateTime(ms)) });
    downloadBlob(`索赔档案-${new Date().toISOString().slice(0, 10)}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  };
  const totals = (rows: ClaimArchive['totals']['byMonth']) => (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('contractors.archive.totalColumns.label'), render: (_, row) => row.label || t('contractors.archive.none') },
        { title: t('contractors.archive.totalColumns.count'), dataIndex: 'count' },
        { title: t('contractors.archive.totalColumns.claimed'), dataIndex: 'claimed' },
        { title: t('contractors.archive.totalColumns.accepted'), dataIndex: 'accepted' },
      ]}
    />
  );
  return (
    <section className="page" aria-labelledby="claims-title">
      <div className="page-head">
        <h1 id="claims-title">{t('contractors.archive.title')}</h1>
        <p className="muted">{t('contractors.archive.intro')}</p>
      </div>
      {failure && <ErrorBanner error={failure} />}
      <div role="search" className="filters filters__row">
        <label htmlFor="claims-from">{t('contractors.archive.from')}</label>
        <DateInput id="claims-from" value={filters.from} onValueChange={(from) => change({ from })} />
        <label htmlFor="claims-to">{t('contractors.archive.to')}</label>
        <DateInput id="claims-to" value={filters.to} onValueChange={(to) => change({ to })} />
        <ChoiceSelect
          aria-label={A('contractor')}
          prefix={A('contractor')}
          emptyLabel={t('contractors.archive.all')}
          choices={(contractors ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.contractorId}
          onValueChange={(contractorId) => change({ contractorId })}
        />
        <ChoiceSelect
          aria-label={A('site')}
          prefix={A('site')}
          emptyLabel={t('contractors.archive.all')}
          choices={sites.map((s) => ({ value: s, label: s }))}
          value={filters.site}
          onValueChange={(site) => change({ site })}
        />
        <EnumSelect
          aria-label={t('contractors.archive.status')}
          prefix={t('contractors.archive.status')}
          emptyLabel={t('contractors.archive.all')}
          values={CLAIM_STATUSES}
          value={filters.status}
          labelOf={(status) => t(`claimStatus.${status}`)}
          onValueChange={(status) => change({ status })}
        />
        <Button onClick={exportCsv} disabled={!archive || archive.claims.length === 0}>
          {t('contractors.archive.export')}
        </Button>
      </div>
      <SectionCard titleId="claims-list-title" title={t('contractors.archive.caption')}>
        {archive && archive.claims.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contractors.archive.empty')} />
        ) : (
          <Table<Claim>
            size="small"
            rowKey="id"
            loading={archive === null}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={archive?.claims ?? []}
            aria-label={t('contractors.archive.caption')}
            columns={[
              { title: A('case'), render: (_, c) => <a href={hrefFor({ name: 'case', id: c.caseId })}>{c.caseNumber}</a> },
              { title: A('at'), render: (_, c) => formatDateTime(c.at) },
              { title: A('site'), dataIndex: 'site' },
              { title: A('contractor'), dataIndex: 'contractorName' },
              { title: C('claimant'), dataIndex: 'claimant' },
              { title: C('claimed'), dataIndex: 'claimed' },
              { title: C('amount'), dataIndex: 'amountClaimed' },
              { title: C('accepted'), render: (_, c) => c.acceptedAmount ?? '' },
              { title: C('status'), render: (_, c) => t(`claimStatus.${c.status}`) },
            ]}
          />
        )}
      </SectionCard>
      {archive && archive.claims.length > 0 && (
        <SectionCard titleId="claims-totals-title" title={t('contractors.archive.totals')}>
          <Tabs
            items={[
              { key: 'month', label: t('contractors.archive.byMonth'), children: totals(archive.totals.byMonth) },
              { key: 'contractor', label: t('contractors.archive.byContractor'), children: totals(archive.totals.byContractor) },
              { key: 'site', label: t('contractors.archive.bySite'), children: totals(archive.totals.bySite) },
            ]}
          />
        </SectionCard>
      )}
    </section>
  );
}
