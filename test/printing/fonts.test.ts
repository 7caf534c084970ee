/** The bundled print font: complete, referenced by the stylesheet, and the same bytes as the npm package it came from. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, FONT_STYLESHEET } from '../../electron/core/printing/styles';

const resources = resolve(__dirname, '../../resources');
const cssPath = join(resources, FONT_STYLESHEET);
const fontDir = dirname(cssPath);
const css = readFileSync(cssPath, 'utf8');
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
  family: /font-family:\s*'([^']+)'/.exec(body!)?.[1],
  weight: Number(/font-weight:\s*(\d+)/.exec(body!)?.[1]),
  file: /url\(\.\/files\/([^)]+)\)/.exec(body!)?.[1] ?? '',
  ranges: (/unicode-range:\s*([^;]+);/.exec(body!)?.[1] ?? '').split(',').map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  }),
}));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('bundled print font', () => {
  it('declares regular and bold faces of one family, each file present', () => {
    expect(faces.length).toBeGreaterThan(100);
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set([FONT_FAMILY]));
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]));
    const files = readdirSync(join(fontDir, 'files'));
    expect(new Set(faces.map((face) => face.file))).toEqual(new Set(files));
    expect(css).toContain('font-display: block;');
  });

  it.each([400, 700])('covers the characters forms print, rare name characters included (weight %i)', (weight) => {
    const covered = (char: string) => {
      const code = char.codePointAt(0)!;
      return faces.some((face) => face.weight === weight && face.ranges.some(([from, to]) => code >= from && code <= to));
    };
    const sample = '客户投诉记录表第页共0123456789A-Z√堃喆犇淼垚翀镕赟龘,。:()';
    expect([...sample].filter((char) => !covered(char))).toEqual([]);
  });

  it('ships the SIL Open Font License with the files', () => {
    expect(readFileSync(join(fontDir, 'LICENSE'), 'utf8')).toContain('SIL Open Font License');
  });

  it('is byte for byte the @fontsource/noto-sans-sc copy (rerun resources/fonts/refresh-fonts.mjs after an upgrade)', () => {
    const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    expect(css).toContain(`@fontsource/noto-sans-sc ${version}`);
    for (const { file } of faces) {
      const source = join(packageDir, 'files', file);
      expect(existsSync(source), file).toBe(true);
      expect(sha256(join(fontDir, 'files', file)), file).toBe(sha256(source));
    }
  });
});
