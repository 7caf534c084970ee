import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { correctCase } from '../../../electron/core/cases/correct-case';
import { voidCase } from '../../../electron/core/cases/set-aside';
import { caseHistory, getCase, listCases } from '../../../electron/core/cases/case-queries';
import { caseTimeline } from '../../../electron/core/lifecycle/timeline';
import { printableCase } from '../../../electron/core/printing/printable-from-core';
import { computeStats } from '../../../electron/core/stats/compute-stats';
import { saveCategory } from '../../../electron/core/settings/org-settings';
import { listConflicts } from '../../../electron/core/sync/conflicts';
import { caseListQuerySchema } from '../../../shared/contract';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';
import { openDesks, sync, type Desk } from '../../factories/replicas';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();

function desk() {
  const clock = fakeClock(NOW);
  const core = openTestCore({ now: clock.now });
  const kase = registerCase(core, buildCaseInput({ receivedAt: NOW - 3_600_000, phone: '138 0013 8000', category: 'property_management' }));
  return { core, clock, kase };
}

describe('correcting a saved case (修改)', () => {
  it('writes the new value through the change log, with old → new, who, when and why', () => {
    const { core, clock, kase } = desk();
    clock.advance(60_000);
    const corrected = correctCase(core, { caseId: kase.id, field: 'phone', value: '159 0000 1111', reason: '登记时号码抄错' });
    expect(corrected.phone).toBe('159 0000 1111');
    const change = caseHistory(core.db, kase.id).filter((entry) => entry.field === 'phone').at(-1)!;
    expect(change).toMatchObject({ value: '159 0000 1111', previous: '138 0013 8000', userName: '王前台', at: NOW + 60_000 });
    const event = caseTimeline(core.db, kase.id).events.find((e) => e.action === 'correct')!;
    expect(event).toMatchObject({ reason: '登记时号码抄错', userName: '王前台', data: { field: 'phone', from: '138 0013 8000', to: '159 0000 1111' } });
  });

  it('finds the case by its new phone however it is typed, and no longer by the old one', () => {
    const { core, kase } = desk();
    correctCase(core, { caseId: kase.id, field: 'phone', value: '159 0000 1111', reason: '抄错' });
    const find = (text: string) => listCases(core.db, caseListQuerySchema.parse({ text })).rows.map((r) => r.id);
    expect(find('15900001111')).toEqual([kase.id]);
    expect(find('159-0000-1111')).toEqual([kase.id]);
    expect(find('13800138000')).toEqual([]);
  });

  it('moves the response deadline with a corrected receipt time', () => {
    const { core, kase } = desk();
    const judged = move(core, kase.id, { action: 'judge', nature: 'valid' });
    const friday = new Date(2026, 10, 20, 14, 0).getTime();
    const earlier = correctCase(core, { caseId: kase.id, field: 'receivedAt', value: friday, reason: '实际是上周五来电' });
    expect(earlier.responseDueAt).toBeLessThan(judged.responseDueAt!);
  });

  it('lets judging set the category right, and the printed form and the month’s statistics follow', () => {
    const { core, kase } = desk();
    saveCategory(core, { id: 'equipment', name: '设施设备', sort: 30, active: true });
    const judged = move(core, kase.id, { action: 'judge', nature: 'valid', category: 'equipment' });
    expect(judged.category).toBe('equipment');
    expect(printableCase(core.db, kase.id, NOW).registration).toMatchObject({ category: 'equipment', categoryName: '设施设备' });
    const stats = computeStats(core.db, { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime(), now: NOW, satisfiedLevels: ['satisfied'] });
    expect(stats.current.byCategory.find((row) => row.key === 'equipment')).toMatchObject({ count: 1, name: '设施设备' });
    expect(stats.current.byCategory.find((row) => row.key === 'property_management')?.count ?? 0).toBe(0);
  });

  it('refuses to correct a voided case until it is restored', () => {
    const { core, kase } = desk();
    voidCase(core, { caseId: kase.id, reason: '误登记' });
    expect(() => correctCase(core, { caseId: kase.id, field: 'site', value: '二期', reason: '写错' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });
});

/** Desks A and B of one organisation, both holding the same case. */
function twoDesksWithACase() {
  const clock = fakeClock(NOW);
  const [a, b] = openDesks(['A', 'B'], clock.now) as [Desk, Desk];
  const kase = registerCase(a.core, buildCaseInput({ receivedAt: NOW - 3_600_000 }));
  sync(a.core, b.core);
  return { a, b, kase };
}

describe('corrections at two desks', () => {
  it('become one conflict on both desks when they set the same field differently', () => {
    const { a, b, kase } = twoDesksWithACase();
    correctCase(a.core, { caseId: kase.id, field: 'phone', value: '13900000001', reason: 'A 台核对' });
    correctCase(b.core, { caseId: kase.id, field: 'phone', value: '13900000002', reason: 'B 台核对' });
    sync(a.core, b.core);
    sync(b.core, a.core);
    for (const d of [a, b]) {
      const conflicts = listConflicts(d.core.db).filter((c) => c.entityId === kase.id);
      expect(conflicts.map((c) => c.field)).toEqual(['phone']);
      expect(conflicts[0]!.candidates.map((c) => c.value).sort()).toEqual(['13900000001', '13900000002']);
    }
  });

  it('merge when they correct different fields', () => {
    const { a, b, kase } = twoDesksWithACase();
    correctCase(a.core, { caseId: kase.id, field: 'phone', value: '13900000001', reason: '核对' });
    correctCase(b.core, { caseId: kase.id, field: 'buildingRoom', value: '5栋101', reason: '核对' });
    sync(a.core, b.core);
    sync(b.core, a.core);
    for (const d of [a, b]) {
      expect(listConflicts(d.core.db).filter((c) => c.entityId === kase.id)).toEqual([]);
      expect(getCase(d.core.db, kase.id)).toMatchObject({ phone: '13900000001', buildingRoom: '5栋101' });
    }
  });
});
