/**
 * 导出 CSV of a filtered case list. Meant for the case list page: mount it
 * with the list's current query (without paging), e.g.
 * `<ExportCsvButton query={listQuery(state)} />`.
 */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { ExportStatus } from './export-status';
import { useExportLabels } from './export-labels';
import { useExport } from './use-export';

type CaseListQuery = ChannelInput<'cases.list'>;

export function ExportCsvButton({ query }: { query: CaseListQuery }) {
  const { t } = useTranslation();
  const labels = useExportLabels(undefined);
  const { state, run } = useExport();
  const { offset: _offset, limit: _limit, ...filter } = query;
  return (
    <div className="stats-export">
      <Button disabled={state.busy} onClick={() => void run(() => call('cases.exportCsv', { ...filter, labels }))}>
        {t('stats.export.csv')}
      </Button>
      <ExportStatus state={state} />
    </div>
  );
}
