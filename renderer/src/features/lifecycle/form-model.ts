/**
 * The small forms behind the case page's buttons, described as data: which
 * fields, their options, and how the typed values become the input a
 * channel takes. One renderer (action-dialog.tsx) draws them all.
 */
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../lib/field-errors';
import { issueMessageKey } from '../../lib/field-errors';
import { fromDateTimeLocal } from '../../lib/dates';

/** Everything as the controls hold it: strings, `''` for "not chosen". */
export type FormValues = Record<string, string>;

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  /** Shown as an `<optgroup>` when set. */
  label?: string;
  options: Option[];
}

export interface FieldSpec<Ctx> {
  name: string;
  label: (t: TFunction) => string;
  /** `checkbox` holds `'true'` when ticked and `''` when not; `multiselect` the chosen values joined by commas. */
  kind: 'text' | 'textarea' | 'datetime' | 'select' | 'multiselect' | 'number' | 'checkbox' | 'password';
  required?: boolean;
  /** The most characters the schema takes: shown as a counter while typing, never cut. */
  maxLength?: number | ((values: FormValues) => number | undefined);
  /** For selects: the groups of choices, and the text of the empty first choice (none if omitted). */
  options?: (values: FormValues, ctx: Ctx, t: TFunction) => OptionGroup[];
  emptyLabel?: (t: TFunction, values: FormValues, ctx: Ctx) => string;
  hint?: (values: FormValues, ctx: Ctx, t: TFunction) => string | undefined;
  visible?: (values: FormValues) => boolean;
  /** Choosing a value here changes other fields (a new department clears the person). */
  onChange?: (value: string, values: FormValues) => FormValues;
}

export interface FormSpec<Ctx> {
  fields: FieldSpec<Ctx>[];
  initial: (ctx: Ctx) => FormValues;
  /** The channel input (or the part of it the form owns) before its schema checks it. */
  build: (values: FormValues, ctx: Ctx) => unknown;
  /** Checks the schema cannot make (they depend on other fields or on the organisation). */
  check?: (values: FormValues, ctx: Ctx) => FieldErrors;
  /** Schema paths that belong to a differently named field (`callbackException.note` → `callbackNote`). */
  pathToField?: Record<string, string>;
}

export interface SchemaLike {
  safeParse: (value: unknown) => { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } };
}
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** Field name → message key of its first problem, mapping schema paths onto the form's fields. */
export function errorsFromIssues(issues: readonly { path: string | readonly PropertyKey[]; message: string }[], pathToField: Record<string, string> = {}, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    let path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length);
    const field = pathToField[path] ?? path.split('.')[0] ?? '';
    if (errors[field] === undefined) errors[field] = issueMessageKey(issue.message);
  }
  return errors;
}

export type Validation = { ok: true; input: unknown } | { ok: false; errors: FieldErrors };

/** Required fields first (so an empty choice reads "required", not "not valid"), then the form's own checks, then the schema. */
export function validateForm<Ctx>(spec: FormSpec<Ctx>, values: FormValues, ctx: Ctx, schema: SchemaLike): Validation {
  const errors: FieldErrors = {};
  for (const field of spec.fields) {
    if (field.visible && !field.visible(values)) continue;
    if (field.required && (values[field.name] ?? '').trim() === '') errors[field.name] = 'errors.required';
  }
  Object.assign(errors, { ...spec.check?.(values, ctx), ...errors });
  const parsed = schema.safeParse(spec.build(values, ctx));
  if (!parsed.success) {
    const fromSchema = errorsFromIssues(parsed.error.issues, spec.pathToField);
    for (const [field, key] of Object.entries(fromSchema)) if (errors[field] === undefined) errors[field] = key;
  }
  const problems = Object.entries(errors).filter(([, key]) => key !== undefined);
  if (problems.length > 0 || !parsed.success) return { ok: false, errors: Object.fromEntries(problems) };
  return { ok: true, input: parsed.data };
}

/** A `datetime-local` value as an instant; empty is "not given", anything unreadable is NaN so the schema refuses it. */
export function instantOrUndefined(value: string | undefined): number | undefined {
  if (!value || value.trim() === '') return undefined;
  return fromDateTimeLocal(value) ?? Number.NaN;
}

/** A `multiselect` field's values (ids never hold commas). */
export function listOf(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}
