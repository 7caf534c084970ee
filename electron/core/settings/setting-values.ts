import { settingValuesSchema, type SettingValues } from '../../../shared/schemas/settings';
import type { Db } from '../db/connection';
import { DEFAULT_SETTING_VALUES } from './defaults';
import { prepared } from '../db/prepared';

/** Stored values over the defaults; a value that no longer fits its schema falls back to the default. */
export function readSettingValues(db: Db): SettingValues {
  const rows = prepared(db, 'SELECT id, value FROM settings WHERE deleted = 0').all() as { id: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.id] = JSON.parse(row.value);
    } catch {
      // Unreadable (written by a newer version): keep the default.
    }
  }
  const merged = { ...DEFAULT_SETTING_VALUES };
  for (const key of Object.keys(merged) as (keyof SettingValues)[]) {
    if (!(key in stored)) continue;
    const candidate = settingValuesSchema.shape[key].safeParse(stored[key]);
    if (candidate.success) (merged as Record<string, unknown>)[key] = candidate.data;
  }
  return merged;
}

export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
