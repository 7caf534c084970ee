import { describe, expect, it } from 'vitest';
import { endOfDay, formatDateTime, fromDateTimeLocal, startOfDay, toDateTimeLocal } from '../../renderer/src/lib/dates';
import { issueMessageKey, toFieldErrors } from '../../renderer/src/lib/field-errors';
import { hrefFor, parseHash } from '../../renderer/src/lib/route';
import { INITIAL_LIST_STATE, pageCount, toListQuery } from '../../renderer/src/features/cases/list-state';

describe('dates', () => {
  const at = new Date(2026, 10, 23, 14, 5).getTime();

  it('show Chinese dates as 2026/11/23 14:05', () => {
    expect(formatDateTime(at, 'zh-CN')).toBe('2026/11/23 14:05');
    expect(formatDateTime(at, 'en')).toContain('2026');
  });

  it('round-trip datetime-local values and refuse impossible ones', () => {
    expect(toDateTimeLocal(at)).toBe('2026-11-23T14:05');
    expect(fromDateTimeLocal('2026-11-23T14:05')).toBe(at);
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('2026-13-01T10:00')).toBeNull();
  });

  it('cover whole days in a date range', () => {
    expect(startOfDay('2026-11-23')).toBe(new Date(2026, 10, 23).getTime());
    expect(endOfDay('2026-11-23')).toBe(new Date(2026, 10, 24).getTime() - 1);
    expect(startOfDay('')).toBeUndefined();
  });
});

describe('field errors', () => {
  it('keep contract keys, replace anything else with errors.invalid, first issue per field', () => {
    expect(issueMessageKey('errors.phone')).toBe('errors.phone');
    expect(issueMessageKey('Invalid input: expected number')).toBe('errors.invalid');
    expect(
      toFieldErrors([
        { path: 'phone', message: 'errors.phone' },
        { path: 'phone', message: 'errors.tooLong' },
        { path: ['sort', 'column'], message: 'x' },
      ]),
    ).toEqual({ phone: 'errors.phone', sort: 'errors.invalid' });
  });
});

describe('routes', () => {
  it('parse the three screens and anything else as not found', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/cases')).toEqual({ name: 'cases' });
    expect(parseHash('#/cases?queue=overdue')).toEqual({ name: 'cases', queue: 'overdue' });
    expect(parseHash('#/cases?queue=nonsense')).toEqual({ name: 'cases' });
    expect(parseHash('#/groups?group=g1')).toEqual({ name: 'groups', groupId: 'g1' });
    expect(parseHash(hrefFor({ name: 'cases', queue: 'due_today' }))).toEqual({ name: 'cases', queue: 'due_today' });
    expect(parseHash('#/cases/new')).toEqual({ name: 'intake' });
    expect(parseHash('#/cases/abc-123')).toEqual({ name: 'case', id: 'abc-123' });
    expect(parseHash('#/elsewhere')).toEqual({ name: 'notFound' });
    expect(parseHash(hrefFor({ name: 'case', id: 'a/b' }))).toEqual({ name: 'case', id: 'a/b' });
  });
});

describe('case list query', () => {
  it('asks for one page of 50 with the filters the person set', () => {
    const query = toListQuery(
      {
        ...INITIAL_LIST_STATE,
        filters: { ...INITIAL_LIST_STATE.filters, status: 'registered', receivedFrom: '2026-11-01', receivedTo: '2026-11-30' },
        pageIndex: 2,
      },
      ' 漏水 ',
    );
    expect(query).toMatchObject({
      text: '漏水',
      statuses: ['registered'],
      categories: [],
      channels: [],
      receivedFrom: new Date(2026, 10, 1).getTime(),
      receivedTo: new Date(2026, 11, 1).getTime() - 1,
      sort: { column: 'receivedAt', direction: 'desc' },
      offset: 100,
      limit: 50,
    });
  });

  it('always has at least one page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
  });
});

describe('keyboard', () => {
  it('treats keys sent while an IME is composing as the IME’s', async () => {
    const { isComposing, isSaveShortcut } = await import('../../renderer/src/lib/keyboard');
    expect(isComposing({ key: 'Enter', keyCode: 229 })).toBe(true);
    expect(isComposing({ key: 'Enter', nativeEvent: { isComposing: true } })).toBe(true);
    expect(isComposing({ key: 'Enter', keyCode: 13, nativeEvent: { isComposing: false } })).toBe(false);
    expect(isSaveShortcut({ key: 's', ctrlKey: true, metaKey: false, altKey: false })).toBe(true);
    expect(isSaveShortcut({ key: 'S', ctrlKey: true, metaKey: false, altKey: false })).toBe(true);
    expect(isSaveShortcut({ key: 's', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
  });
});
