import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow, MetricDefinitions } from '../../../../shared/schemas/stats';
import { formatChange, formatValue, METRIC_KIND, metricText } from './metric-format';
import { MetricName } from './metric-name';

interface MetricsTableProps {
  rows: ComparisonRow[];
  definitions: MetricDefinitions | undefined;
}

const TITLE_ID = 'stats-metrics-title';

/** Every scalar metric for this period and the previous one, and the change; each row is headed by the metric's name. */
export function MetricsTable({ rows, definitions }: MetricsTableProps) {
  const { t, i18n } = useTranslation();
  const none = t('stats.metrics.none');
  const value = (row: ComparisonRow, n: number | null) => (n === null ? none : formatValue(METRIC_KIND[row.metric], n));
  const change = (row: ComparisonRow) => {
    if (row.change === null) return none;
    const text = formatChange(METRIC_KIND[row.metric], row.change);
    return METRIC_KIND[row.metric] === 'rate' ? t('stats.metrics.points', { value: text }) : text;
  };
  const columns: TableColumnsType<ComparisonRow> = [
    {
      key: 'metric',
      title: t('stats.metrics.metric'),
      rowScope: 'row',
      render: (_, row) => {
        const text = metricText(definitions, row.metric, i18n.language);
        return <MetricName label={text.label} definition={text.definition} />;
      },
    },
    { key: 'current', title: t('stats.metrics.current'), align: 'right', className: 'stats-number', render: (_, row) => value(row, row.current) },
    { key: 'previous', title: t('stats.metrics.previous'), align: 'right', className: 'stats-number', render: (_, row) => value(row, row.previous) },
    { key: 'change', title: t('stats.metrics.change'), align: 'right', className: 'stats-number', render: (_, row) => change(row) },
  ];
  return (
    <Card size="small" role="region" aria-labelledby={TITLE_ID} className="stats-card" title={<h2 id={TITLE_ID} className="stats-card__title">{t('stats.metrics.title')}</h2>}>
      <Table<ComparisonRow> size="small" pagination={false} rowKey="metric" aria-labelledby={TITLE_ID} columns={columns} dataSource={rows} />
    </Card>
  );
}
