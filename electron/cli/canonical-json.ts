/**
 * Canonical JSON as RFC 8785 writes it: no white space, object keys sorted
 * by UTF-16 code unit, numbers in ECMAScript's shortest round-trip form.
 * The same value always gives the same text.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as JSON`);
  return Object.is(value, -0) ? '0' : JSON.stringify(value);
}

export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort(compareCodeUnits);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
}
