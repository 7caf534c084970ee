/**
 * What the desk decides as it registers (seeds 000, 001, 004): a nature chosen is the judgment, so it
 * is not asked again in 判定性质; 交经理判定 sends the case to the manager; 未判断 leaves it registered.
 */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { saveRolePermissions } from '../../../electron/core/settings/org-settings';
import { createUser } from '../../../electron/core/users/users';
import { DEFAULT_ROLE_PERMISSIONS } from '../../../shared/rules/permissions';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';

const events = (core: ReturnType<typeof openTestCore>, caseId: string) =>
  core.db.prepare('SELECT action, from_status AS fromStatus, to_status AS toStatus, user_id AS actor FROM case_events WHERE case_id = ? ORDER BY at, rowid').all(caseId);

const caseCount = (core: ReturnType<typeof openTestCore>) => core.db.prepare('SELECT count(*) FROM cases').pluck().get();

describe('a nature chosen at registration', () => {
  it('is the judgment: judged by the person registering, with its response deadline, and dispatched without judging again', () => {
    const clock = fakeClock();
    const core = openTestCore({ now: clock.now });
    const kase = registerCase(core, buildCaseInput({ nature: 'valid' }));
    expect(kase).toMatchObject({ status: 'judged', nature: 'valid' });
    expect(kase.judgedAt).toBe(clock.now());
    expect(events(core, kase.id)).toEqual([{ action: 'judge', fromStatus: 'registered', toStatus: 'judged', actor: core.session.userId }]);
    expect(() =>
      transitionCase(core, { caseId: kase.id, requestId: 'again', transition: { action: 'judge', nature: 'major', communicativeType: '', note: '', explanation: '' } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    const dispatched = transitionCase(core, {
      caseId: kase.id,
      requestId: 'd',
      transition: { action: 'dispatch', departmentId: 'dept-engineering', assigneeId: null, note: '' },
    });
    expect(dispatched.status).toBe('dispatched');
    expect(dispatched.dueAt).not.toBeNull();
  });

  it('escalates a major complaint as it is registered', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput({ nature: 'major' }));
    expect(kase).toMatchObject({ status: 'judged', nature: 'major', escalationLevel: 1 });
    expect(kase.escalatedTo).not.toBeNull();
  });

  it('closes an invalid complaint with the explanation given to the customer', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput({ nature: 'invalid', invalidExplanation: '属市政停水，已告知自来水公司电话' }));
    expect(kase).toMatchObject({ status: 'closed', nature: 'invalid', invalidExplanation: '属市政停水，已告知自来水公司电话' });
    expect(kase.closedAt).not.toBeNull();
  });

  it('is refused with nothing saved for someone whose role may register but not judge', () => {
    const core = openTestCore();
    saveRolePermissions(core, { receptionist: DEFAULT_ROLE_PERMISSIONS.receptionist.filter((permission) => permission !== 'judge') });
    core.session.userId = createUser(core, { name: '新前台', role: 'receptionist', departmentId: null }).id;
    expect(() => registerCase(core, buildCaseInput({ nature: 'valid' }))).toThrow(expect.objectContaining({ code: 'NOT_PERMITTED' }));
    expect(caseCount(core)).toBe(0);
    expect(registerCase(core, buildCaseInput()).status).toBe('registered');
  });
});

describe('交经理判定 at registration', () => {
  it('registers the case without a nature and puts it before the manager', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput({ referToManager: true }));
    expect(kase).toMatchObject({ status: 'awaiting_manager', nature: 'unjudged' });
    expect(events(core, kase.id)).toMatchObject([{ action: 'refer_to_manager', fromStatus: 'registered', toStatus: 'awaiting_manager' }]);
  });
});

describe('未判断 at registration', () => {
  it('leaves the case registered, to be judged later', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    expect(kase).toMatchObject({ status: 'registered', nature: 'unjudged', judgedAt: null });
    expect(events(core, kase.id)).toEqual([]);
  });
});

describe('what registration refuses, through the contract, before anything is saved', () => {
  const register = (core: ReturnType<typeof openTestCore>, input: unknown) => dispatch(handlers, core, 'cases.register', input);

  it.each([
    ['an invalid nature without the explanation', { nature: 'invalid' }, 'invalidExplanation', 'errors.required'],
    ['an invalid complaint resolved on the spot', { nature: 'invalid', invalidExplanation: '说明', onTheSpotResult: '已处理' }, 'nature', 'errors.onTheSpotNature'],
    ['a referral resolved on the spot', { referToManager: true, onTheSpotResult: '已处理' }, 'nature', 'errors.onTheSpotNature'],
    ['a referral with a nature chosen', { nature: 'valid', referToManager: true }, 'nature', 'errors.referWithNature'],
  ])('%s', async (_name, overrides, path, message) => {
    const core = openTestCore();
    const result = await register(core, { ...buildCaseInput(), ...overrides });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path, message }] } });
    expect(caseCount(core)).toBe(0);
  });
});
