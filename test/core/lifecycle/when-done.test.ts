/** Work typed in after the fact keeps when it was done (seed 001's records), never in the future, never before the step it follows. */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { addFollowup, listFollowups } from '../../../electron/core/followups/followups';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const HOUR = 3_600_000;

function dispatchedCase() {
  // Received Monday 24 November 2025 at 09:00, dispatched at 10:00; now it is Tuesday 09:00.
  const clock = fakeClock(at(2025, 11, 24, 9, 0));
  const core = openTestCore({ now: clock.now });
  const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now(), nature: 'valid' }));
  clock.set(at(2025, 11, 24, 10, 0));
  move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
  clock.set(at(2025, 11, 25, 9, 0));
  return { core, clock, kase };
}

const followup = (caseId: string, whenDone?: number) => ({
  caseId,
  kind: 'handling' as const,
  text: '维修工更换了水管',
  remedyKind: '' as const,
  amount: null,
  customerConfirmed: null,
  amendsId: null,
  ...(whenDone === undefined ? {} : { at: whenDone }),
});

describe('when the work was done', () => {
  it('keeps a follow-up’s own time, and refuses one in the future or before the complaint was received', () => {
    const { core, clock, kase } = dispatchedCase();
    addFollowup(core, followup(kase.id, at(2025, 11, 24, 15, 30)));
    expect(listFollowups(core.db, kase.id).map((f) => f.at)).toEqual([at(2025, 11, 24, 15, 30)]);
    expect(() => addFollowup(core, followup(kase.id, clock.now() + 2 * HOUR))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'at', message: 'errors.doneInFuture' }] }),
    );
    expect(() => addFollowup(core, followup(kase.id, at(2025, 11, 24, 8, 0)))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'at', message: 'errors.doneTooEarly' }] }),
    );
    expect(listFollowups(core.db, kase.id)).toHaveLength(1);
  });

  it('resolves at the time the work was finished, and counts the callback from then; typed now, the event says when it was typed', () => {
    const { core, clock, kase } = dispatchedCase();
    const finished = at(2025, 11, 24, 17, 0);
    const resolved = move(core, kase.id, { action: 'resolve', summary: '已修好', doneAt: finished });
    expect(resolved.resolvedAt).toBe(finished);
    const event = core.db.prepare("SELECT at FROM case_events WHERE case_id = ? AND action = 'resolve'").pluck().get(kase.id);
    expect(event).toBe(clock.now());
    // Five working days from Monday's close is Monday 1 December, 18:00.
    const [callback] = listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now());
    expect(callback!.dueAt).toBe(at(2025, 12, 1, 18, 0));
    expect(() => move(core, registerAndDispatch(core, clock), { action: 'resolve', summary: '已修好', doneAt: at(2025, 11, 25, 8, 0) })).toThrow(
      expect.objectContaining({ issues: [{ path: 'doneAt', message: 'errors.doneTooEarly' }] }),
    );
  });

  it('records a callback made yesterday as made yesterday', () => {
    const { core, clock, kase } = dispatchedCase();
    move(core, kase.id, { action: 'resolve', summary: '已修好', doneAt: at(2025, 11, 24, 12, 0) });
    const [callback] = listCallbacks(core.db, { caseId: kase.id, includeDone: true }, clock.now());
    const outcome = (requestId: string, doneAt: number) =>
      ({ callbackId: callback!.id, requestId, method: 'phone', satisfaction: 'satisfied', solved: true, customerWords: '', doneAt }) as const;
    expect(() => recordCallback(core, outcome('cb1', clock.now() + HOUR))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'doneAt', message: 'errors.doneInFuture' }] }),
    );
    expect(() => recordCallback(core, outcome('cb2', at(2025, 11, 24, 11, 0)))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'doneAt', message: 'errors.doneTooEarly' }] }),
    );
    const reached = at(2025, 11, 24, 16, 0);
    expect(recordCallback(core, outcome('cb3', reached)).completedAt).toBe(reached);
  });
});

/** A second case dispatched at the clock's time (Tuesday 09:00). */
function registerAndDispatch(core: ReturnType<typeof openTestCore>, clock: ReturnType<typeof fakeClock>): string {
  const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() - HOUR, nature: 'valid' }));
  move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
  return kase.id;
}
