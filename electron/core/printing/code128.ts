/**
 * Code 128 (ISO/IEC 15417), code set B, drawn as inline SVG: the complaint
 * number printed on a form, which a USB scanner acting as a keyboard types
 * back exactly (`A-202611-0007`), so the case is found again in one scan.
 *
 * Set B covers printable ASCII, which is all a case number holds (desk code,
 * digits, dashes); a symbol for 13 characters is about 50 mm wide at the
 * 0.254 mm (10 mil) module that office laser printers reproduce well.
 */

/**
 * Bar and space widths of symbol values 0-105 (103-105 are START A/B/C),
 * then the stop pattern (106), as the standard lists them: bar first.
 */
export const CODE128_PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

export const START_B = 104;
export const STOP = 106;
/** The standard asks for a quiet zone of at least ten modules on each side. */
export const QUIET_ZONE_MODULES = 10;

/** True when every character is printable ASCII, i.e. in code set B. */
export function canEncodeCode128B(text: string): boolean {
  return text.length > 0 && /^[\x20-\x7e]+$/.test(text);
}

/** Symbol values: START B, one per character, the mod-103 check symbol, STOP. */
export function code128Values(text: string): number[] {
  if (!canEncodeCode128B(text)) throw new RangeError(`Code 128 set B cannot encode ${JSON.stringify(text)}`);
  const data = [...text].map((char) => char.charCodeAt(0) - 32);
  const check = data.reduce((sum, value, index) => sum + value * (index + 1), START_B) % 103;
  return [START_B, ...data, check, STOP];
}

/** Alternating bar/space widths in modules, bar first, quiet zones excluded. */
export function code128Widths(text: string): number[] {
  return code128Values(text).flatMap((value) => [...(CODE128_PATTERNS[value] ?? '')].map(Number));
}

/** `1` for a dark module, `0` for a light one. */
export function code128Modules(text: string): string {
  return code128Widths(text)
    .map((width, index) => (index % 2 === 0 ? '1' : '0').repeat(width))
    .join('');
}

export interface BarcodeSvgOptions {
  /** Width of the narrowest bar. */
  moduleMm?: number;
  heightMm?: number;
  /** Accessible name of the picture. */
  label?: string;
}

/**
 * An SVG sized in millimetres, drawn in module units, so it prints at
 * exactly the module width whatever the screen or printer resolution.
 */
export function code128Svg(text: string, options: BarcodeSvgOptions = {}): string {
  const moduleMm = options.moduleMm ?? 0.254;
  const heightMm = options.heightMm ?? 10;
  const widths = code128Widths(text);
  const total = widths.reduce((sum, width) => sum + width, 0) + 2 * QUIET_ZONE_MODULES;
  const bars: string[] = [];
  let x = QUIET_ZONE_MODULES;
  widths.forEach((width, index) => {
    if (index % 2 === 0) bars.push(`<rect x="${x}" y="0" width="${width}" height="1"/>`);
    x += width;
  });
  const label = (options.label ?? text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const widthMm = +(total * moduleMm).toFixed(3);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="barcode" role="img" aria-label="${label}" ` +
    `width="${widthMm}mm" height="${heightMm}mm" viewBox="0 0 ${total} 1" preserveAspectRatio="none" shape-rendering="crispEdges">` +
    `<rect x="0" y="0" width="${total}" height="1" fill="#fff"/><g fill="#000">${bars.join('')}</g></svg>`
  );
}
