/** Schema issues turned into one message key per form field. */
import type { FieldIssue } from '../../../shared/result';

/** Field name -> i18n key of its first problem. */
export type FieldErrors = Partial<Record<string, string>>;

const FALLBACK_KEY = 'errors.invalid';

/** Contract messages are `errors.*` keys; anything else (a zod default) becomes a generic "not valid". */
export function issueMessageKey(message: string): string {
  return /^errors\.[A-Za-z]+$/.test(message) ? message : FALLBACK_KEY;
}

export function toFieldErrors(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    const field = path.split('.')[0] ?? '';
    if (errors[field] === undefined) errors[field] = issueMessageKey(issue.message);
  }
  return errors;
}

export function fromServerIssues(issues: readonly FieldIssue[] | undefined): FieldErrors {
  return toFieldErrors(issues ?? []);
}
