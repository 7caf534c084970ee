import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { translateKey } from '../../i18n/translate-key';
import { formatCaseValue, type ValueContext } from './change-value';

/** The fields registration fills in, always shown: four to a row, the complaint text on a row of its own. */
const REGISTRATION_FIELDS = [
  'number',
  'status',
  'nature',
  'category',
  'channel',
  'receivedAt',
  'complainantName',
  'phone',
  'buildingRoom',
  'site',
  'createdBy',
  'deskCode',
  'content',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof CaseDetail)[];

/** Fields later steps fill in; shown once they have a value. Names already resolved by the core are used over ids. */
const HANDLING_FIELDS = [
  'deadlineState',
  'dueAt',
  'departmentName',
  'assigneeName',
  'communicativeType',
  'judgedAt',
  'judgeNote',
  'invalidExplanation',
  'dispatchedAt',
  'responseDueAt',
  'firstContactAt',
  'pausedAt',
  'escalationLevel',
  'escalatedToName',
  'referredToCompany',
  'planDepartmentName',
  'planPerson',
  'planDueAt',
  'planMeasures',
  'repeatOfNumber',
  'resolvedAt',
  'resolutionSummary',
  'closedAt',
  'closeCause',
  'closeLesson',
  'closeImprovement',
  'accountabilityLevel',
  'accountabilityPerson',
  'accountabilityMeasure',
  'reopenCount',
  'callbackException',
  'callbackExceptionNote',
] as const satisfies readonly (keyof CaseDetail)[];

const LONG_TEXT = new Set<string>(['content', 'judgeNote', 'invalidExplanation', 'planMeasures', 'resolutionSummary', 'closeCause', 'closeLesson', 'closeImprovement']);

const hasValue = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && value !== false && value !== 0 && value !== 'none';

interface CaseFieldsProps {
  detail: CaseDetail;
  ctx: ValueContext;
  /** `registration`: what was taken down at the desk; `handling`: what happened since (only what is set). */
  part: 'registration' | 'handling';
}

export function handlingFieldCount(detail: CaseDetail): number {
  return HANDLING_FIELDS.filter((field) => hasValue(detail[field])).length;
}

/** Case fields, labelled, as a description list. */
export function CaseFields({ detail, ctx, part }: CaseFieldsProps) {
  const { t } = useTranslation();
  const fields: readonly (keyof CaseDetail)[] =
    part === 'registration' ? REGISTRATION_FIELDS : HANDLING_FIELDS.filter((field) => hasValue(detail[field]));
  const render = (field: keyof CaseDetail): ReactNode =>
    field === 'status' ? (
      <span className={`badge badge--${detail.status}`}>{ctx.labels.status(detail.status)}</span>
    ) : (
      formatCaseValue(field, detail[field], ctx)
    );
  return (
    <dl className="case-fields">
      {fields.map((field) => (
        <div key={field} className={LONG_TEXT.has(field) ? 'case-fields__item case-fields__item--wide case-fields__long' : 'case-fields__item'}>
          <dt>{translateKey(t, `fields.${field}`, field)}</dt>
          <dd>{render(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
