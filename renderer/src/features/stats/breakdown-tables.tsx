import { useTranslation } from 'react-i18next';
import type { MetricDefinitions } from '../../../../shared/schemas/stats';
import { metricText } from './metric-format';
import { MetricName } from './metric-name';
import type { Breakdown } from './use-breakdowns';

interface BreakdownTablesProps {
  breakdowns: Breakdown[];
  definitions: MetricDefinitions | undefined;
}

/** One small table per breakdown (by category, channel, nature, site, department, satisfaction, top units). */
export function BreakdownTables({ breakdowns, definitions }: BreakdownTablesProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stats-breakdowns">
      {breakdowns.map(({ metric, lines }) => {
        const text = metricText(definitions, metric, i18n.language);
        const titleId = `stats-breakdown-${metric}`;
        const withPrevious = lines.some((line) => line.previous !== null);
        return (
          <section key={metric} className="card stats-card" aria-labelledby={titleId}>
            <h3 id={titleId}>
              <MetricName label={text.label} definition={text.definition} />
            </h3>
            {lines.length === 0 ? (
              <p className="stats-empty">{t('stats.breakdown.empty')}</p>
            ) : (
              <table className="stats-table" aria-labelledby={titleId}>
                <thead>
                  <tr>
                    <th scope="col">{text.label}</th>
                    <th scope="col">{t('stats.breakdown.count')}</th>
                    {withPrevious && <th scope="col">{t('stats.breakdown.previousCount')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <tr key={line.key}>
                      <th scope="row">{line.label}</th>
                      <td>{line.current}</td>
                      {withPrevious && <td>{line.previous ?? t('stats.metrics.none')}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
