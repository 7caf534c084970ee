/**
 * What every statistic means, in the words the statistics screen shows as a
 * tooltip and the monthly summary prints beside the number. The sentences
 * live in the vocabulary's catalogues (shared/vocabulary/words.*.ts); the
 * SQL in period-stats.ts implements exactly them: change both together.
 *
 * A period is [from, to): its start included, its end excluded.
 */
import { METRIC_IDS, type MetricDefinitions } from '../../../shared/schemas/stats';
import { wordsFor } from '../../../shared/vocabulary/words';

export const METRIC_DEFINITIONS = Object.fromEntries(
  METRIC_IDS.map((id) => [id, { 'zh-CN': wordsFor('zh-CN').metrics[id], en: wordsFor('en').metrics[id] }]),
) as MetricDefinitions;
