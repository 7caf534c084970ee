import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, NATURES, STATUSES } from '../../shared/domain';
import { ERROR_CODES } from '../../shared/result';
import { CASE_FIELD_NAMES, NAME_FIELDS } from '../../shared/vocabulary/case-fields';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

const ROOT = resolve(import.meta.dirname, '../..');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `'errors.xyz'` message key the contract or the core can send to the UI as a field issue. */
function errorKeysUsed(): string[] {
  const files = [...sourceFiles(join(ROOT, 'shared')), ...sourceFiles(join(ROOT, 'electron', 'core'))];
  const keys = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`](errors\.[A-Za-z]+)['"`]/g)) keys.add(match[1]!);
  }
  return [...keys].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  const zh = flatten(zhCN);
  const english = flatten(en as Tree);
  const languages = [
    ['zh-CN', zh],
    ['en', english],
  ] as const;

  it('have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty strings and the same placeholders in both languages', () => {
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(english.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it.each(languages)('%s translates every error code', (_language, catalogue) => {
    for (const code of ERROR_CODES) expect(catalogue.has(`errorCodes.${code}`), code).toBe(true);
  });

  it.each(languages)('%s translates every channel, category, nature and status', (_language, catalogue) => {
    for (const code of CHANNELS) expect(catalogue.has(`channel.${code}`), code).toBe(true);
    for (const code of CATEGORIES) expect(catalogue.has(`category.${code}`), code).toBe(true);
    for (const code of NATURES) expect(catalogue.has(`nature.${code}`), code).toBe(true);
    for (const code of STATUSES) expect(catalogue.has(`status.${code}`), code).toBe(true);
  });

  it.each(languages)('%s translates every errors.* key the contract and the core use', (_language, catalogue) => {
    const used = errorKeysUsed();
    expect(used).toContain('errors.required');
    for (const key of used) expect(catalogue.has(key), key).toBe(true);
  });

  it.each(languages)('%s labels every case field the change history can show', (_language, catalogue) => {
    for (const field of [...CASE_FIELD_NAMES, ...NAME_FIELDS.map((entry) => entry.names)]) {
      expect(catalogue.has(`fields.${field}`), field).toBe(true);
    }
  });
});
