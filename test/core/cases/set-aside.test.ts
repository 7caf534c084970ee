import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { mergeCase, restoreCase, voidCase } from '../../../electron/core/cases/set-aside';
import { findCaseByNumber, getCase, listCases } from '../../../electron/core/cases/case-queries';
import { caseTimeline } from '../../../electron/core/lifecycle/timeline';
import { addFollowup } from '../../../electron/core/followups/followups';
import { addAttachment } from '../../../electron/core/attachments/attachments';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { queueCounts } from '../../../electron/core/queues/queue-counts';
import { computeStats } from '../../../electron/core/stats/compute-stats';
import { checkIntegrity } from '../../../electron/core/integrity';
import { caseListQuerySchema } from '../../../shared/contract';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const NOVEMBER = { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime() };

function desk() {
  const clock = fakeClock(NOW);
  const core = openTestCore({ now: clock.now });
  const read = { now: NOW, userId: core.session.userId };
  const register = (overrides = {}) => registerCase(core, buildCaseInput({ receivedAt: NOW - 3_600_000, ...overrides }));
  const list = (query: Record<string, unknown> = {}) => listCases(core.db, caseListQuerySchema.parse(query), read);
  const received = () => computeStats(core.db, { ...NOVEMBER, now: NOW, satisfiedLevels: ['satisfied'] }).current.received;
  return { core, clock, read, register, list, received };
}

