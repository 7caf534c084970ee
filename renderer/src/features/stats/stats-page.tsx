import { ContractorReportSection } from '../contractors/contractor-report-section';
import { Alert, Card, Flex, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { BreakdownTables } from './breakdown-tables';
import { ExportXlsxButton } from './export-xlsx-button';
import { PrintSummaryButton } from './print-summary-button';
import { MetricsTable } from './metrics-table';
import { thisMonth, toPeriod, type PeriodChoice } from './period';
import { PeriodPicker } from './period-picker';
import { SiteFilter } from './site-filter';
import { useBreakdowns } from './use-breakdowns';
import { statsQuery, useStats, useStatsLookups } from './use-stats';
import { useCan } from '../session/session-context';
import { FindingsEditor } from './findings-editor';
import { QuotaTable } from './quota-table';
import { useFindings } from './use-findings';

// The chart library is loaded only when this screen is opened.
const StatsCharts = lazy(() => import('./stats-charts').then((module) => ({ default: module.StatsCharts })));

/** 统计: a period's numbers against the previous period's, by site, with charts and the Excel summary. */
export function StatsPage() {
  const can = useCan();
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PeriodChoice>(() => thisMonth());
  const [site, setSite] = useState('');
  const period = useMemo(() => toPeriod(choice), [choice]);
  const { sites, definitions } = useStatsLookups();
  const { summary, trend, error, loading } = useStats(period, site);
  const breakdowns = useBreakdowns(summary);
  const query = period ? statsQuery(period, site) : null;
  const findings = useFindings(query);
  const linesOf = (metric: string) => breakdowns.find((b) => b.metric === metric)?.lines ?? [];

  return (
    <section aria-busy={loading}>
      <h1>{t('stats.title')}</h1>
      <Card size="small" className="stats-card stats-toolbar">
        <Flex wrap align="flex-end" gap="large">
          <PeriodPicker value={choice} onChange={setChoice} />
          <SiteFilter sites={sites} value={site} onChange={setSite} />
          <Flex vertical gap="small">
            {can('export_customer_data') && <ExportXlsxButton query={query} definitions={definitions} />}
            {/* Unsaved findings are saved first, so the paper says what the screen says. */}
            <PrintSummaryButton query={query} beforePrint={findings.dirty ? findings.save : undefined} />
          </Flex>
        </Flex>
      </Card>
      {error && <ErrorBanner error={error} />}
      {loading && !summary && (
        <Typography.Paragraph type="secondary" role="status">
          {t('stats.loading')}
        </Typography.Paragraph>
      )}
      {summary && (
        <>
          {/* A note, not an alert: it is there all month, and the page's one alert is a wrong date range. */}
          {summary.partial && <Alert type="info" showIcon role="note" className="stats-card" title={t('stats.partial')} />}
          <MetricsTable rows={summary.comparison} definitions={definitions} />
          <Suspense
            fallback={
              <Typography.Paragraph type="secondary" role="status">
                {t('stats.charts.loading')}
              </Typography.Paragraph>
            }
          >
            <StatsCharts byCategory={linesOf('byCategory')} satisfaction={linesOf('satisfactionDistribution')} trend={trend ?? []} />
          </Suspense>
          <BreakdownTables breakdowns={breakdowns} definitions={definitions} />
          <QuotaTable lines={summary.current.callbackQuotas} />
          <ContractorReportSection query={query} />
          <FindingsEditor findings={findings} />
        </>
      )}
    </section>
  );
}
