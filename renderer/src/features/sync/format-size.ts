/** File sizes as people read them: KB, MB or GB, in the UI language. */
const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** Never in bytes: "byte" reads oddly in some languages, and a sync file is never that small to anyone who cares. */
export function formatSize(bytes: number, language: string): string {
  let value = Math.max(0, bytes) / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
