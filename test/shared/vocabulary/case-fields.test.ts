import { describe, expect, it } from 'vitest';
import {
  CASE_FIELD_NAMES,
  CASE_FIELDS,
  CREATED_WITH_FIELDS,
  EDITABLE_FIELDS,
  INTAKE_FIELDS,
  LIST_EXPORT_COLUMNS,
  LISTED_FIELDS,
  NAME_FIELDS,
  caseFieldRow,
  type CaseFieldName,
} from '../../../shared/vocabulary/case-fields';
import { caseDetailSchema, caseInputSchema, caseSummarySchema, correctCaseSchema } from '../../../shared/schemas/cases';
import { CSV_COLUMNS } from '../../../shared/schemas/stats';
import { CHANNELS, NATURES, STATUSES } from '../../../shared/domain';
import { WORD_LANGUAGES, codeWord, fieldWord, wordsFor } from '../../../shared/vocabulary/words';
import { CASE_COLUMNS, CASE_COMPUTED_COLUMNS } from '../../../electron/core/cases/case-projection';
import { caseSelect } from '../../../electron/core/cases/case-select';
import { openTestCore } from '../../factories/core';

const namesOf = (fields: readonly CaseFieldName[]) => NAME_FIELDS.filter((n) => fields.includes(n.field)).map((n) => n.names);
const keys = (shape: { shape: Record<string, unknown> }) => Object.keys(shape.shape).sort();

describe('the case vocabulary', () => {
  it('gives registration exactly the intake fields', () => {
    expect(keys(caseInputSchema)).toEqual([...INTAKE_FIELDS, 'confirmOldReceivedAt', 'invalidExplanation', 'onTheSpotResult', 'referToManager'].sort());
    expect(INTAKE_FIELDS).toEqual(['channel', 'receivedAt', 'complainantName', 'phone', 'email', 'buildingRoom', 'site', 'content', 'category', 'nature']);
  });

  it('gives a list row the listed fields and their names, a case page every field and every name', () => {
    const clocks = ['deadlineState', 'responseState', 'acceptanceState'];
    expect(keys(caseSummarySchema)).toEqual(['id', ...LISTED_FIELDS, ...namesOf(LISTED_FIELDS), 'contentPreview', ...clocks].sort());
    expect(keys(caseDetailSchema)).toEqual(
      ['id', ...CASE_FIELD_NAMES, ...namesOf(CASE_FIELD_NAMES), 'updatedAt', ...clocks, 'mergedCases', 'phoneMasked'].sort(),
    );
  });

  it('lets a correction name only an editable field, and the registration fields are all editable but the nature', () => {
    expect(correctCaseSchema.shape.field.options).toEqual(EDITABLE_FIELDS);
    expect(EDITABLE_FIELDS).toEqual(INTAKE_FIELDS.filter((field) => field !== 'nature'));
    expect(correctCaseSchema.safeParse({ caseId: 'c', field: 'status', value: 'closed', reason: '写错' }).success).toBe(false);
  });

  it('projects every field into its own column, and a row needs the fields a case is created with', () => {
    for (const field of CASE_FIELD_NAMES) expect(CASE_COLUMNS[field]?.column).toBe(caseFieldRow(field).column);
    for (const field of CASE_FIELD_NAMES) {
      const row = caseFieldRow(field);
      if (row.createdWith) expect(CASE_COLUMNS[field]).toEqual({ column: row.column });
      else expect(CASE_COLUMNS[field]).toEqual({ column: row.column, default: row.default ?? null });
    }
    expect(CREATED_WITH_FIELDS).not.toContain('email');
  });

  it('reads each field from its column under its own name, with the names references bring', () => {
    const select = caseSelect(CASE_FIELD_NAMES);
    for (const field of CASE_FIELD_NAMES) expect(select.columns).toContain(`c.${caseFieldRow(field).column} AS ${field}`);
    for (const { names } of NAME_FIELDS) expect(select.columns).toMatch(new RegExp(`AS ${names}\\b`));
    expect(select.decode<{ voided: boolean }>({ voided: 1 }).voided).toBe(true);
    expect(select.decode<{ voided: boolean }>({ voided: 0 }).voided).toBe(false);
  });

  it('exports the exported fields a list row has, references by name', () => {
    expect(CSV_COLUMNS).toBe(LIST_EXPORT_COLUMNS);
    const exported = CASE_FIELD_NAMES.filter((f) => caseFieldRow(f).exported && caseFieldRow(f).listed).map((f) => caseFieldRow(f).names ?? f);
    expect(LIST_EXPORT_COLUMNS).toEqual([...exported, 'deadlineState', 'contentPreview']);
    expect(LIST_EXPORT_COLUMNS).toContain('departmentName');
    expect(LIST_EXPORT_COLUMNS).not.toContain('departmentId');
  });

  it('matches the migrated cases table column for column', () => {
    const core = openTestCore({ setup: false });
    const columns = (core.db.prepare(`SELECT name FROM pragma_table_info('cases')`).pluck().all() as string[]).sort();
    const declared = [
      ...CASE_FIELD_NAMES.map((field) => caseFieldRow(field).column),
      ...CASE_COMPUTED_COLUMNS.map((c) => c.column),
      'rowid',
      'id',
      'updated_at',
      'deleted',
    ].sort();
    expect(columns).toEqual(declared);
  });

  it.each(WORD_LANGUAGES)('has %s words for every field, every name, and every code of the lists the fields use', (language) => {
    const words = wordsFor(language);
    for (const field of [...CASE_FIELD_NAMES, ...NAME_FIELDS.map((n) => n.names)]) expect(fieldWord(words, field), field).not.toBe(field);
    for (const code of CHANNELS) expect(codeWord(words, 'channel', code)).not.toBe(code);
    for (const code of NATURES) expect(codeWord(words, 'nature', code)).not.toBe(code);
    for (const code of STATUSES) expect(codeWord(words, 'status', code)).not.toBe(code);
    for (const field of CASE_FIELD_NAMES) {
      const row = caseFieldRow(field);
      if (row.kind === 'code') expect(row.codes, field).toBeDefined();
    }
  });

  it('names a code by the office’s own name first, then the catalogue, then the code itself', () => {
    const words = wordsFor('zh-CN');
    expect(codeWord(words, 'category', 'equipment')).toBe('设备');
    expect(codeWord(words, 'category', 'equipment', { category: { equipment: '设施设备' } })).toBe('设施设备');
    expect(codeWord(words, 'category', 'parking')).toBe('parking');
  });

  it('counts down to exactly the limit the entry schema enforces, for every typed text field', () => {
    for (const field of INTAKE_FIELDS) {
      const row = caseFieldRow(field);
      if (row.kind !== 'text' && row.kind !== 'longText' && row.kind !== 'phone' && row.kind !== 'email') continue;
      expect(row.limit, field).toBeGreaterThan(0);
      const longest = row.kind === 'email' ? `${'a'.repeat(row.limit! - 12)}@example.com` : row.kind === 'phone' ? null : '字'.repeat(row.limit!);
      if (longest) expect(row.entry!.safeParse(longest).success, field).toBe(true);
      expect(row.entry!.safeParse('字'.repeat(row.limit! + 1)).success, field).toBe(false);
    }
  });

  it('declares every field with a column name SQLite can take as it is', () => {
    for (const [field, row] of Object.entries(CASE_FIELDS)) expect(row.column, field).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});
