/** Dates as people see and type them, always in the desk's local time. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026/11/23 14:05` in Chinese, `11/23/2026, 14:05` in English. */
export function formatDateTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(epochMs));
}

/** The value a `datetime-local` input shows for an instant, e.g. `2026-11-23T14:05`. */
export function toDateTimeLocal(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a `datetime-local` value means, or null if it is empty or not a date. */
export function fromDateTimeLocal(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  // Reject dates the calendar does not have (2026-02-30 would roll over to March).
  if (date.getMonth() !== (mo ?? 1) - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

/** First millisecond of the day a `date` input names (`2026-11-23`), or undefined if empty. */
export function startOfDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** Last millisecond of that day, so "to 23 Nov" includes everything received on the 23rd. */
export function endOfDay(value: string): number | undefined {
  const start = startOfDay(value);
  if (start === undefined) return undefined;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
