import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract';
import {
  HANDLING_PART_FIELDS,
  REGISTRATION_PART_FIELDS,
  caseFieldRow,
  type CaseFieldName,
} from '../../../../shared/vocabulary/case-fields';
import { translateKey } from '../../i18n/translate-key';
import { formatCaseValue, type ValueContext } from './change-value';
import { PhoneReveal } from './phone-reveal';

type Shown = keyof CaseDetail;

/** A field as the page shows it: a reference by the name it brings (the department's, not its id). */
const shownAs = (field: CaseFieldName): Shown => (caseFieldRow(field).names as Shown | undefined) ?? field;

/** What registration took down (the vocabulary's registration part), then when it last changed. */
const REGISTRATION_FIELDS: readonly Shown[] = [...REGISTRATION_PART_FIELDS.map(shownAs), 'updatedAt'];

/** What later steps filled in, shown once set; set-aside state has its own banner, not a field line. */
const HANDLING_FIELDS: readonly Shown[] = [
  'deadlineState',
  ...HANDLING_PART_FIELDS.filter((field) => field !== 'voided' && field !== 'mergedInto').map(shownAs),
];

const isLong = (field: Shown) => caseFieldRow(field as CaseFieldName)?.kind === 'longText';

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
  const fields = part === 'registration' ? REGISTRATION_FIELDS : HANDLING_FIELDS.filter((field) => hasValue(detail[field]));
  const render = (field: Shown): ReactNode => {
    if (field === 'status') return <span className={`badge badge--${detail.status}`}>{ctx.labels.status(detail.status)}</span>;
    if (field === 'phone' && detail.phoneMasked) return <PhoneReveal caseId={detail.id} masked={detail.phone} />;
    return formatCaseValue(field, detail[field], ctx);
  };
  return (
    <dl className="case-fields">
      {fields.map((field) => (
        <div key={field} className={isLong(field) ? 'case-fields__item case-fields__item--wide case-fields__long' : 'case-fields__item'}>
          <dt>{translateKey(t, `fields.${field}`, field)}</dt>
          <dd>{render(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
