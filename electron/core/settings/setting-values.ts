import { settingValuesSchema, type SettingValues } from '../../../shared/schemas/settings';
import type { Db } from '../db/connection';
import { DEFAULT_SETTING_VALUES } from './defaults';
import { prepared } from '../db/prepared';

type SettingRow = { id: string; value: string };

/** The rows last read per connection and what they gave: a registration reads the settings four times. */
const lastRead = new WeakMap<Db, { rows: SettingRow[]; values: SettingValues }>();

function sameRows(a: SettingRow[], b: SettingRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.id === b[i]!.id && row.value === b[i]!.value);
}

/**
 * Stored values over the defaults; a value that no longer fits its schema falls back to the default. Read from the
 * table every time (another connection or a sync may have changed it), but worked out again only when a row differs.
 */
export function readSettingValues(db: Db): SettingValues {
  const rows = prepared(db, 'SELECT id, value FROM settings WHERE deleted = 0').all() as SettingRow[];
  const last = lastRead.get(db);
  // A copy each time: a caller that changes what it got must not change what the next one gets.
  if (last && sameRows(last.rows, rows)) return { ...last.values };
  const values = settingValuesOf(rows);
  lastRead.set(db, { rows, values });
  return { ...values };
}

function settingValuesOf(rows: SettingRow[]): SettingValues {
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
