import type { ReactNode } from 'react';
import { Descriptions } from 'antd';
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
  'responseState',
  'acceptanceState',
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

/**
 * Case fields, labelled, as antd Descriptions: four to a row on a wide
 * screen, three at 1366; long texts (content, result) below, a row each, so
 * they read as paragraphs.
 */
export function CaseFields({ detail, ctx, part }: CaseFieldsProps) {
  const { t } = useTranslation();
  const fields = part === 'registration' ? REGISTRATION_FIELDS : HANDLING_FIELDS.filter((field) => hasValue(detail[field]));
  const render = (field: Shown): ReactNode => {
    if (field === 'status') return <span className={`badge badge--${detail.status}`}>{ctx.labels.status(detail.status)}</span>;
    if (field === 'phone' && detail.phoneMasked) return <PhoneReveal caseId={detail.id} masked={detail.phone} />;
    return formatCaseValue(field, detail[field], ctx);
  };
  const item = (field: Shown) => ({ key: field, label: translateKey(t, `fields.${field}`, field), children: render(field) });
  const long = fields.filter(isLong);
  return (
    <div className="case-fields">
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 4 }} items={fields.filter((field) => !isLong(field)).map(item)} />
      {long.length > 0 && <Descriptions className="case-fields__long" size="small" bordered column={1} items={long.map(item)} />}
    </div>
  );
}
