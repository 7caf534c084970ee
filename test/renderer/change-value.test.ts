import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatCaseValue, type ValueContext } from '../../renderer/src/features/case-detail/change-value';
import type { EnumLabels } from '../../renderer/src/i18n/use-enum-labels';

const words: Record<string, string> = {
  'channel.phone': '来电',
  'nature.major': '重大',
  'communicativeType.venting': '发泄型',
  'deadlineState.overdue': '已超时',
  'boolean.yes': '是',
  'boolean.no': '否',
  'common.empty': '—',
};
const t = ((key: string) => words[key] ?? key) as unknown as TFunction;

const ctx: ValueContext = {
  t,
  labels: {} as EnumLabels,
  categoryLabel: (code) => (code === 'equipment' ? '设施设备' : code),
  departmentName: (id) => (id === 'dept-engineering' ? '工程部' : undefined),
  formatDateTime: (ms) => `T${ms}`,
  users: [{ id: 'u1', name: '王芳' }],
  caseNumbers: new Map([['case-7', 'A-202612-0007']]),
};

describe('a case value in words, by the vocabulary’s kind of its field', () => {
  it.each([
    ['channel', 'phone', '来电'],
    ['nature', 'major', '重大'],
    ['communicativeType', 'venting', '发泄型'],
    ['category', 'equipment', '设施设备'],
    ['receivedAt', 5, 'T5'],
    ['updatedAt', 7, 'T7'],
    ['createdBy', 'u1', '王芳'],
    ['assigneeId', 'gone', 'gone'],
    ['departmentId', 'dept-engineering', '工程部'],
    ['voided', true, '是'],
    ['referredToCompany', false, '否'],
    ['deadlineState', 'overdue', '已超时'],
    ['repeatOf', 'case-7', 'A-202612-0007'],
    ['mergedInto', 'case-unknown', 'case-unknown'],
    ['phone', '138 0013 8000', '138 0013 8000'],
    ['escalationLevel', 2, '2'],
    ['site', '', '—'],
    ['repeatOf', null, '—'],
  ])('%s %j reads %s', (field, value, expected) => {
    expect(formatCaseValue(field, value, ctx)).toBe(expected);
  });
});
