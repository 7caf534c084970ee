/**
 * Which backups to keep: the newest of each of the last N days, of the last
 * N weeks and of the last N months (default 7, 4 and 12), and the ten
 * newest of all whatever their day (a morning's backup before an import must
 * not be pushed out by the afternoon's). Pure, so it is tested on its own.
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

/** However many a day takes, the newest few are all kept. */
export const KEEP_NEWEST = 10;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** The Monday a day's week starts on, in local time. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
}

/** The ids to keep out of `backups` (any order), at most `count` periods of each kind, newest first. */
export function backupsToKeep<B extends { id: string; at: number }>(backups: readonly B[], policy: RotationPolicy): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  for (const backup of newestFirst.slice(0, KEEP_NEWEST)) keep.add(backup.id);
  for (const [key, count] of [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ] as const) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const period = key(new Date(backup.at));
      if (seen.has(period)) continue;
      if (seen.size >= count) break;
      seen.add(period);
      keep.add(backup.id);
    }
  }
  return keep;
}
