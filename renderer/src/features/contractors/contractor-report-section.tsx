import { Button, Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractorReport, ContractorReportRow } from '../../../../shared/schemas/contractors';
import type { StatsQuery } from '../../../../shared/schemas/stats';
import { call } from '../../lib/api';
import { ExportStatus } from '../stats/export-status';
import { useExport } from '../stats/use-export';

/**
 * 施工单位与索赔 on the statistics screen (seed 003): the contractor report of the period chosen, the
 * period's claims, and the report printed as the office's A4 form (施工单位月度报告).
 */
export function ContractorReportSection({ query }: { query: StatsQuery | null }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ContractorReport | null>(null);
  const { state, run } = useExport();
  const from = query?.from;
  const to = query?.to;
  useEffect(() => {
    if (from === undefined || to === undefined) return;
    let current = true;
    void call('contractors.report', { from, to }).then((result) => current && result.ok && setReport(result.value));
    return () => {
      current = false;
    };
  }, [from, to]);
  const print = () =>
    void run(async () => {
      const result = await call('print.contractorReportPdf', { from: from!, to: to! });
      if (!result.ok) return result;
      return { ok: true as const, value: { fileName: result.value.fileName, mime: 'application/pdf', dataBase64: result.value.pdfBase64, rows: 1 } };
    });
  const c = (key: string) => t(`contractors.report.${key}` as 'contractors.report.contractor');
  if (!report) return null;
  return (
    <Card
      size="small"
      className="stats-card"
      role="region"
      aria-labelledby="contractor-report-title"
      title={<h2 id="contractor-report-title">{t('contractors.report.title')}</h2>}
      extra={
        <div className="stats-export">
          <Button size="small" disabled={state.busy || from === undefined} onClick={print}>
            {t('contractors.report.print')}
          </Button>
          <ExportStatus state={state} />
        </div>
      }
    >
      <Table<ContractorReportRow>
        size="small"
        rowKey="contractorId"
        pagination={false}
        dataSource={report.rows}
        aria-label={t('contractors.report.title')}
        locale={{ emptyText: t('contractors.report.empty') }}
        columns={[
          { title: c('contractor'), dataIndex: 'contractorName' },
          { title: c('notices'), dataIndex: 'notices' },
          { title: c('onSite'), render: (_, r) => `${r.onSiteOnTime} / ${r.onSiteLate}` },
          { title: c('completed'), render: (_, r) => `${r.completedOnTime} / ${r.completedLate}` },
          { title: c('emergency'), render: (_, r) => `${r.emergencyRepairs}（${r.emergencyCost}）` },
          { title: c('fines'), render: (_, r) => `${r.fines}（${r.fineTotal}）` },
          { title: c('claims'), render: (_, r) => `${r.claims}（${r.acceptedTotal}）` },
          { title: c('repeated'), render: (_, r) => r.repeatedUnits.map((u) => `${u.unit}×${u.count}`).join('、') },
        ]}
      />
      <p>{t('contractors.report.claimsLine', report.claims)}</p>
    </Card>
  );
}
