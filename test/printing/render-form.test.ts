import { describe, expect, it } from 'vitest';
import {
  FORM_KINDS,
  assetBaseUrlForDir,
  buildPrintableCase,
  chromiumPdfOptions,
  electronPrintToPdfOptions,
  pdfSettings,
  renderBatch,
  renderForm,
  renderHandlingBatch,
  type BlankForm,
  type RenderOptions,
} from '../../electron/core/printing';
import { cssString, escapeHtml } from '../../electron/core/printing/html';
import { caseHistory, getCase } from '../../electron/core/cases/case-queries';
import { registerCase } from '../../electron/core/cases/register-case';
import { setupStatus } from '../../electron/core/desk/setup';
import { buildCaseInput, openTestCore } from '../factories/core';
import { PRINTED_AT, TIME_ZONE, buildFullCase, buildRegistration } from './factory';
import { expectedLabels, expectedValues } from './expected';
import { missingFrom, visibleText } from './text';

const options: RenderOptions = { assetBaseUrl: 'file:///opt/complaint-desk/resources/', timeZone: TIME_ZONE, printedAt: PRINTED_AT };
const blank: BlankForm = { blank: true, organisation: { name: '阳光海岸物业服务中心' } };

describe('renderForm: a fully filled case', () => {
  it.each(FORM_KINDS)('%s has every label and every value', (kind) => {
    const data = buildFullCase();
    const { html, title } = renderForm(kind, data, options);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    const text = visibleText(html);
    expect(missingFrom(text, expectedLabels(kind, false))).toEqual([]);
    expect(missingFrom(text, expectedValues(kind, data))).toEqual([]);
    expect(title).toContain(data.registration.number);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="barcode"');
  });

  it('prints times in the desk time zone', () => {
    const { html } = renderForm('complaint-record', buildFullCase(), options);
    expect(html).toContain('2026年11月23日 09:30');
    expect(html).toContain('打印时间:2026年11月28日 16:45');
  });
});

describe('renderForm: blank forms to fill in by hand', () => {
  it.each(FORM_KINDS)('%s has every label, lines to write on and no values', (kind) => {
    const { html } = renderForm(kind, blank, options);
    const text = visibleText(html);
    expect(missingFrom(text, expectedLabels(kind, true))).toEqual([]);
    expect(html).not.toContain('class="barcode"');
    expect(html).not.toContain('打印时间');
    expect(html).not.toContain('√');
    expect(html).toContain('class="line"');
    for (const value of ['李女士', 'A-202611-0007', '王前台', '138 0013 8000']) expect(text).not.toContain(value);
  });
});

describe('escaping', () => {
  const evil = '<script>alert("x")</script> & \'q\'';
  const data = buildFullCase({
    organisation: { name: `物业</style><script>1</script>"\\`, logoDataUrl: 'javascript:alert(1)' },
    registration: buildRegistration({ complainantName: evil, phone: evil, buildingRoom: evil, site: evil, content: evil, createdByName: evil }),
    dispatch: { department: evil, person: evil, instructions: evil },
    followups: [{ at: PRINTED_AT, kind: evil, text: evil, by: evil }],
  });

  it.each(FORM_KINDS)('%s never lets user text become markup', (kind) => {
    const { html } = renderForm(kind, data, options);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('javascript:');
    expect(html).toContain(escapeHtml(evil));
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(visibleText(html)).toContain(evil);
  });

  it('writes the footer line as a CSS string that cannot end the style element', () => {
    expect(cssString('a"b\\c</style>\nd')).toBe('"a\\"b\\\\c\\3c /style\\3e  d"');
  });

  it('keeps an inline logo and drops anything that would load from elsewhere', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    expect(renderForm('handling', buildFullCase({ organisation: { name: 'X', logoDataUrl: logo } }), options).html).toContain(`<img src="${logo}"`);
    expect(renderForm('handling', buildFullCase({ organisation: { name: 'X', logoDataUrl: 'https://example.com/a.png' } }), options).html).not.toContain('<img');
  });
});

