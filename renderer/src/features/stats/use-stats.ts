/** Reads what the statistics screen shows: the summary, the metric definitions, the sites and the six-month trend. */
import { useEffect, useState } from 'react';
import type { Site } from '../../../../shared/schemas/settings';
import type { MetricDefinitions, Period, StatsQuery, StatsResult } from '../../../../shared/schemas/stats';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';
import { trendMonths } from './period';

export interface TrendPoint {
  year: number;
  month: number;
  received: number;
}

export interface StatsData {
  summary: StatsResult | undefined;
  trend: TrendPoint[] | undefined;
  error: AppError | undefined;
  loading: boolean;
}

/** The organisation's sites and the metric definitions: read once per visit. */
export function useStatsLookups(): { sites: Site[]; definitions: MetricDefinitions | undefined } {
  const [sites, setSites] = useState<Site[]>([]);
  const [definitions, setDefinitions] = useState<MetricDefinitions>();
  useEffect(() => {
    let current = true;
    void call('settings.get', {}).then((result) => {
      if (current && result.ok) setSites([...result.value.sites].sort((a, b) => a.sort - b.sort));
    });
    void call('stats.definitions', {}).then((result) => {
      if (current && result.ok) setDefinitions(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return { sites, definitions };
}

export function statsQuery(period: Period, site: string): StatsQuery {
  return { from: period.from, to: period.to, ...(site ? { siteFilter: site } : {}) };
}

/** The summary of a period and, for the trend line, one summary per month of the six ending with the period's first month. */
export function useStats(period: Period | null, site: string): StatsData {
  const [data, setData] = useState<StatsData>({ summary: undefined, trend: undefined, error: undefined, loading: true });
  const from = period?.from;
  const to = period?.to;
  useEffect(() => {
    if (from === undefined || to === undefined) return;
    let current = true;
    setData((previous) => ({ ...previous, loading: true, error: undefined }));
    const months = trendMonths(from);
    void Promise.all([
      call('stats.summary', statsQuery({ from, to }, site)),
      Promise.all(months.map((m) => call('stats.summary', statsQuery(m.period, site)))),
    ]).then(([summary, monthly]) => {
      if (!current) return;
      if (!summary.ok) {
        setData({ summary: undefined, trend: undefined, error: summary.error, loading: false });
        return;
      }
      const trend = months.map((m, i) => {
        const result = monthly[i];
        return { year: m.year, month: m.month, received: result?.ok ? result.value.current.received : 0 };
      });
      setData({ summary: summary.value, trend, error: undefined, loading: false });
    });
    return () => {
      current = false;
    };
  }, [from, to, site]);
  return data;
}
