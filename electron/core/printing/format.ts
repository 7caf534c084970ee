/**
 * Dates as Chinese office forms write them: 2026年11月23日 09:30. Printed in
 * the desk's time zone (the system's unless a test pins one), the same zone
 * the case number's year-month comes from.
 */

export interface DateFormatOptions {
  /** IANA zone, e.g. `Asia/Shanghai`; defaults to the computer's zone. */
  timeZone?: string;
}

function parts(at: number, options: DateFormatOptions): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(at))) out[part.type] = part.value;
  return out;
}

export function formatDate(at: number, options: DateFormatOptions = {}): string {
  const p = parts(at, options);
  return `${p.year}年${p.month}月${p.day}日`;
}

export function formatDateTime(at: number, options: DateFormatOptions = {}): string {
  const p = parts(at, options);
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** Whole yuan, as the seed writes it: 5000元. */
export function formatYuan(amount: number): string {
  return `${Math.round(amount)}元`;
}
