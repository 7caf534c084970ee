/** The small forms of seed 003's records (see lifecycle/form-model.ts for how they are drawn and checked). */
import type { TFunction } from 'i18next';
import { FINE_CONDITIONS } from '../../../../shared/domain';
import type { CaseDetail } from '../../../../shared/contract';
import type { Claim, Contractor, Fine, NoticeStep } from '../../../../shared/schemas/contractors';
import type { OrgSettings } from '../../../../shared/schemas/settings';
import { translateKey } from '../../i18n/translate-key';
import { instantOrUndefined, listOf, type FieldSpec, type FormSpec, type FormValues } from '../lifecycle/form-model';

export interface WorkContext {
  detail: CaseDetail;
  settings: OrgSettings;
  contractors: readonly Contractor[];
}

/** Yuan as typed; left empty or not a number, the schema says what is wrong. */
const yuan = (text: string | undefined): number | undefined => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? undefined : Number(trimmed);
};

const when = (label: (t: TFunction) => string): FieldSpec<unknown> => ({
  name: 'at',
  label,
  kind: 'datetime',
  hint: (_v, _c, t) => t('contractors.hint.at'),
});
const textarea = (name: string, required = false, maxLength = 2000): FieldSpec<unknown> => ({
  name,
  label: (t) => translateKey(t, `contractors.field.${name}`, name),
  kind: 'textarea',
  required,
  maxLength,
});
const money = (name: string, required = true): FieldSpec<unknown> => ({ name, label: (t) => translateKey(t, `contractors.field.${name}`, name), kind: 'number', required });

export const ISSUE_NOTICE: FormSpec<WorkContext> = {
  fields: [
    {
      name: 'contractorId',
      label: (t) => t('contractors.field.contractor'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      // Only active contractors are offered; the core refuses an inactive one whatever is sent.
      options: (_v, ctx) => [{ options: ctx.contractors.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name })) }],
    },
    textarea('problem', true),
    textarea('requirements'),
    { name: 'completionDueAt', label: (t) => t('contractors.field.completionDueAt'), kind: 'datetime', required: true },
    {
      name: 'onSiteDueAt',
      label: (t) => t('contractors.field.onSiteDueAt'),
      kind: 'datetime',
      hint: (_v, ctx, t) => t('contractors.hint.onSite', { hours: ctx.settings.values.noticeOnSiteHours }),
    },
    { name: 'copiesTo', label: (t) => t('contractors.field.copiesTo'), kind: 'text', maxLength: 200 },
  ],
  initial: ({ detail }) => ({ contractorId: '', problem: detail.content.slice(0, 2000), requirements: '', completionDueAt: '', onSiteDueAt: '', copiesTo: '' }),
  build: (v, { detail }) => ({
    caseId: detail.id,
    contractorId: v.contractorId || undefined,
    problem: v.problem,
    requirements: v.requirements,
    completionDueAt: instantOrUndefined(v.completionDueAt),
    onSiteDueAt: instantOrUndefined(v.onSiteDueAt),
    copiesTo: v.copiesTo,
  }),
};

type StepName = NoticeStep['step'];

/** The form of each step: when it happened, and what else it records. */
export function noticeStepForm(step: StepName): FormSpec<unknown> {
  const at = when((t) => t(`contractors.stepAt.${step}`));
  const build = (extra: (v: FormValues) => Record<string, unknown>) => (v: FormValues) => ({ step, at: instantOrUndefined(v.at), ...extra(v) });
  switch (step) {
    case 'reject':
      return { fields: [textarea('reason', true), at], initial: () => ({ reason: '', at: '' }), build: build((v) => ({ reason: v.reason })) };
    case 'return':
      return { fields: [textarea('reply'), at], initial: () => ({ reply: '', at: '' }), build: build((v) => ({ reply: v.reply })) };
    case 'emergency':
      return {
        fields: [
          { name: 'team', label: (t) => t('contractors.field.team'), kind: 'text', required: true, maxLength: 60 },
          money('cost', false),
          textarea('note'),
          at,
        ],
        initial: () => ({ team: '', cost: '', note: '', at: '' }),
        build: build((v) => ({ team: v.team, cost: yuan(v.cost) ?? null, note: v.note })),
      };
    default:
      return { fields: [at], initial: () => ({ at: '' }), build: build(() => ({})) };
  }
}

