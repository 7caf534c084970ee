import type { TFunction } from 'i18next';

type LooseT = (key: string, options: { defaultValue: string }) => string;

/**
 * Translates a key that arrives at run time (a schema issue such as
 * `errors.required`, a history field name), which the compile-time key
 * check cannot see. An unknown key shows `fallback`, or the generic "not
 * valid", never the raw key.
 */
export function translateKey(t: TFunction, key: string, fallback?: string): string {
  const translated = (t as unknown as LooseT)(key, { defaultValue: '' });
  return translated || (fallback ?? t('errors.invalid'));
}
