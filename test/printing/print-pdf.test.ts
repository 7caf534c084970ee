/**
 * Every form printed to PDF in Chromium with the shared options, read back
 * with poppler: labels and values present, A4, bundled font embedded, page
 * numbers right, long content across pages with no row cut, the barcode
 * readable from a 300 dpi render. PDFs and PNGs of page 1 are left in
 * test-results/forms/ to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORM_KINDS,
  assetBaseUrlForDir,
  renderForm,
  renderHandlingBatch,
  type BlankForm,
  type RenderOptions,
} from '../../electron/core/printing';
import { formatDateTime } from '../../electron/core/printing/format';
import { FormPrinter, RESOURCES_DIR, scanPage, type PrintedPdf } from './print-helpers';
import { PRINTED_AT, TIME_ZONE, buildFullCase, buildLongCase, buildRegistration } from './factory';
import { expectedLabels, expectedValues } from './expected';
import { missingFrom, squash } from './text';

const options: RenderOptions = { assetBaseUrl: assetBaseUrlForDir(RESOURCES_DIR), timeZone: TIME_ZONE, printedAt: PRINTED_AT };
const ORG = '阳光海岸物业服务中心';
const blank: BlankForm = { blank: true, organisation: { name: ORG } };

let printer: FormPrinter;

beforeAll(async () => {
  printer = await FormPrinter.launch();
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

function expectA4(pdf: PrintedPdf): void {
  // A4 is 595.28 x 841.89 pt; Chromium rounds the CSS page size to its pixel grid (594.96 x 841.92).
  expect(Math.round(pdf.widthPt)).toBe(595);
  expect(Math.round(pdf.heightPt)).toBe(842);
  expect(pdf.pageSizeName).toBe('A4');
}

function expectBundledFont(pdf: PrintedPdf): void {
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) {
    // A PC font standing in (fallback) would show up as Type 3 or under its own name.
    expect(font, JSON.stringify(font)).toMatchObject({ embedded: true, type: 'CID TrueType' });
    expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC/);
  }
}

function expectPageNumbers(pdf: PrintedPdf): void {
  pdf.pageTexts.forEach((text, index) => {
    expect(squash(text)).toContain(`第${index + 1}页/共${pdf.pages}页`);
  });
}

describe.each(FORM_KINDS)('%s printed to PDF', (kind) => {
  it('for a fully filled case: every label and value, one A4 page in the bundled font', async () => {
    const data = buildFullCase();
    const pdf = await printer.print(`${kind}-full`, renderForm(kind, data, options));
    const text = pdf.pageTexts.join('\n');
    expect(missingFrom(text, expectedLabels(kind, false))).toEqual([]);
    expect(missingFrom(text, expectedValues(kind, data))).toEqual([]);
    expectA4(pdf);
    expect(pdf.pages).toBe(1);
    expectPageNumbers(pdf);
    expect(squash(text)).toContain(squash(`${ORG} · `));
    expect(squash(text)).toContain(`编号${data.registration.number}`);
    expectBundledFont(pdf);
  });

  it('blank: every label on a single A4 sheet to write on', async () => {
    const pdf = await printer.print(`${kind}-blank`, renderForm(kind, blank, options));
    const text = pdf.pageTexts.join('\n');
    expect(missingFrom(text, expectedLabels(kind, true))).toEqual([]);
    expect(squash(text)).toContain(ORG);
    expect(text).not.toContain('A-2026');
    expectA4(pdf);
    expect(pdf.pages).toBe(1);
    expectPageNumbers(pdf);
    expectBundledFont(pdf);
  });
});

describe('long content', () => {
  const long = buildLongCase();

  it('a 5,000-character complaint flows over several pages of the record form, all of it printed', async () => {
    expect([...long.registration.content]).toHaveLength(5000);
    const pdf = await printer.print('complaint-record-long', renderForm('complaint-record', long, options));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.pages).toBeLessThanOrEqual(5);
    expectPageNumbers(pdf);
    const footer = squash(`${ORG} · 客户投诉记录表 · 编号 ${long.registration.number}`);
    const body = pdf.pageTexts.map((text, i) => squash(text).replace(footer, '').replace(`第${i + 1}页/共${pdf.pages}页`, '')).join('');
    expect(body).toContain(squash(long.registration.content));
    // The signature lines come after the complaint, on the last page.
    expect(squash(pdf.pageTexts.at(-1)!)).toContain('受理人(签字)');
  });

  it('60 follow-ups break across pages with the table header repeated and no row cut', async () => {
    const followups = long.followups!;
    expect(followups).toHaveLength(60);
    const pdf = await printer.print('follow-up-long', renderForm('follow-up', long, options));
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.pages).toBeLessThanOrEqual(9);
    expectA4(pdf);
    expectPageNumbers(pdf);
    const pages = pdf.pageTexts.map(squash);
    const header = squash('序号 跟进时间 跟进类型 跟进情况 跟进人');
    let previousPage = 0;
    followups.forEach((followup, index) => {
      // A row is whole when its time, text and person all land on one page.
      const row = [formatDateTime(followup.at, { timeZone: TIME_ZONE }), followup.text, followup.by!].map(squash);
      const page = pages.findIndex((text) => row.every((part) => text.includes(part)));
      expect(page, `follow-up ${index + 1} is cut or missing`).toBeGreaterThanOrEqual(0);
      expect(page).toBeGreaterThanOrEqual(previousPage);
      expect(pages[page], `table header on page ${page + 1}`).toContain(header);
      previousPage = page;
    });
    expect(previousPage).toBe(pdf.pages - 1);
  });

  it('the handling form of the long case keeps the whole complaint and the sign-off', async () => {
    const pdf = await printer.print('handling-long', renderForm('handling', long, options));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expectPageNumbers(pdf);
    const last = squash(pdf.pageTexts.at(-1)!);
    expect(last).toContain('部门负责人(签字)');
    expect(scanPage(pdf.path, 1)).toBe(long.registration.number);
  });
});

describe('scanning the paper', () => {
  it('reads back exactly the complaint number from the printed handling form', async () => {
    const pdf = await printer.print('handling-scan', renderForm('handling', buildFullCase(), options));
    expect(scanPage(pdf.path, 1)).toBe('A-202611-0007');
  });

  it('batch: every case on its own page, with its own barcode and footer', async () => {
    const numbers = ['A-202611-0001', 'B2-202611-0015', 'ZZZZ-202612-9999'];
    const cases = numbers.map((number) => buildFullCase({ registration: buildRegistration({ number }) }));
    const pdf = await printer.print('handling-batch', renderHandlingBatch(cases, options));
    expect(pdf.pages).toBe(3);
    expectPageNumbers(pdf);
    numbers.forEach((number, index) => {
      expect(squash(pdf.pageTexts[index]!)).toContain(squash(`投诉处理记录表 · 编号 ${number}`));
      expect(scanPage(pdf.path, index + 1)).toBe(number);
    });
  });
});

describe('hostile text in Chromium', () => {
  it('prints markup as text and runs none of it', async () => {
    const evil = '<script>window.__printed = 1</script> & <img src=x onerror="window.__printed = 2">';
    const data = buildFullCase({ registration: buildRegistration({ complainantName: 'A&B <b>', content: evil }) });
    const pdf = await printer.print('complaint-record-escaping', renderForm('complaint-record', data, options));
    const text = pdf.pageTexts.join('\n');
    expect(squash(text)).toContain(squash(evil));
    expect(squash(text)).toContain(squash('A&B <b>'));
    expect(await printer.evaluate('window.__printed ?? null')).toBeNull();
  });
});

describe('characters the bundled font lacks', () => {
  it('prints rare name characters (Extension B) and an emoji from the PC fonts, not as empty boxes', async () => {
    // 𠮷 is in the bundled face; the other two are only in the PC's CJK faces (Noto Sans CJK here, SimSun-ExtB on Windows).
    const name = '𠮷祥\u{2123D}\u{24F5C}';
    const data = buildFullCase({ registration: buildRegistration({ complainantName: name, content: '电梯又坏了😡，请尽快修理。' }) });
    const pdf = await printer.print('rare-characters', renderForm('complaint-record', data, options));
    const text = squash(pdf.pageTexts.join('\n'));
    expect(text).toContain(name);
    expect(text).toContain('😡');
    // Chromium embeds a PC face drawn for a missing glyph as a Type 3 font; with no face at all it draws an empty box and adds none.
    const borrowed = pdf.fonts.filter((font) => !/NotoSansSC/.test(font.name));
    expect(borrowed.length).toBeGreaterThanOrEqual(2);
    expect(borrowed.every((font) => font.type === 'Type 3' && font.embedded)).toBe(true);
  });
});
