import { describe, expect, it } from 'vitest';
import { ruleDraftOf, ruleInputOf } from '../../renderer/src/features/settings/rule-draft';
import { listStateFromParams, listStateToParams, toListQuery, INITIAL_LIST_STATE } from '../../renderer/src/features/cases/list-state';

describe('a deadline rule as its form holds it', () => {
  it('carries the clock and the acceptance time, and refuses an acceptance amount that is not a whole number', () => {
    const draft = { ...ruleDraftOf(undefined), nature: 'valid' as const, category: 'service_attitude', clock: 'elapsed' as const };
    const built = ruleInputOf({ ...draft, responseAmount: '15', responseUnit: 'minutes', acceptanceAmount: '30', acceptanceUnit: 'minutes' }, undefined, []);
    expect(built).toMatchObject({
      ok: true,
      input: { clock: 'elapsed', response: { amount: 15, unit: 'minutes' }, acceptance: { amount: 30, unit: 'minutes' }, resolution: null },
    });
    expect(ruleInputOf({ ...draft, acceptanceAmount: '1.5' }, undefined, [])).toEqual({ ok: false, errors: { acceptance: 'settings.errors.amount' } });
  });

  it('reads a rule saved before clocks existed as working time without an acceptance time', () => {
    const draft = ruleDraftOf({ id: 'r', nature: 'major', category: '*', clock: 'working', response: null, acceptance: null, resolution: null });
    expect(draft).toMatchObject({ clock: 'working', acceptanceAmount: '' });
  });
});

describe('the case list’s overdue and mark filters', () => {
  it('survive the address and reach the query', () => {
    const state = { ...INITIAL_LIST_STATE, filters: { ...INITIAL_LIST_STATE.filters, overdue: 'response' as const, mark: 'awaiting_decision' as const } };
    const params = listStateToParams(state);
    expect(params).toBe('overdue=response&mark=awaiting_decision');
    expect(listStateFromParams(params).filters).toMatchObject({ overdue: 'response', mark: 'awaiting_decision' });
    expect(toListQuery(listStateFromParams(params), '')).toMatchObject({ overdue: ['response'], marks: ['awaiting_decision'] });
    expect(listStateFromParams('overdue=soon&mark=x').filters).toMatchObject({ overdue: '', mark: '' });
  });

  it('carry the home screen’s time-limits links: due soon per kind, and only the person’s own cases', () => {
    // The link of the card's 接单 · 即将到期 count.
    const state = listStateFromParams('dueSoon=acceptance&mine=mine');
    expect(state.filters).toMatchObject({ dueSoon: 'acceptance', mine: 'mine' });
    expect(toListQuery(state, '')).toMatchObject({ dueSoon: ['acceptance'], mine: true, overdue: [] });
    expect(listStateToParams(state)).toBe('dueSoon=acceptance&mine=mine');
    expect(toListQuery(listStateFromParams('dueSoon=later&mine=yes'), '')).toMatchObject({ dueSoon: [], mine: false });
  });
});
