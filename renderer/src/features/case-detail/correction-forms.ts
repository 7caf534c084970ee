/**
 * The forms that set a saved case right: 修改 (one registration field, with
 * why), 作废 / 恢复 (with why) and 合并 (the original's number, with why). The
 * correction's value is checked with the field's own entry schema from the
 * vocabulary, the same one the core checks.
 */
import type { CaseDetail } from '../../../../shared/contract';
import { CHANNELS } from '../../../../shared/domain';
import { correctCaseSchema, mergeCaseSchema, setAsideSchema } from '../../../../shared/schemas/cases';
import { EDITABLE_FIELDS, caseFieldRow, entrySchemaOf, type EditableFieldName } from '../../../../shared/vocabulary/case-fields';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/dates';
import type { CategoryOption } from '../../lib/use-org-lookups';
import type { FieldSpec, FormSpec, FormValues, SchemaLike } from '../lifecycle/form-model';

export interface CorrectionContext {
  detail: CaseDetail;
  categories: readonly CategoryOption[];
}

/** Which control edits a field: one per kind of value, shown for the field chosen. */
type ValueControl = 'valueText' | 'valueLong' | 'valueTime' | 'valueChannel' | 'valueCategory';

export function controlFor(field: EditableFieldName): ValueControl {
  switch (caseFieldRow(field).kind) {
    case 'longText':
      return 'valueLong';
    case 'instant':
      return 'valueTime';
    case 'code':
      return 'valueChannel';
    case 'category':
      return 'valueCategory';
    default:
      return 'valueText';
  }
}

const isEditable = (value: string): value is EditableFieldName => (EDITABLE_FIELDS as readonly string[]).includes(value);
const chosen = (values: FormValues): EditableFieldName | null => (isEditable(values.field ?? '') ? (values.field as EditableFieldName) : null);

/** The current value as its control holds it, so the person edits what is there. */
function currentAsTyped(field: EditableFieldName, detail: CaseDetail): string {
  const value = detail[field];
  if (typeof value === 'number') return toDateTimeLocal(value);
  return typeof value === 'string' ? value : '';
}

function valueOf(values: FormValues, field: EditableFieldName): unknown {
  const typed = values[controlFor(field)] ?? '';
  if (controlFor(field) === 'valueTime') return fromDateTimeLocal(typed) ?? Number.NaN;
  return typed;
}

const showsControl = (control: ValueControl) => (values: FormValues) => {
  const field = chosen(values);
  return field !== null && controlFor(field) === control;
};

const valueField = (name: ValueControl, kind: FieldSpec<CorrectionContext>['kind']): FieldSpec<CorrectionContext> => ({
  name,
  kind,
  required: name !== 'valueText',
  label: (t) => t('detail.correct.newValue'),
  visible: showsControl(name),
  maxLength: (values) => {
    const field = chosen(values);
    return field ? caseFieldRow(field).limit : undefined;
  },
});

export const CORRECT_FORM: FormSpec<CorrectionContext> = {
  fields: [
    {
      name: 'field',
      kind: 'select',
      required: true,
      label: (t) => t('detail.correct.field'),
      emptyLabel: (t) => t('common.choose'),
      options: (_values, _ctx, t) => [{ options: EDITABLE_FIELDS.map((field) => ({ value: field, label: t(`fields.${field}`) })) }],
      // Picking a field fills its control with what the case says now.
      onChange: (value, values) => {
        if (!isEditable(value)) return { ...values, field: value };
        return { ...values, field: value, [controlFor(value)]: values[`current.${value}`] ?? '' };
      },
    },
    valueField('valueText', 'text'),
    valueField('valueLong', 'textarea'),
    valueField('valueTime', 'datetime'),
    {
      ...valueField('valueChannel', 'select'),
      options: (_values, _ctx, t) => [{ options: CHANNELS.map((code) => ({ value: code, label: t(`channel.${code}`) })) }],
      emptyLabel: (t) => t('common.choose'),
    },
    {
      ...valueField('valueCategory', 'select'),
      options: (_values, ctx) => [{ options: ctx.categories.map((c) => ({ value: c.code, label: c.label })) }],
      emptyLabel: (t) => t('common.choose'),
    },
    {
      name: 'confirmOldReceivedAt',
      kind: 'checkbox',
      label: (t) => t('intake.confirmOldReceivedAt'),
      visible: showsControl('valueTime'),
    },
    { name: 'reason', kind: 'textarea', required: true, maxLength: 500, label: (t) => t('detail.correct.reason'), hint: (_v, _c, t) => t('detail.correct.reasonHint') },
  ],
  initial: (ctx) => ({
    field: '',
    reason: '',
    // A phone shown masked to this person is typed anew, not edited from the stars.
    ...Object.fromEntries(
      EDITABLE_FIELDS.map((field) => [`current.${field}`, field === 'phone' && ctx.detail.phoneMasked ? '' : currentAsTyped(field, ctx.detail)]),
    ),
  }),
  build: (values, ctx) => {
    const field = chosen(values);
    return {
      caseId: ctx.detail.id,
      field: values.field,
      value: field ? valueOf(values, field) : null,
      reason: values.reason,
      confirmOldReceivedAt: values.confirmOldReceivedAt === 'true',
    };
  },
  // The core names the field corrected; the form shows the problem at the control that holds its value.
  pathToField: Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, controlFor(field)])),
};

/** The contract's shape, then the chosen field's own entry schema on the value, its issues under the field's name. */
export const correctionSchema: SchemaLike = {
  safeParse(input) {
    const outer = correctCaseSchema.safeParse(input);
    if (!outer.success) return { success: false, error: outer.error };
    const entry = entrySchemaOf(outer.data.field).safeParse(outer.data.value);
    if (!entry.success) {
      return { success: false, error: { issues: entry.error.issues.map((issue) => ({ ...issue, path: [outer.data.field] })) } };
    }
    return { success: true, data: { ...outer.data, value: entry.data } };
  },
};

export const SET_ASIDE_FORM: FormSpec<{ caseId: string }> = {
  fields: [{ name: 'reason', kind: 'textarea', required: true, maxLength: 500, label: (t) => t('detail.correct.reason') }],
  initial: () => ({ reason: '' }),
  build: (values, ctx) => ({ caseId: ctx.caseId, reason: values.reason }),
};
export const setAsideFormSchema: SchemaLike = setAsideSchema;

export const MERGE_FORM: FormSpec<{ caseId: string }> = {
  fields: [
    {
      name: 'intoNumber',
      kind: 'text',
      required: true,
      label: (t) => t('detail.merge.intoNumber'),
      hint: (_v, _c, t) => t('detail.merge.intoNumberHint'),
    },
    { name: 'reason', kind: 'textarea', required: true, maxLength: 500, label: (t) => t('detail.correct.reason') },
  ],
  initial: () => ({ intoNumber: '', reason: '' }),
  // The number is looked up when the form is sent; until then it stands in for the case id.
  build: (values, ctx) => ({ caseId: ctx.caseId, intoCaseId: (values.intoNumber ?? '').trim(), reason: values.reason }),
  pathToField: { intoCaseId: 'intoNumber' },
};
export const mergeFormSchema: SchemaLike = mergeCaseSchema;