export const PROPOSE_FINE: FormSpec<{ noticeId: string; minimum: number }> = {
  fields: [
    {
      name: 'conditions',
      label: (t) => t('contractors.field.conditions'),
      kind: 'multiselect',
      required: true,
      options: (_v, _c, t) => [{ options: FINE_CONDITIONS.map((c) => ({ value: c, label: t(`fineCondition.${c}`) })) }],
    },
    { ...money('amount'), hint: (_v, ctx, t) => t('contractors.hint.minimum', { amount: ctx.minimum }) },
    textarea('reason', true),
  ],
  initial: ({ minimum }) => ({ conditions: '', amount: String(minimum), reason: '' }),
  build: (v, { noticeId }) => ({ noticeId, conditions: listOf(v.conditions), amount: yuan(v.amount), reason: v.reason }),
};

export const APPROVE_FINE: FormSpec<{ fine: Fine }> = {
  fields: [
    { ...money('amount'), hint: (_v, _c, t) => t('contractors.hint.approveAmount') },
    { ...textarea('changeReason', false, 1000) },
  ],
  initial: ({ fine }) => ({ amount: String(fine.amount), changeReason: '' }),
  check: (v, { fine }) => (yuan(v.amount) !== fine.amount && !(v.changeReason ?? '').trim() ? { changeReason: 'errors.required' } : {}),
  build: (v) => ({ action: 'approve', amount: yuan(v.amount), changeReason: v.changeReason }),
};

export const CANCEL_FINE: FormSpec<unknown> = {
  fields: [textarea('reason', true, 1000)],
  initial: () => ({ reason: '' }),
  build: (v) => ({ action: 'cancel', reason: v.reason }),
};

export const ADD_CLAIM: FormSpec<WorkContext> = {
  fields: [
    { name: 'claimant', label: (t) => t('contractors.field.claimant'), kind: 'text', required: true, maxLength: 60 },
    textarea('claimed', true),
    money('amountClaimed'),
    {
      name: 'contractorId',
      label: (t) => t('contractors.field.claimContractor'),
      kind: 'select',
      emptyLabel: (t) => t('contractors.noContractor'),
      options: (_v, ctx) => [{ options: ctx.contractors.map((c) => ({ value: c.id, label: c.name })) }],
    },
    textarea('evidence'),
  ],
  initial: ({ detail }) => ({ claimant: detail.complainantName, claimed: '', amountClaimed: '', contractorId: '', evidence: '' }),
  build: (v, { detail }) => ({
    caseId: detail.id,
    claimant: v.claimant,
    claimed: v.claimed,
    amountClaimed: yuan(v.amountClaimed),
    contractorId: v.contractorId || null,
    evidence: v.evidence,
  }),
};

export const ACCEPT_CLAIM: FormSpec<{ claim: Claim }> = {
  fields: [{ ...money('amount'), hint: (_v, ctx, t) => t('contractors.hint.claimed', { amount: ctx.claim.amountClaimed }) }],
  initial: ({ claim }) => ({ amount: String(claim.amountClaimed) }),
  build: (v) => ({ action: 'accept', amount: yuan(v.amount) }),
};

export const REJECT_CLAIM: FormSpec<unknown> = {
  fields: [textarea('reason', true, 1000)],
  initial: () => ({ reason: '' }),
  build: (v) => ({ action: 'reject', reason: v.reason }),
};

export const PAY_CLAIM: FormSpec<unknown> = {
  fields: [{ name: 'paidAt', label: (t) => t('contractors.field.paidAt'), kind: 'datetime', hint: (_v, _c, t) => t('contractors.hint.at') }],
  initial: () => ({ paidAt: '' }),
  build: (v) => ({ action: 'pay', paidAt: instantOrUndefined(v.paidAt) }),
};
