/**
 * The three charts. This module is the only one that imports recharts and is
 * loaded with a dynamic import by the statistics page, so the rest of the
 * app does not ship the library. The charts are drawn in antd's theme (its
 * colours, font and radius) and take the width of their card, so they never
 * push the page sideways.
 */
import { Card, theme, type GlobalToken } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownLine } from './use-breakdowns';
import type { TrendPoint } from './use-stats';

export interface StatsChartsProps {
  byCategory: BreakdownLine[];
  satisfaction: BreakdownLine[];
  trend: TrendPoint[];
}

const HEIGHT = 260;

/** One colour per satisfaction level, green for pleased to red for not, whichever levels the period has. */
function levelColours(token: GlobalToken): Record<string, string> {
  return {
    very_satisfied: token.colorSuccess,
    satisfied: token.colorPrimary,
    basically_satisfied: token.colorWarning,
    unsatisfied: token.colorError,
  };
}

/** What every chart shares: the theme's font, grid, axis text and tooltip. */
function chartLook(token: GlobalToken) {
  const text = { fill: token.colorTextSecondary, fontSize: token.fontSizeSM, fontFamily: token.fontFamily };
  return {
    style: { fontFamily: token.fontFamily, fontSize: token.fontSizeSM, color: token.colorText },
    grid: { stroke: token.colorBorderSecondary, strokeDasharray: '3 3' },
    axis: { tick: text, stroke: token.colorBorderSecondary },
    tooltip: {
      contentStyle: {
        fontFamily: token.fontFamily,
        fontSize: token.fontSizeSM,
        color: token.colorText,
        borderColor: token.colorBorderSecondary,
        borderRadius: token.borderRadius,
      },
      itemStyle: { color: token.colorText },
    },
  };
}

/** A chart in a card, with a name a screen reader reads, and the numbers in words for those who cannot see it. */
function ChartCard({ id, title, summary, children }: { id: string; title: string; summary: string; children: ReactNode }) {
  return (
    <Card size="small" role="figure" aria-labelledby={`${id}-title`} title={<span id={`${id}-title`}>{title}</span>}>
      <div role="img" aria-label={title} aria-describedby={`${id}-summary`}>
        {children}
      </div>
      <p id={`${id}-summary`} className="stats-sr-only">
        {summary}
      </p>
    </Card>
  );
}

const describe = (points: { label: string; count: number }[]) => points.map((p) => `${p.label} ${p.count}`).join('；');

export function StatsCharts({ byCategory, satisfaction, trend }: StatsChartsProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const look = chartLook(token);
  const colours = levelColours(token);
  const countName = t('stats.charts.count');
  // Categories with no case this period would only crowd the axis.
  const bars = byCategory.filter((line) => line.current > 0).map((line) => ({ label: line.label, count: line.current }));
  const slices = satisfaction.filter((line) => line.current > 0).map((line) => ({ key: line.key, label: line.label, count: line.current }));
  const points = trend.map((p) => ({ label: t('stats.charts.monthLabel', { year: p.year, month: p.month }), count: p.received }));
  return (
    <div className="stats-grid">
      <ChartCard id="stats-chart-category" title={t('stats.charts.byCategory')} summary={describe(bars)}>
        <BarChart responsive width="100%" height={HEIGHT} style={look.style} data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid {...look.grid} />
          <XAxis type="number" allowDecimals={false} {...look.axis} />
          <YAxis type="category" dataKey="label" width={96} interval={0} {...look.axis} />
          <Tooltip {...look.tooltip} />
          <Bar dataKey="count" name={countName} fill={token.colorPrimary} radius={[0, token.borderRadiusSM, token.borderRadiusSM, 0]} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard id="stats-chart-satisfaction" title={t('stats.charts.satisfaction')} summary={describe(slices)}>
        <PieChart responsive width="100%" height={HEIGHT} style={look.style}>
          <Pie
            data={slices}
            dataKey="count"
            nameKey="label"
            outerRadius="70%"
            label={{ fill: token.colorText, fontSize: token.fontSizeSM }}
            stroke={token.colorBgContainer}
            isAnimationActive={false}
          >
            {slices.map((slice) => (
              <Cell key={slice.key} fill={colours[slice.key] ?? token.colorTextSecondary} />
            ))}
          </Pie>
          <Tooltip {...look.tooltip} />
          <Legend wrapperStyle={{ fontSize: token.fontSizeSM, color: token.colorText }} />
        </PieChart>
      </ChartCard>
      <ChartCard id="stats-chart-trend" title={t('stats.charts.trend')} summary={describe(points)}>
        <LineChart responsive width="100%" height={HEIGHT} style={look.style} data={points} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid {...look.grid} />
          {/* Six month names do not fit a narrow card: recharts leaves some out; the description has them all. */}
          <XAxis dataKey="label" interval="preserveStartEnd" {...look.axis} />
          <YAxis allowDecimals={false} {...look.axis} />
          <Tooltip {...look.tooltip} />
          <Line type="linear" dataKey="count" name={countName} stroke={token.colorPrimary} strokeWidth={2} dot={{ r: 3, fill: token.colorPrimary }} isAnimationActive={false} />
        </LineChart>
      </ChartCard>
    </div>
  );
}
