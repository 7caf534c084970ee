import { describe, expect, it } from 'vitest';
import { printRequestSchema, FORM_KINDS } from '../../shared/schemas/printing';
import { FORM_TITLES } from '../../electron/core/printing/labels';
import { renderRequest } from '../../electron/core/printing/print-service';
import { findCaseByNumber } from '../../electron/core/cases/case-queries';
import { registerCase } from '../../electron/core/cases/register-case';
import { addFollowup } from '../../electron/core/followups/followups';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { buildCaseInput, openTestCore } from '../factories/core';
import { move } from '../factories/lifecycle';

function printingCore() {
  const core = openTestCore();
  const rendered: string[] = [];
  core.ports = {
    print: {
      assetBaseUrl: 'http://127.0.0.1:9/print-assets/',
      toPdf: async (form) => {
        rendered.push(form.html);
        return Buffer.from('%PDF-1.7 test');
      },
    },
  };
  return { core, rendered };
}

describe('printing through the core', () => {
  it('knows the same form kinds as the renderer of the forms', () => {
    expect([...FORM_KINDS].sort()).toEqual(Object.keys(FORM_TITLES).sort());
  });

  it('asks for exactly one of a case, several cases, or a blank form', () => {
    expect(printRequestSchema.safeParse({ kind: 'handling', caseId: 'x' }).success).toBe(true);
    expect(printRequestSchema.safeParse({ kind: 'handling', blank: true }).success).toBe(true);
    expect(printRequestSchema.safeParse({ kind: 'handling' }).success).toBe(false);
    expect(printRequestSchema.safeParse({ kind: 'handling', caseId: 'x', blank: true }).success).toBe(false);
  });

  it('prints what the lifecycle recorded: department, deadline, follow-ups, the handling result', () => {
    const { core } = printingCore();
    const kase = registerCase(core, buildCaseInput());
    move(core, kase.id, { action: 'judge', nature: 'valid', note: '属实' });
    move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering', note: '请今日上门' });
    addFollowup(core, { caseId: kase.id, kind: 'handling', text: '已更换角阀', remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    move(core, kase.id, { action: 'resolve', summary: '漏水已修复' });
    const { form, fileName } = renderRequest(core, { kind: 'follow-up', caseId: kase.id, blank: false });
    expect(fileName).toBe(`客户投诉跟进记录表-${kase.number}.pdf`);
    for (const text of ['已更换角阀', '属实']) expect(form.html).toContain(text);
    const handling = renderRequest(core, { kind: 'handling', caseId: kase.id, blank: false });
    for (const text of ['工程部', '请今日上门', '漏水已修复']) expect(handling.form.html).toContain(text);
  });

  it('answers over the contract with a PDF, and refuses where the host cannot print', async () => {
    const { core, rendered } = printingCore();
    const kase = registerCase(core, buildCaseInput());
    const result = await dispatch(handlers, core, 'print.pdf', { kind: 'complaint-record', caseId: kase.id });
    expect(result).toMatchObject({ ok: true, value: { fileName: `客户投诉记录表-${kase.number}.pdf` } });
    expect(rendered).toHaveLength(1);
    expect(await dispatch(handlers, core, 'print.print', { kind: 'handling', blank: true })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    core.ports = {};
    expect(await dispatch(handlers, core, 'print.pdf', { kind: 'handling', blank: true })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('finds a case from its number as a scanner types it', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    expect(findCaseByNumber(core.db, ` ${kase.number.toLowerCase()} `)).toEqual({ id: kase.id });
    expect(() => findCaseByNumber(core.db, 'A-190001-0001')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
