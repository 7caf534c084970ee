/** The UI catalogue's words for the workbook and the CSV (statsLabelsSchema), so a file comes out in the language on screen. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, CHANNELS, NATURES, SATISFACTION_LEVELS, STATUSES } from '../../../../shared/domain';
import { METRIC_IDS, type MetricDefinitions, type StatsLabelsInput } from '../../../../shared/schemas/stats';
import { definitionLanguage } from './metric-format';
import { statsZh } from './i18n.zh-CN';
import { CSV_COLUMNS } from '../../../../shared/schemas/stats';
import { translateKey } from '../../i18n/translate-key';

const DEADLINE_STATES = ['none', 'ok', 'due_soon', 'overdue', 'paused'] as const;

const mapOf = <K extends string>(keys: readonly K[], word: (key: K) => string): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, word(key)]));

export function useExportLabels(definitions: MetricDefinitions | undefined): StatsLabelsInput {
  const { t, i18n } = useTranslation();
  const language = definitionLanguage(i18n.language);
  return useMemo(() => {
    const textKeys = Object.keys(statsZh.workbook) as (keyof typeof statsZh.workbook)[];
    // The columns are case fields: their names are the vocabulary's, as on screen and on paper.
    const columnKeys = [...CSV_COLUMNS, 'resolvedAt', 'closedAt', 'lastSatisfaction'];
    return {
      text: mapOf(textKeys, (key) => t(`stats.workbook.${key}`)),
      column: mapOf(columnKeys, (key) => translateKey(t, `fields.${key}`, key)),
      channel: mapOf(CHANNELS, (key) => t(`channel.${key}`)),
      category: mapOf(CATEGORIES, (key) => t(`category.${key}`)),
      nature: mapOf(NATURES, (key) => t(`nature.${key}`)),
      status: mapOf(STATUSES, (key) => t(`status.${key}`)),
      satisfaction: mapOf(SATISFACTION_LEVELS, (key) => t(`callbacks.satisfaction.${key}`)),
      deadlineState: {
        ...mapOf(DEADLINE_STATES, (key) => t(`deadlineState.${key}`)),
        // A finished case's deadline was met or not (the core's cases-csv.ts).
        ...mapOf(['met', 'late'] as const, (key) => t(`stats.deadlineOutcome.${key}`)),
      },
      ...(definitions
        ? {
            metric: mapOf(METRIC_IDS, (key) => definitions[key][language].label),
            definition: mapOf(METRIC_IDS, (key) => definitions[key][language].definition),
          }
        : {}),
    };
    // `language` changes with `t`; listed so the memo reads as what it depends on.
  }, [t, language, definitions]);
}
