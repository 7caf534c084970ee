/** The expected handling time told to the customer at registration (seed 000), and printed on the 回执. */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { expectedHandlingBy } from '../../../electron/core/lifecycle/expected-handling';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { printableCase } from '../../../electron/core/printing/printable-from-core';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

describe('the expected handling time', () => {
  // Monday 23 November 2026, 10:00 in Shanghai.
  const clock = fakeClock(Date.UTC(2026, 10, 23, 2, 0, 0));

  it('is what the rules will give a registered case: a valid complaint’s three working days from registration', () => {
    const core = openTestCore({ now: clock.now });
    const kase = registerCase(core, buildCaseInput({ nature: 'unjudged', category: 'property_management' }));
    const expected = expectedHandlingBy(core.db, kase);
    expect(expected).not.toBeNull();
    // Three working days on from Monday morning: Thursday, within office hours.
    const day = new Date(expected!).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    expect(day).toBe('2026-11-26');
    expect(printableCase(core.db, kase.id, clock.now()).acknowledgement?.expectedBy).toBe(expected);
  });

  it('is the case’s own deadline once dispatched, and nothing promised for an invalid complaint', () => {
    const core = openTestCore({ now: clock.now });
    const kase = registerCase(core, buildCaseInput());
    transitionCase(core, { caseId: kase.id, requestId: 'j', transition: { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' } });
    const dueAt = clock.now() + 86_400_000;
    const dispatched = transitionCase(core, { caseId: kase.id, requestId: 'd', transition: { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, dueAt, note: '' } });
    expect(expectedHandlingBy(core.db, dispatched)).toBe(dueAt);
    const invalid = registerCase(core, buildCaseInput({ nature: 'invalid', invalidExplanation: '属市政供水，已告知自来水公司电话' }));
    expect(expectedHandlingBy(core.db, getCase(core.db, invalid.id, { now: clock.now(), userId: null }))).toBeNull();
  });
});