describe('voiding a case registered by mistake (作废)', () => {
  it('takes it out of lists, queues and statistics, keeps it findable with the filter, and restores it', () => {
    const { core, read, register, list, received } = desk();
    const kept = register({ complainantName: '张先生' });
    const mistake = register({ complainantName: '误登记', content: '测试登记' });
    expect(list().total).toBe(2);
    expect(queueCounts(core.db, read).to_judge).toBe(2);
    expect(received()).toBe(2);

    const voided = voidCase(core, { caseId: mistake.id, reason: '练习时误登记' });
    expect(voided).toMatchObject({ voided: true, deadlineState: 'none' });
    expect(list().rows.map((r) => r.id)).toEqual([kept.id]);
    expect(list({ text: '测试' }).total).toBe(0);
    expect(queueCounts(core.db, read).to_judge).toBe(1);
    expect(received()).toBe(1);
    expect(list({ standing: 'set_aside' }).rows.map((r) => r.id)).toEqual([mistake.id]);
    expect(list({ standing: 'set_aside', text: '测试' }).rows.map((r) => r.id)).toEqual([mistake.id]);
    expect(list({ standing: 'all' }).total).toBe(2);
    expect(list({ standing: 'all', text: '测试' }).rows.map((r) => r.id)).toEqual([mistake.id]);
    expect(() => move(core, mistake.id, { action: 'judge', nature: 'valid' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);

    const restored = restoreCase(core, { caseId: mistake.id, reason: '其实是真实投诉' });
    expect(restored.voided).toBe(false);
    expect(list().total).toBe(2);
    expect(list({ text: '测试' }).rows.map((r) => r.id)).toEqual([mistake.id]);
    expect(received()).toBe(2);
    expect(caseTimeline(core.db, mistake.id).events.map((e) => [e.action, e.reason])).toEqual([
      ['void', '练习时误登记'],
      ['restore', '其实是真实投诉'],
    ]);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);
  });

  it('refuses to void twice or restore what is not set aside', () => {
    const { core, register } = desk();
    const kase = register();
    expect(() => restoreCase(core, { caseId: kase.id, reason: '无' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    voidCase(core, { caseId: kase.id, reason: '误登记' });
    expect(() => voidCase(core, { caseId: kase.id, reason: '再次' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });
});

describe('merging a duplicate into the original (合并)', () => {
  it('shows the duplicate’s follow-ups, attachments and callbacks on the original, and its number opens the original', () => {
    const { core, register, list, received } = desk();
    const original = register({ complainantName: '李女士' });
    const duplicate = register({ complainantName: '李女士', content: '同一件事又打电话来' });
    addFollowup(core, { caseId: duplicate.id, kind: 'contact', text: '已回电说明', remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    addAttachment(core, { caseId: duplicate.id, followupId: null, fileName: '照片.txt', mime: 'text/plain', dataBase64: Buffer.from('x').toString('base64') });
    move(core, duplicate.id, { action: 'judge', nature: 'valid' });
    move(core, duplicate.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    move(core, duplicate.id, { action: 'resolve', summary: '已处理' });
    const callback = listCallbacks(core.db, { caseId: duplicate.id, includeDone: true }, NOW)[0]!;

    const merged = mergeCase(core, { caseId: duplicate.id, intoCaseId: original.id, reason: '同一户同一问题' });
    expect(merged.id).toBe(original.id);
    expect(merged.mergedCases).toEqual([{ id: duplicate.id, number: duplicate.number }]);
    expect(getCase(core.db, duplicate.id)).toMatchObject({ mergedInto: original.id, mergedIntoNumber: original.number });
    const timeline = caseTimeline(core.db, original.id);
    expect(timeline.followups.map((f) => [f.caseId, f.text])).toEqual([[duplicate.id, '已回电说明']]);
    expect(timeline.attachments.map((a) => a.fileName)).toEqual(['照片.txt']);
    expect(timeline.events.map((e) => e.action)).toContain('merged_in');
    expect(listCallbacks(core.db, { caseId: original.id, includeDone: true }, NOW).map((c) => c.id)).toEqual([callback.id]);
    expect(listCallbacks(core.db, {}, NOW).map((c) => c.id)).not.toContain(callback.id);
    expect(findCaseByNumber(core.db, duplicate.number)).toEqual({ id: original.id });
    expect(findCaseByNumber(core.db, ` ${duplicate.number.toLowerCase()} `)).toEqual({ id: original.id });
    expect(list().rows.map((r) => r.id)).toEqual([original.id]);
    expect(received()).toBe(1);
    expect(checkIntegrity(core.db, core.dataDir).problems).toEqual([]);

    // A merge done by mistake is undone like a void.
    restoreCase(core, { caseId: duplicate.id, reason: '不是同一件事' });
    expect(findCaseByNumber(core.db, duplicate.number)).toEqual({ id: duplicate.id });
    expect(getCase(core.db, original.id).mergedCases).toEqual([]);
  });

  it('refuses a merge into itself or into a case that is set aside', () => {
    const { core, register } = desk();
    const a = register();
    const b = register();
    expect(() => mergeCase(core, { caseId: a.id, intoCaseId: a.id, reason: '重复' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'intoCaseId', message: 'errors.mergeIntoItself' }] }),
    );
    voidCase(core, { caseId: b.id, reason: '误登记' });
    expect(() => mergeCase(core, { caseId: a.id, intoCaseId: b.id, reason: '重复' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'intoCaseId', message: 'errors.mergeIntoSetAside' }] }),
    );
  });
});

describe('searching', () => {
  it('finds a phone however it was typed, with or without separators or the area code', () => {
    const { register, list } = desk();
    const mobile = register({ phone: '158 8888 9017' });
    const landline = register({ phone: '0755-8888 6666 转 12' });
    const ids = (text: string) => list({ text }).rows.map((r) => r.id);
    for (const typed of ['15888889017', '158-8888-9017', '+86 158 8888 9017', '8888 9017']) expect(ids(typed), typed).toEqual([mobile.id]);
    for (const typed of ['075588886666', '0755 8888 6666', '(0755) 88886666', '88886666']) expect(ids(typed), typed).toEqual([landline.id]);
  });

  it('finds a complaint number first and only cases whose number holds it', () => {
    const { core, register, list } = desk();
    const first = register();
    // A case whose phone and content hold the same digits as the first case's number.
    const digits = first.number.split('-').slice(1).join('');
    register({ phone: '', content: `编号 ${first.number.split('-')[1]} ${first.number.split('-')[2]} 相关 ${digits}` });
    const byNumber = list({ text: first.number });
    expect(byNumber.rows.map((r) => r.id)).toEqual([first.id]);
    expect(byNumber.total).toBe(1);
    const withoutDesk = list({ text: first.number.slice(2) });
    expect(withoutDesk.rows.map((r) => r.id)).toEqual([first.id]);
    // The month's prefix finds that month's cases, the exact one first.
    const month = list({ text: first.number.slice(0, 9), sort: { column: 'receivedAt', direction: 'desc' } });
    expect(month.rows.map((r) => r.number).every((n) => n.startsWith(first.number.slice(0, 9)))).toBe(true);
    expect(core.db).toBeTruthy();
  });
});
