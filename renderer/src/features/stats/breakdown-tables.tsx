import { Card, Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MetricDefinitions } from '../../../../shared/schemas/stats';
import { metricText } from './metric-format';
import { MetricName } from './metric-name';
import type { Breakdown, BreakdownLine } from './use-breakdowns';

interface BreakdownTablesProps {
  breakdowns: Breakdown[];
  definitions: MetricDefinitions | undefined;
}

/** One small table per breakdown (by category, channel, nature, site, department, satisfaction, top units), in a grid of cards. */
export function BreakdownTables({ breakdowns, definitions }: BreakdownTablesProps) {
  const { i18n } = useTranslation();
  return (
    <div className="stats-grid">
      {breakdowns.map(({ metric, lines }) => {
        const text = metricText(definitions, metric, i18n.language);
        const titleId = `stats-breakdown-${metric}`;
        return (
          <Card
            key={metric}
            size="small"
            role="region"
            aria-labelledby={titleId}
            title={
              <h3 id={titleId} className="stats-card__title">
                <MetricName label={text.label} definition={text.definition} />
              </h3>
            }
          >
            <BreakdownTable titleId={titleId} label={text.label} lines={lines} />
          </Card>
        );
      })}
    </div>
  );
}

function BreakdownTable({ titleId, label, lines }: { titleId: string; label: string; lines: BreakdownLine[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.breakdown.empty')} />;
  // Top units know only this period's top 10: no column of previous counts there.
  const withPrevious = lines.some((line) => line.previous !== null);
  const columns: TableColumnsType<BreakdownLine> = [
    { key: 'label', title: label, dataIndex: 'label', rowScope: 'row' },
    { key: 'current', title: t('stats.breakdown.count'), dataIndex: 'current', align: 'right', className: 'stats-number' },
    ...(withPrevious
      ? [
          {
            key: 'previous',
            title: t('stats.breakdown.previousCount'),
            align: 'right' as const,
            className: 'stats-number',
            render: (_: unknown, line: BreakdownLine) => line.previous ?? t('stats.metrics.none'),
          },
        ]
      : []),
  ];
  return <Table<BreakdownLine> size="small" pagination={false} rowKey="key" aria-labelledby={titleId} columns={columns} dataSource={lines} />;
}
