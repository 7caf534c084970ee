import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetricDefinitions, StatsQuery } from '../../../../shared/schemas/stats';
import { call } from '../../lib/api';
import { ExportStatus } from './export-status';
import { useExportLabels } from './export-labels';
import { useExport } from './use-export';

interface ExportXlsxButtonProps {
  /** Null while the period is not a valid one. */
  query: StatsQuery | null;
  definitions: MetricDefinitions | undefined;
}

/** 导出 Excel: the monthly summary workbook for the period and site on screen. */
export function ExportXlsxButton({ query, definitions }: ExportXlsxButtonProps) {
  const { t } = useTranslation();
  const labels = useExportLabels(definitions);
  const { state, run } = useExport();
  return (
    <section className="stats-export" aria-labelledby="stats-export-title">
      <h2 id="stats-export-title" className="stats-sr-only">
        {t('stats.export.title')}
      </h2>
      <Button type="primary" disabled={!query || state.busy} onClick={() => query && void run(() => call('stats.exportXlsx', { ...query, labels }))}>
        {t('stats.export.xlsx')}
      </Button>
      <ExportStatus state={state} />
    </section>
  );
}
