/**
 * The three charts. This module is the only one that imports recharts and is
 * loaded with a dynamic import by the statistics page, so the rest of the
 * app does not ship the library.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownLine } from './use-breakdowns';
import type { TrendPoint } from './use-stats';

export interface StatsChartsProps {
  byCategory: BreakdownLine[];
  satisfaction: BreakdownLine[];
  trend: TrendPoint[];
}

const WIDTH = 420;
const HEIGHT = 260;
/** One colour per satisfaction level, green for pleased to red for not, whichever levels the period has. */
const LEVEL_COLOURS: Record<string, string> = { very_satisfied: '#2e7d32', satisfied: '#66bb6a', basically_satisfied: '#f9a825', unsatisfied: '#c62828' };

/** A chart with a name a screen reader reads, and the numbers in words for those who cannot see it. */
function ChartFigure({ id, title, summary, children }: { id: string; title: string; summary: string; children: React.ReactNode }) {
  return (
    <figure className="card stats-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div role="img" aria-label={title} aria-describedby={`${id}-summary`} className="stats-chart__drawing">
        {children}
      </div>
      <p id={`${id}-summary`} className="stats-sr-only">
        {summary}
      </p>
    </figure>
  );
}

const describe = (points: { label: string; count: number }[]) => points.map((p) => `${p.label} ${p.count}`).join('；');

export function StatsCharts({ byCategory, satisfaction, trend }: StatsChartsProps) {
  const { t } = useTranslation();
  const countName = t('stats.charts.count');
  // Categories with no case this period would only crowd the axis.
  const bars = byCategory.filter((line) => line.current > 0).map((line) => ({ label: line.label, count: line.current }));
  const slices = satisfaction.filter((line) => line.current > 0).map((line) => ({ key: line.key, label: line.label, count: line.current }));
  const points = trend.map((p) => ({ label: t('stats.charts.monthLabel', { year: p.year, month: p.month }), count: p.received }));
  return (
    <div className="stats-charts">
      <ChartFigure id="stats-chart-category" title={t('stats.charts.byCategory')} summary={describe(bars)}>
        <BarChart width={WIDTH} height={HEIGHT} data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={96} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name={countName} fill="#1565c0" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
      <ChartFigure id="stats-chart-satisfaction" title={t('stats.charts.satisfaction')} summary={describe(slices)}>
        <PieChart width={WIDTH} height={HEIGHT}>
          <Pie data={slices} dataKey="count" nameKey="label" outerRadius={90} label isAnimationActive={false}>
            {slices.map((slice) => (
              <Cell key={slice.key} fill={LEVEL_COLOURS[slice.key] ?? '#90a4ae'} />
            ))}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ChartFigure>
      <ChartFigure id="stats-chart-trend" title={t('stats.charts.trend')} summary={describe(points)}>
        <LineChart width={WIDTH} height={HEIGHT} data={points} margin={{ top: 8, right: 32, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Line type="linear" dataKey="count" name={countName} stroke="#1565c0" isAnimationActive={false} />
        </LineChart>
      </ChartFigure>
    </div>
  );
}