describe('optional sections', () => {
  it('leaves dispatch boxes empty until the case is dispatched', () => {
    const { html } = renderForm('handling', buildFullCase({ dispatch: undefined, handlingResult: undefined }), options);
    expect(html).not.toContain('派单人');
    expect(html).not.toContain('处理要求');
    expect(html).toContain('<th>责任部门</th><td class="empty"></td>');
    expect(html).toContain('<th>处理时限</th><td class="empty"></td>');
  });

  it('shows the invalid-complaint explanation only for invalid complaints', () => {
    const valid = renderForm('follow-up', buildFullCase(), options).html;
    expect(valid).not.toContain('无效投诉解释说明');
    const invalid = renderForm('follow-up', buildFullCase({ judgment: { nature: 'invalid', invalidExplanation: '属市政供水问题' } }), options).html;
    expect(invalid).toContain('无效投诉解释说明');
    expect(invalid).toContain('属市政供水问题');
  });

  it('prints empty follow-up rows and callback rounds when there are none yet', () => {
    const followup = renderForm('follow-up', buildFullCase({ followups: [] }), options).html;
    expect(followup.match(/<tr class="empty">/g)?.length).toBeGreaterThan(3);
    const callback = renderForm('callback', buildFullCase({ callbacks: undefined }), options).html;
    expect(visibleText(callback)).toContain('第 2 次回访');
    expect(callback).not.toContain('√');
  });

  it('asks for a rectification only on an unsatisfied callback', () => {
    const satisfied = buildFullCase({ callbacks: [{ at: PRINTED_AT, satisfaction: 'satisfied' }] });
    expect(renderForm('callback', satisfied, options).html).not.toContain('整改期限');
  });

  it('fills the notice from the case and never fines less than 5000 yuan', () => {
    const data = buildFullCase({ rectification: { contractor: '某公司', project: '二期', issue: '渗水', minimumFineYuan: 3000 } });
    const text = visibleText(renderForm('rectification-notice', data, options).html);
    expect(text).toContain('3栋2单元1502');
    expect(text).toContain('不少于5000元');
  });

  it('reads who judged the nature from the change history', () => {
    const core = openTestCore();
    const detail = registerCase(core, buildCaseInput({ nature: 'major' }));
    const printable = buildPrintableCase({ detail: getCase(core.db, detail.id), history: caseHistory(core.db, detail.id), orgName: setupStatus(core).orgName });
    expect(printable.organisation.name).toBe('测试物业服务中心');
    expect(printable.registration.number).toBe(detail.number);
    expect(printable.judgment).toMatchObject({ nature: 'major', judgedBy: '王前台' });
    const text = visibleText(renderForm('follow-up', printable, options).html);
    expect(text).toContain('王前台');
    expect(text).toContain(detail.number);
  });

  it('has no judgment for a case nobody judged yet', () => {
    const core = openTestCore();
    const detail = registerCase(core, buildCaseInput({ nature: 'unjudged' }));
    const printable = buildPrintableCase({ detail, history: caseHistory(core.db, detail.id), orgName: 'X' });
    expect(printable.judgment).toBeUndefined();
    expect(renderForm('handling', printable, options).html).not.toContain('√');
  });
});

describe('document and print settings', () => {
  it('links the bundled font from the asset base URL and allows nothing else', () => {
    const http = renderForm('handling', buildFullCase(), { ...options, assetBaseUrl: 'http://127.0.0.1:5174/print-assets' }).html;
    expect(http).toContain('<link rel="stylesheet" href="http://127.0.0.1:5174/print-assets/fonts/noto-sans-sc/noto-sans-sc.css">');
    expect(http).toContain("default-src 'none'; style-src 'unsafe-inline' http://127.0.0.1:5174; font-src http://127.0.0.1:5174; img-src data:");
    const file = renderForm('handling', buildFullCase(), { ...options, assetBaseUrl: assetBaseUrlForDir('/opt/app/resources') }).html;
    expect(file).toContain('href="file:///opt/app/resources/fonts/noto-sans-sc/noto-sans-sc.css"');
    expect(file).toContain('font-src file:;');
    expect(() => renderForm('handling', blank, { ...options, assetBaseUrl: 'http://x/?a=1' })).toThrow(RangeError);
  });

  it('sets A4 portrait with the same margins as the PDF call', () => {
    const form = renderForm('callback', buildFullCase(), options);
    expect(form.html).toContain('size: A4 portrait;');
    expect(form.html).toContain('margin: 15mm 15mm 18mm 15mm;');
    expect(form.html).toContain('@bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; }');
    const settings = pdfSettings(form);
    expect(settings).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, printBackground: true, preferCSSPageSize: true });
    expect(chromiumPdfOptions(form)).toMatchObject({ format: 'A4', margin: { top: '15mm', right: '15mm', bottom: '18mm', left: '15mm' } });
    const electron = electronPrintToPdfOptions(form);
    expect(electron.pageSize).toBe('A4');
    expect(electron.margins.bottom * 25.4).toBeCloseTo(18);
    expect(electron.headerTemplate).toBe(form.headerTemplate);
    expect(electron.footerTemplate).toBe(form.footerTemplate);
  });

  it('puts several cases in one document, each on its own named pages with its own footer', () => {
    const cases = ['A-202611-0001', 'A-202611-0002', 'B-202611-0003'].map((number) =>
      buildFullCase({ registration: buildRegistration({ number }) }),
    );
    const { html, title } = renderHandlingBatch(cases, options);
    expect(html.match(/<section class="form sheet-\d+">/g)).toHaveLength(3);
    expect(html).toContain('.form + .form { break-before: page; }');
    cases.forEach((c, i) => {
      expect(html).toContain(`@page sheet-${i} { @bottom-left { content: "阳光海岸物业服务中心 · 投诉处理记录表 · 编号 ${c.registration.number}"; }`);
    });
    expect(title).toBe('投诉处理记录表(3 份)');
    expect(() => renderBatch('handling', [], options)).toThrow(RangeError);
  });
});
