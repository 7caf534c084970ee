import { useTranslation } from 'react-i18next';
import type { ComparisonRow, MetricDefinitions } from '../../../../shared/schemas/stats';
import { formatChange, formatValue, METRIC_KIND, metricText } from './metric-format';
import { MetricName } from './metric-name';

interface MetricsTableProps {
  rows: ComparisonRow[];
  definitions: MetricDefinitions | undefined;
}

/** Every scalar metric for this period and the previous one, and the change. */
export function MetricsTable({ rows, definitions }: MetricsTableProps) {
  const { t, i18n } = useTranslation();
  const none = t('stats.metrics.none');
  return (
    <section className="card stats-card" aria-labelledby="stats-metrics-title">
      <h2 id="stats-metrics-title">{t('stats.metrics.title')}</h2>
      <table className="stats-table" aria-labelledby="stats-metrics-title">
        <thead>
          <tr>
            <th scope="col">{t('stats.metrics.metric')}</th>
            <th scope="col">{t('stats.metrics.current')}</th>
            <th scope="col">{t('stats.metrics.previous')}</th>
            <th scope="col">{t('stats.metrics.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const kind = METRIC_KIND[row.metric];
            const text = metricText(definitions, row.metric, i18n.language);
            const change = row.change === null ? none : formatChange(kind, row.change);
            return (
              <tr key={row.metric} data-metric={row.metric}>
                <th scope="row">
                  <MetricName label={text.label} definition={text.definition} />
                </th>
                <td>{row.current === null ? none : formatValue(kind, row.current)}</td>
                <td>{row.previous === null ? none : formatValue(kind, row.previous)}</td>
                <td>{kind === 'rate' && row.change !== null ? t('stats.metrics.points', { value: change }) : change}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
