/** How each scalar metric reads: a count, a rate (a fraction shown as %), or working days. */
import type { MetricDefinitions, MetricId, ScalarMetricId } from '../../../../shared/schemas/stats';

export type MetricKind = 'count' | 'rate' | 'days';

export const METRIC_KIND: Record<ScalarMetricId, MetricKind> = {
  received: 'count',
  resolvedCases: 'count',
  onTimeRate: 'rate',
  handlingDaysAverage: 'days',
  handlingDaysMedian: 'days',
  callbacksDone: 'count',
  callbackRate: 'rate',
  satisfactionRate: 'rate',
  resolutionRate: 'rate',
  repeatRate: 'rate',
  reopenedCases: 'count',
  majorCases: 'count',
  groupComplaints: 'count',
  groupCases: 'count',
  callbackExceptions: 'count',
};

/** `12`, `85.0%`, `1.50`; null (nothing to divide by) is left to the caller. */
export function formatValue(kind: MetricKind, value: number): string {
  if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'days') return value.toFixed(2);
  return String(value);
}

/** The change with its sign; rates change in percentage points, returned bare for the caller to word. */
export function formatChange(kind: MetricKind, change: number): string {
  const sign = change > 0 ? '+' : change < 0 ? '-' : '';
  const size = Math.abs(change);
  if (kind === 'rate') return `${sign}${(size * 100).toFixed(1)}`;
  if (kind === 'days') return `${sign}${size.toFixed(2)}`;
  return `${sign}${size}`;
}

export type DefinitionLanguage = 'zh-CN' | 'en';

export const definitionLanguage = (language: string): DefinitionLanguage => (language.startsWith('en') ? 'en' : 'zh-CN');

/** A metric's name and meaning in the UI language; the id until the definitions have come. */
export function metricText(definitions: MetricDefinitions | undefined, metric: MetricId, language: string): { label: string; definition: string } {
  return definitions?.[metric][definitionLanguage(language)] ?? { label: metric, definition: '' };
}
