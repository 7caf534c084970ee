import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsQuery } from '../../../../shared/schemas/stats';
import { call } from '../../lib/api';
import { ExportStatus } from './export-status';
import { useExport } from './use-export';

interface PrintSummaryButtonProps {
  query: StatsQuery | null;
  /** Runs first (saving edited findings); false stops the printing, its own error already shown. */
  beforePrint?: (() => Promise<boolean>) | undefined;
}

/** 打印汇总表: the monthly summary as the office's A4 form, in the same PDF path as the other forms. */
export function PrintSummaryButton({ query, beforePrint }: PrintSummaryButtonProps) {
  const { t } = useTranslation();
  const { state, run } = useExport();
  const print = async () => {
    if (beforePrint && !(await beforePrint())) return;
    await run(async () => {
      const result = await call('print.statsSummaryPdf', query!);
      if (!result.ok) return result;
      const file = { fileName: result.value.fileName, mime: 'application/pdf', dataBase64: result.value.pdfBase64, rows: 1 };
      return { ok: true as const, value: file };
    });
  };
  return (
    <div className="stats-export">
      <Button disabled={!query || state.busy} onClick={() => query && void print()}>
        {t('stats.export.summaryPdf')}
      </Button>
      <ExportStatus state={state} />
    </div>
  );
}
