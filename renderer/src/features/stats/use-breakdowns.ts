/** The breakdowns of a summary as labelled lines, this period against the previous one, in the UI language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, NATURES, SATISFACTION_LEVELS, type Channel, type Nature } from '../../../../shared/domain';
import type { BreakdownMetricId, CountRow, StatsResult } from '../../../../shared/schemas/stats';
import { useEnumLabels } from '../../i18n/use-enum-labels';

export interface BreakdownLine {
  key: string;
  label: string;
  current: number;
  /** Null where the previous period's count is not known (top units: only its own top 10 is). */
  previous: number | null;
}

export interface Breakdown {
  metric: BreakdownMetricId;
  lines: BreakdownLine[];
}

const isChannel = (key: string): key is Channel => (CHANNELS as readonly string[]).includes(key);
const isNature = (key: string): key is Nature => (NATURES as readonly string[]).includes(key);

function lines(current: CountRow[], previous: CountRow[] | null, label: (row: CountRow) => string): BreakdownLine[] {
  const before = new Map((previous ?? []).map((row) => [row.key, row.count]));
  const out = current.map((row) => ({ key: row.key, label: label(row), current: row.count, previous: previous ? (before.get(row.key) ?? 0) : null }));
  const seen = new Set(current.map((row) => row.key));
  for (const row of previous ?? []) {
    if (!seen.has(row.key) && row.count > 0) out.push({ key: row.key, label: label(row), current: 0, previous: row.count });
  }
  return out;
}

export function useBreakdowns(stats: StatsResult | undefined): Breakdown[] {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  return useMemo(() => {
    if (!stats) return [];
    const { current: now, previous: before } = stats;
    const category = (row: CountRow) => row.name || labels.category(row.key);
    const satisfaction = (levels: Record<string, number>): CountRow[] =>
      SATISFACTION_LEVELS.map((level) => ({ key: level, name: t(`callbacks.satisfaction.${level}`), count: levels[level] ?? 0 }));
    return [
      { metric: 'byCategory', lines: lines(now.byCategory, before.byCategory, category) },
      { metric: 'byChannel', lines: lines(now.byChannel, before.byChannel, (row) => (isChannel(row.key) ? labels.channel(row.key) : row.key)) },
      { metric: 'byNature', lines: lines(now.byNature, before.byNature, (row) => (isNature(row.key) ? labels.nature(row.key) : row.key)) },
      { metric: 'bySite', lines: lines(now.bySite, before.bySite, (row) => row.key || t('stats.breakdown.noSite')) },
      {
        metric: 'byDepartment',
        lines: lines(now.byDepartment, before.byDepartment, (row) => (row.key ? row.name || row.key : t('stats.breakdown.notDispatched'))),
      },
      {
        metric: 'satisfactionDistribution',
        lines: lines(satisfaction(now.satisfaction.levels), satisfaction(before.satisfaction.levels), (row) => row.name),
      },
      { metric: 'topUnits', lines: lines(now.topUnits, null, (row) => row.key) },
    ];
  }, [stats, labels, t]);
}
