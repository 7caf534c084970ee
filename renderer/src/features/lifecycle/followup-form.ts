/** The follow-up form (跟进记录): what kind of entry, what happened, and for remedies and results the extra facts. */
import { FOLLOWUP_KINDS, REMEDY_KINDS } from '../../../../shared/domain';
import type { Followup } from '../../../../shared/schemas/lifecycle';
import { instantOrUndefined, type FormSpec } from './form-model';

export interface FollowupContext {
  caseId: string;
  /** The entry being corrected, if this is a correction. */
  amends: Followup | null;
}

const confirmedValue = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

export const FOLLOWUP_FORM: FormSpec<FollowupContext> = {
  fields: [
    {
      name: 'kind',
      label: (t) => t('lifecycle.followup.kind'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, _c, t) => [{ options: FOLLOWUP_KINDS.map((k) => ({ value: k, label: t(`lifecycle.followupKind.${k}`) })) }],
    },
    { name: 'text', label: (t) => t('lifecycle.followup.text'), kind: 'textarea', required: true, maxLength: 4000 },
    {
      name: 'remedyKind',
      label: (t) => t('lifecycle.followup.remedyKind'),
      kind: 'select',
      emptyLabel: (t) => t('lifecycle.choose.notSet'),
      visible: (v) => v.kind === 'remedy',
      options: (_v, _c, t) => [
        { options: REMEDY_KINDS.filter(Boolean).map((k) => ({ value: k, label: t(`lifecycle.remedyKind.${k as Exclude<typeof k, ''>}`) })) },
      ],
    },
    { name: 'amount', label: (t) => t('lifecycle.followup.amount'), kind: 'number', visible: (v) => v.kind === 'remedy' },
    {
      name: 'customerConfirmed',
      label: (t) => t('lifecycle.followup.customerConfirmed'),
      kind: 'select',
      emptyLabel: (t) => t('lifecycle.choose.notSet'),
      visible: (v) => v.kind === 'result_feedback',
      options: (_v, _c, t) => [
        {
          options: [
            { value: 'yes', label: t('lifecycle.followup.confirmedYes') },
            { value: 'no', label: t('lifecycle.followup.confirmedNo') },
          ],
        },
      ],
    },
    {
      name: 'at',
      label: (t) => t('lifecycle.followup.at'),
      kind: 'datetime',
      hint: (_v, _c, t) => t('lifecycle.followup.atHint'),
    },
  ],
  initial: ({ amends }) => ({
    kind: amends?.kind ?? '',
    text: amends?.text ?? '',
    remedyKind: amends?.remedyKind ?? '',
    amount: amends?.amount === null || amends?.amount === undefined ? '' : String(amends.amount),
    customerConfirmed: confirmedValue(amends?.customerConfirmed ?? null),
    at: '',
  }),
  build: (v, ctx) => {
    const remedy = v.kind === 'remedy';
    const feedback = v.kind === 'result_feedback';
    return {
      caseId: ctx.caseId,
      kind: v.kind || undefined,
      text: v.text,
      remedyKind: remedy ? (v.remedyKind ?? '') : '',
      amount: remedy && v.amount?.trim() ? Number(v.amount) : null,
      customerConfirmed: feedback && v.customerConfirmed ? v.customerConfirmed === 'yes' : null,
      amendsId: ctx.amends?.id ?? null,
      at: instantOrUndefined(v.at),
    };
  },
};
