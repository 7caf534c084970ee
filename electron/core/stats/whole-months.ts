/** Whole local calendar months from `from` to `to` (1 for October), or 0 when the period is not whole months. */
export function wholeMonths(from: number, to: number): number {
  const start = new Date(from);
  const end = new Date(to);
  const isFirstMidnight = (d: Date) => d.getDate() === 1 && d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
  if (!isFirstMidnight(start) || !isFirstMidnight(end)) return 0;
  return Math.max(0, (end.getFullYear() - start.getFullYear()) * 12 + end.getMonth() - start.getMonth());
}
