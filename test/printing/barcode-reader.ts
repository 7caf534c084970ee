/**
 * A small Code 128 reader for the tests: it reads bar widths the way a
 * scanner does (each symbol measured on its own, so the scale does not
 * matter), checks the mod-103 symbol, and returns the text a scanner would
 * type. Used on encoder output and on a 300 dpi render of a printed page.
 */
import { CODE128_PATTERNS, START_B, STOP } from '../../electron/core/printing/code128';

const BY_PATTERN = new Map(CODE128_PATTERNS.slice(0, STOP).map((pattern, value) => [pattern, value]));
const STOP_HEAD = CODE128_PATTERNS[STOP]!.slice(0, 6);

/** Run lengths of alternating dark/light, starting with a dark run. */
export function runsFromModules(modules: string): number[] {
  return (modules.match(/1+|0+/g) ?? []).map((run) => run.length);
}

function symbolAt(runs: readonly number[], index: number): string | undefined {
  const widths = runs.slice(index, index + 6);
  if (widths.length < 6) return undefined;
  const module = widths.reduce((sum, w) => sum + w, 0) / 11;
  return widths.map((w) => Math.max(1, Math.round(w / module))).join('');
}

/** Decodes runs that start with the START B bar; undefined unless the check symbol and stop agree. */
export function decodeRuns(runs: readonly number[]): string | undefined {
  if (symbolAt(runs, 0) !== CODE128_PATTERNS[START_B]) return undefined;
  const values: number[] = [];
  for (let index = 6; index + 6 <= runs.length; index += 6) {
    const pattern = symbolAt(runs, index);
    if (pattern === STOP_HEAD) {
      const check = values.pop();
      if (check === undefined || values.length === 0) return undefined;
      const sum = values.reduce((acc, value, i) => acc + value * (i + 1), START_B);
      if (sum % 103 !== check) return undefined;
      return String.fromCharCode(...values.map((value) => value + 32));
    }
    const value = pattern === undefined ? undefined : BY_PATTERN.get(pattern);
    if (value === undefined || value >= 96) return undefined;
    values.push(value);
  }
  return undefined;
}

export function decodeModules(modules: string): string | undefined {
  return decodeRuns(runsFromModules(modules.replace(/^0+/, '')));
}

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5), as `pdftoppm -gray` writes it. */
export function readPgm(data: Buffer): GrayImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: data.subarray(whole.length) };
}

/** Scans every row, like sweeping a scanner down the page, and returns the first code read. */
export function scanImage(image: GrayImage): string | undefined {
  for (let y = 0; y < image.height; y += 2) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    const runs: { dark: boolean; length: number }[] = [];
    for (const pixel of row) {
      const dark = pixel < 128;
      const last = runs.at(-1);
      if (last && last.dark === dark) last.length += 1;
      else runs.push({ dark, length: 1 });
    }
    for (let i = 0; i < runs.length; i++) {
      if (!runs[i]!.dark) continue;
      const text = decodeRuns(runs.slice(i).map((run) => run.length));
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
