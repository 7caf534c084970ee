/**
 * The vocabulary's words: one catalogue per language, the same shape in
 * both, and the rule for naming a stored code (the office's own name from
 * Settings first, then the catalogue, then the code itself).
 */
import { wordsEn } from './words.en';
import { wordsZhCN } from './words.zh-CN';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The shape of a language's words: the zh-CN catalogue's keys, any strings. */
export type Words = Widen<typeof wordsZhCN>;
export type CodeList = keyof Words['codes'];

export const WORD_LANGUAGES = ['zh-CN', 'en'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

const CATALOGUES: Record<WordLanguage, Words> = { 'zh-CN': wordsZhCN, en: wordsEn };

export function wordsFor(language: WordLanguage): Words {
  return CATALOGUES[language];
}

/**
 * Names the office gave in Settings, by code list: an added or renamed
 * category, later perhaps channels. They win over the catalogue everywhere
 * a code is shown (screens, printed forms, statistics, exports).
 */
export type OfficeNames = Partial<Record<CodeList, Readonly<Record<string, string>>>>;

/** A stored code in words: the office's name, else the catalogue's word, else the code as stored. */
export function codeWord(words: Words, list: CodeList, code: string, office: OfficeNames = {}): string {
  const own = office[list]?.[code];
  if (own) return own;
  const word = (words.codes[list] as Record<string, string | undefined>)[code];
  return word ?? code;
}

/** A field's name, or the field key when the catalogue has none (a field from a newer desk). */
export function fieldWord(words: Words, field: string): string {
  return (words.fields as Record<string, string | undefined>)[field] ?? field;
}

/** Fills `{{name}}` placeholders, the same syntax as the renderer's i18next catalogue. */
export function fillWords(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
