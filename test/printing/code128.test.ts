import { describe, expect, it } from 'vitest';
import {
  CODE128_PATTERNS,
  QUIET_ZONE_MODULES,
  START_B,
  STOP,
  canEncodeCode128B,
  code128Modules,
  code128Svg,
  code128Values,
  code128Widths,
} from '../../electron/core/printing/code128';
import { decodeModules } from './barcode-reader';

describe('Code 128 table', () => {
  it('has 106 symbols of 11 modules and a 13-module stop', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    CODE128_PATTERNS.slice(0, STOP).forEach((pattern) => {
      expect(pattern).toMatch(/^[1-4]{6}$/);
      expect([...pattern].reduce((sum, w) => sum + Number(w), 0)).toBe(11);
    });
    expect(CODE128_PATTERNS[STOP]).toBe('2331112');
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
  });

  it('matches the standard patterns for space, START A/B/C and STOP', () => {
    const modules = (pattern: string) => [...pattern].map((w, i) => (i % 2 ? '0' : '1').repeat(Number(w))).join('');
    expect(modules(CODE128_PATTERNS[0]!)).toBe('11011001100');
    expect(modules(CODE128_PATTERNS[103]!)).toBe('11010000100');
    expect(modules(CODE128_PATTERNS[104]!)).toBe('11010010000');
    expect(modules(CODE128_PATTERNS[105]!)).toBe('11010011100');
    expect(modules(CODE128_PATTERNS[STOP]!)).toBe('1100011101011');
  });
});

describe('code128 encoder (set B)', () => {
  it('encodes "A" as START B, A, check, STOP', () => {
    expect(code128Modules('A')).toBe('11010010000' + '10100011000' + '10001011000' + '1100011101011');
  });

  it('encodes "Wikipedia" bit for bit as published encoders do', () => {
    expect(code128Modules('Wikipedia')).toBe(
      '11010010000111010001101000011010011000010010100001101001010011110010110010000100001001101000011010010010110000111100100101100011101011',
    );
  });

  it('computes the mod-103 check symbol for a case number', () => {
    // By hand: 104 + 33·1 + 13·2 + 18·3 + 16·4 + 18·5 + 22·6 + 17·7 + 17·8 + 13·9 + 16·10 + 16·11 + 16·12 + 23·13
    // = 1702, and 1702 mod 103 = 54.
    const data = [...'A-202611-0007'].map((c) => c.charCodeAt(0) - 32);
    const check = data.reduce((sum, v, i) => sum + v * (i + 1), 104) % 103;
    expect(code128Values('A-202611-0007')).toEqual([START_B, ...data, check, STOP]);
    expect(check).toBe(54);
  });

  it.each(['A-202611-0007', 'B2-202612-1234', 'ZZZZ-209912-9999', 'x y ~!'])('reads back %s exactly', (text) => {
    expect(decodeModules(code128Modules(text))).toBe(text);
  });

  it('refuses what set B cannot hold', () => {
    expect(canEncodeCode128B('投诉')).toBe(false);
    expect(canEncodeCode128B('')).toBe(false);
    expect(canEncodeCode128B('A\n1')).toBe(false);
    expect(() => code128Values('投诉')).toThrow(RangeError);
  });

  it('draws bars in module units on a millimetre-sized SVG with quiet zones', () => {
    const text = 'A-202611-0007';
    const widths = code128Widths(text);
    const modules = widths.reduce((a, b) => a + b, 0);
    expect(modules).toBe(11 * (text.length + 2) + 13);
    const svg = code128Svg(text, { moduleMm: 0.25, heightMm: 9, label: '投诉编号 <A>' });
    const total = modules + 2 * QUIET_ZONE_MODULES;
    expect(svg).toContain(`viewBox="0 0 ${total} 1"`);
    expect(svg).toContain(`width="${total * 0.25}mm"`);
    expect(svg).toContain('height="9mm"');
    expect(svg).toContain('aria-label="投诉编号 &#60;A&#62;"');
    const bars = [...svg.matchAll(/<rect x="(\d+)" y="0" width="(\d+)" height="1"\/>/g)];
    expect(bars).toHaveLength(Math.ceil(widths.length / 2));
    expect(Number(bars[0]![1])).toBe(QUIET_ZONE_MODULES);
  });
});
