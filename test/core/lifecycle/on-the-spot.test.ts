/** 当场解决 (seed 004): a complaint settled at the desk is registered, judged and resolved in one step. */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { pendingCallback } from '../../../electron/core/callbacks/schedule-callback';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { saveSettingValues } from '../../../electron/core/settings/org-settings';
import { caseInputSchema } from '../../../shared/contract';
import { buildCaseInput, openTestCore } from '../../factories/core';

const events = (core: ReturnType<typeof openTestCore>, caseId: string) =>
  core.db.prepare('SELECT action, from_status AS fromStatus, to_status AS toStatus, reason FROM case_events WHERE case_id = ? ORDER BY at, rowid').all(caseId);

describe('a complaint resolved on the spot', () => {
  it('is judged valid, resolved with what was done, and waits for its callback, in the registration itself', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput({ nature: 'unjudged', onTheSpotResult: '当场更换了门禁卡，业主认可' }));
    expect(kase).toMatchObject({ status: 'resolved', nature: 'valid', resolutionSummary: '当场更换了门禁卡，业主认可' });
    expect(kase.judgedAt).not.toBeNull();
    expect(kase.resolvedAt).not.toBeNull();
    expect(kase.closedAt).toBeNull();
    expect(pendingCallback(core.db, kase.id)).not.toBeNull();
    expect(events(core, kase.id)).toEqual([
      { action: 'resolve_on_the_spot', fromStatus: 'registered', toStatus: 'resolved', reason: '当场更换了门禁卡，业主认可' },
    ]);
  });

  it('closes at once, with no callback, where the office does not call such cases back', () => {
    const core = openTestCore();
    saveSettingValues(core, { onTheSpotCallback: false });
    const kase = registerCase(core, buildCaseInput({ onTheSpotResult: '当场解释了收费标准' }));
    expect(kase.status).toBe('closed');
    expect(kase.closedAt).not.toBeNull();
    expect(pendingCallback(core.db, kase.id)).toBeNull();
  });

  it('keeps a major nature chosen at registration as the judgment, and escalates it', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput({ nature: 'major', onTheSpotResult: '经理到场安抚，当场赔付' }));
    expect(kase).toMatchObject({ status: 'resolved', nature: 'major', escalationLevel: 1 });
  });

  it('can be chosen on the case page for a case still only registered, and not once it is judged', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const resolved = transitionCase(core, { caseId: kase.id, requestId: 'r1', transition: { action: 'resolve_on_the_spot', summary: '当场处理' } });
    expect(resolved.status).toBe('resolved');
    const judged = registerCase(core, buildCaseInput());
    transitionCase(core, { caseId: judged.id, requestId: 'r2', transition: { action: 'judge', nature: 'valid', communicativeType: '', note: '', explanation: '' } });
    expect(() => transitionCase(core, { caseId: judged.id, requestId: 'r3', transition: { action: 'resolve_on_the_spot', summary: '当场处理' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });

  it('needs what was done: an empty result is refused before anything is saved', () => {
    const parsed = caseInputSchema.safeParse({ ...buildCaseInput(), onTheSpotResult: '  ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['onTheSpotResult']);
  });
});
