/** The form behind each move on the case page (see form-model.ts for how they are drawn and checked). */
import type { TFunction } from 'i18next';
import type { CaseDetail } from '../../../../shared/contract';
import { ACCOUNTABILITY_LEVELS, ACCOUNTABILITY_MEASURES, COMMUNICATIVE_TYPES, type Role } from '../../../../shared/domain';
import type { Team, TransitionAction } from '../../../../shared/schemas/lifecycle';
import type { OrgSettings, Staff } from '../../../../shared/schemas/settings';
import { toDateTimeLocal } from '../../lib/dates';
import type { FieldErrors } from '../../lib/field-errors';
import { instantOrUndefined, listOf, type FieldSpec, type FormSpec, type FormValues, type OptionGroup } from './form-model';
import { translateKey } from '../../i18n/translate-key';

export interface TransitionContext {
  detail: CaseDetail;
  settings: OrgSettings;
  now: number;
  /** The case's special team, where it has one (setting it up again starts from it). */
  team?: Team | null;
}

type Spec = FormSpec<TransitionContext>;
type Field = FieldSpec<TransitionContext>;

const text = (name: string, label: (t: TFunction) => string, extra: Partial<Field> = {}): Field => ({
  name,
  label,
  kind: 'textarea',
  maxLength: 2000,
  ...extra,
});

const note = text('note', (t) => t('lifecycle.field.note'));

const activeStaff = (settings: OrgSettings) => settings.staff.filter((s) => s.active);
const staffLabel = (t: TFunction, s: Staff) => `${s.name}（${t(`lifecycle.role.${s.role}`)}）`;

function departmentOptions(ctx: TransitionContext): OptionGroup[] {
  const departments = ctx.settings.departments.filter((d) => d.active || d.id === ctx.detail.departmentId);
  return [{ options: departments.map((d) => ({ value: d.id, label: d.name })) }];
}

/** The chosen department's people first, then everybody else. */
function staffOptions(values: FormValues, ctx: TransitionContext, t: TFunction, departmentField: string): OptionGroup[] {
  const staff = activeStaff(ctx.settings);
  const departmentId = values[departmentField];
  const own = staff.filter((s) => departmentId && s.departmentId === departmentId);
  const others = staff.filter((s) => !own.includes(s));
  const option = (s: Staff) => ({ value: s.id, label: staffLabel(t, s) });
  if (own.length === 0) return [{ options: others.map(option) }];
  return [
    { label: t('lifecycle.choose.departmentStaff'), options: own.map(option) },
    { label: t('lifecycle.choose.otherStaff'), options: others.map(option) },
  ];
}

function futureOnly(name: string, values: FormValues, now: number): FieldErrors {
  const at = instantOrUndefined(values[name]);
  return at !== undefined && !Number.isNaN(at) && at < now ? { [name]: 'lifecycle.error.dueInPast' } : {};
}

/** "3 个工作日" for the rule that will set the deadline when the field is left empty. */
function ruleHint(ctx: TransitionContext, t: TFunction): string {
  const { nature, category } = ctx.detail;
  const rules = ctx.settings.deadlineRules.filter((r) => r.nature === nature && (r.category === category || r.category === '*'));
  const rule = rules.find((r) => r.category === category) ?? rules[0];
  const resolution = rule?.resolution;
  if (!resolution) return t('lifecycle.hint.dueAtNoRule');
  return t('lifecycle.hint.dueAtRule', { rule: t(`lifecycle.duration.${resolution.unit}`, { n: resolution.amount }) });
}

/** Who an escalation with no person chosen goes to: the next role in the chain, the person the settings name for it, else its first active holder (as the core decides). */
export function nextEscalation(ctx: Pick<TransitionContext, 'detail' | 'settings'>): { role: Role; person: Staff } | null {
  const role = ctx.settings.values.majorEscalationChain[ctx.detail.escalationLevel];
  if (!role) return null;
  const holders = activeStaff(ctx.settings).filter((s) => s.role === role);
  const person = holders.find((s) => s.id === ctx.settings.values.escalationPeople[role]) ?? holders[0];
  return person ? { role, person } : null;
}

const judge: Spec = {
  fields: [
    {
      name: 'nature',
      label: (t) => t('lifecycle.field.nature'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, _c, t) => [{ options: (['valid', 'invalid', 'major'] as const).map((n) => ({ value: n, label: t(`nature.${n}`) })) }],
    },
    {
      // Judging may set the category right too (a wrong one is common at a busy counter).
      name: 'category',
      label: (t) => t('fields.category'),
      kind: 'select',
      required: true,
      options: (_v, ctx, t) => [
        {
          options: [...ctx.settings.categories]
            .filter((c) => c.active || c.id === ctx.detail.category)
            .sort((a, b) => a.sort - b.sort)
            .map((c) => ({ value: c.id, label: c.name || translateKey(t, `category.${c.id}`, c.id) })),
        },
      ],
    },
    {
      name: 'communicativeType',
      label: (t) => t('lifecycle.field.communicativeType'),
      kind: 'select',
      emptyLabel: (t) => t('lifecycle.choose.notSet'),
      options: (_v, _c, t) => [
        { options: COMMUNICATIVE_TYPES.filter((c) => c !== '').map((c) => ({ value: c, label: t(`communicativeType.${c}`) })) },
      ],
    },
    text('explanation', (t) => t('lifecycle.field.explanation'), {
      required: true,
      visible: (v) => v.nature === 'invalid',
      hint: (_v, _c, t) => t('lifecycle.hint.explanation'),
    }),
    note,
  ],
  initial: ({ detail }) => ({
    nature: detail.nature === 'unjudged' ? '' : detail.nature,
    category: detail.category,
    communicativeType: detail.communicativeType,
    explanation: '',
    note: '',
  }),
  build: (v) => ({
    action: 'judge',
    nature: v.nature || undefined,
    category: v.category || undefined,
    communicativeType: v.communicativeType ?? '',
    note: v.note,
    explanation: v.nature === 'invalid' ? v.explanation : '',
  }),
};

const dispatch: Spec = {
  fields: [
    {
      name: 'departmentId',
      label: (t) => t('lifecycle.field.departmentId'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, ctx) => departmentOptions(ctx),
      onChange: (value, values) => ({ ...values, departmentId: value, assigneeId: '' }),
    },
    {
      name: 'assigneeId',
      label: (t) => t('lifecycle.field.assigneeId'),
      kind: 'select',
      emptyLabel: (t) => t('lifecycle.choose.nobody'),
      options: (v, ctx, t) => staffOptions(v, ctx, t, 'departmentId'),
    },
    { name: 'dueAt', label: (t) => t('lifecycle.field.dueAt'), kind: 'datetime', hint: (_v, ctx, t) => ruleHint(ctx, t) },
    note,
  ],
  initial: ({ detail }) => ({ departmentId: detail.departmentId ?? '', assigneeId: detail.assigneeId ?? '', dueAt: '', note: '' }),
  build: (v) => ({
    action: 'dispatch',
    departmentId: v.departmentId || undefined,
    assigneeId: v.assigneeId || null,
    dueAt: instantOrUndefined(v.dueAt),
    note: v.note,
  }),
  check: (v, ctx) => futureOnly('dueAt', v, ctx.now),
};

/** Everyone active, named with their role: the choices for a leader, a member or a measure's person. */
export function peopleOptions(ctx: { settings: OrgSettings }, t: TFunction): OptionGroup[] {
  return [{ options: activeStaff(ctx.settings).map((s) => ({ value: s.id, label: staffLabel(t, s) })) }];
}

/** 成立专项小组 (seed 004): the department answering for the plan, the leader, the members, the plan and its deadline. */
const plan: Spec = {
  fields: [
    {
      name: 'departmentId',
      label: (t) => t('lifecycle.field.departmentId'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, ctx) => departmentOptions(ctx),
    },
    {
      name: 'leaderId',
      label: (t) => t('lifecycle.field.leaderId'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, ctx, t) => peopleOptions(ctx, t),
    },
    { name: 'memberIds', label: (t) => t('lifecycle.field.memberIds'), kind: 'multiselect', options: (_v, ctx, t) => peopleOptions(ctx, t) },
    { name: 'memberDepartmentIds', label: (t) => t('lifecycle.field.memberDepartmentIds'), kind: 'multiselect', options: (_v, ctx) => departmentOptions(ctx) },
    { name: 'dueAt', label: (t) => t('lifecycle.field.planDueAt'), kind: 'datetime', required: true },
    text('measures', (t) => t('lifecycle.field.measures'), { required: true, maxLength: 4000, hint: (_v, _c, t) => t('lifecycle.hint.plan') }),
  ],
  // Set up again, the team is replaced: it starts as it stands.
  initial: ({ detail, team }) => ({
    departmentId: detail.planDepartmentId ?? detail.departmentId ?? '',
    leaderId: detail.teamLeaderId ?? '',
    memberIds: (team?.members ?? []).filter((m) => m.kind === 'person').map((m) => m.id).join(','),
    memberDepartmentIds: (team?.members ?? []).filter((m) => m.kind === 'department').map((m) => m.id).join(','),
    dueAt: detail.planDueAt === null ? '' : toDateTimeLocal(detail.planDueAt),
    measures: detail.planMeasures,
  }),
  build: (v) => ({
    action: 'plan',
    departmentId: v.departmentId || undefined,
    leaderId: v.leaderId || undefined,
    memberIds: listOf(v.memberIds),
    memberDepartmentIds: listOf(v.memberDepartmentIds),
    dueAt: instantOrUndefined(v.dueAt),
    measures: v.measures,
  }),
};

/** 跟踪验证: passed goes on to the callback; failed sends the case back, saying what is wrong. */
const verify: Spec = {
  fields: [
    {
      name: 'result',
      label: (t) => t('lifecycle.field.result'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, _c, t) => [{ options: (['passed', 'failed'] as const).map((r) => ({ value: r, label: t(`verificationResult.${r}`) })) }],
    },
    text('note', (t) => t('lifecycle.field.verifyNote'), { hint: (v, _c, t) => (v.result === 'failed' ? t('lifecycle.hint.verifyFailed') : undefined) }),
  ],
  initial: () => ({ result: '', note: '' }),
  check: (v) => (v.result === 'failed' && !(v.note ?? '').trim() ? { note: 'errors.required' } : {}),
  build: (v) => ({ action: 'verify', result: v.result || undefined, note: v.note }),
};

const escalate: Spec = {
  fields: [
    {
      name: 'toUserId',
      label: (t) => t('lifecycle.field.toUserId'),
      kind: 'select',
      emptyLabel: (t, _v, ctx) => (nextEscalation(ctx) ? t('lifecycle.choose.auto') : t('common.choose')),
      options: (_v, ctx, t) => [{ options: activeStaff(ctx.settings).map((s) => ({ value: s.id, label: staffLabel(t, s) })) }],
      hint: (_v, ctx, t) => {
        const next = nextEscalation(ctx);
        return next
          ? t('lifecycle.hint.toUserIdAuto', { role: t(`lifecycle.role.${next.role}`), name: next.person.name })
          : t('lifecycle.hint.toUserIdNone');
      },
    },
    text('reason', (t) => t('lifecycle.field.escalateReason'), { required: true }),
  ],
  initial: () => ({ toUserId: '', reason: '' }),
  build: (v) => ({ action: 'escalate', toUserId: v.toUserId || null, reason: v.reason }),
  check: (v, ctx) => (!v.toUserId && !nextEscalation(ctx) ? { toUserId: 'lifecycle.error.noEscalationTarget' } : {}),
};

const close: Spec = {
  fields: [
    {
      name: 'callbackException',
      label: (t) => t('lifecycle.field.callbackException'),
      kind: 'select',
      required: true,
      emptyLabel: (t) => t('common.choose'),
      options: (_v, _c, t) => [
        { options: (['unreachable', 'refused'] as const).map((r) => ({ value: r, label: t(`callbackException.${r}`) })) },
      ],
      hint: (_v, ctx, t) =>
        t('lifecycle.hint.close', { attempts: ctx.settings.values.unreachableAttempts, gap: ctx.settings.values.attemptGapMinutes }),
    },
    text('callbackNote', (t) => t('lifecycle.field.callbackNote'), { required: true, maxLength: 1000 }),
  ],
  initial: () => ({ callbackException: '', callbackNote: '' }),
  build: (v) => ({
    action: 'close',
    callbackException: { reason: v.callbackException || undefined, note: v.callbackNote },
  }),
  pathToField: { 'callbackException.reason': 'callbackException', 'callbackException.note': 'callbackNote' },
};

const summarise: Spec = {
  fields: [
    text('cause', (t) => t('lifecycle.field.cause')),
    text('lesson', (t) => t('lifecycle.field.lesson')),
    text('improvement', (t) => t('lifecycle.field.improvement')),
    {
      name: 'accountabilityLevel',
      label: (t) => t('lifecycle.field.accountabilityLevel'),
      kind: 'select',
      emptyLabel: (t) => t('lifecycle.choose.notSet'),
      options: (_v, _c, t) => [
        { options: ACCOUNTABILITY_LEVELS.filter(Boolean).map((l) => ({ value: l, label: t(`accountabilityLevel.${l as Exclude<typeof l, ''>}`) })) },
      ],
    },
    { name: 'accountabilityPerson', label: (t) => t('lifecycle.field.accountabilityPerson'), kind: 'text', maxLength: 60 },
    {
      name: 'accountabilityMeasure',
      label: (t) => t('lifecycle.field.accountabilityMeasure'),
      kind: 'select',
      emptyLabel: (t) => t('lifecycle.choose.notSet'),
      options: (_v, _c, t) => [
        {
          options: ACCOUNTABILITY_MEASURES.filter(Boolean).map((m) => ({
            value: m,
            label: t(`accountabilityMeasure.${m as Exclude<typeof m, ''>}`),
          })),
        },
      ],
    },
  ],
  initial: ({ detail }) => ({
    cause: detail.closeCause,
    lesson: detail.closeLesson,
    improvement: detail.closeImprovement,
    accountabilityLevel: detail.accountabilityLevel,
    accountabilityPerson: detail.accountabilityPerson,
    accountabilityMeasure: detail.accountabilityMeasure,
  }),
  build: (v) => ({
    action: 'summarise',
    cause: v.cause,
    lesson: v.lesson,
    improvement: v.improvement,
    accountabilityLevel: v.accountabilityLevel ?? '',
    accountabilityPerson: v.accountabilityPerson,
    accountabilityMeasure: v.accountabilityMeasure ?? '',
  }),
};

const reopen: Spec = {
  fields: [
    text('reason', (t) => t('lifecycle.field.reopenReason'), { required: true }),
    { name: 'dueAt', label: (t) => t('lifecycle.field.reopenDueAt'), kind: 'datetime', hint: (_v, _c, t) => t('lifecycle.hint.reopen') },
  ],
  initial: () => ({ reason: '', dueAt: '' }),
  build: (v) => ({ action: 'reopen', reason: v.reason, dueAt: instantOrUndefined(v.dueAt) }),
  check: (v, ctx) => futureOnly('dueAt', v, ctx.now),
};

const noteOnly = (action: TransitionAction, required = false, label?: (t: TFunction) => string): Spec => ({
  fields: [text('note', label ?? ((t) => t('lifecycle.field.note')), { required })],
  initial: () => ({ note: '' }),
  build: (v) => ({ action, note: v.note }),
});

export const TRANSITION_FORMS: Record<TransitionAction, Spec> = {
  judge,
  refer_to_manager: noteOnly('refer_to_manager'),
  dispatch,
  accept: noteOnly('accept'),
  resolve: {
    fields: [
      text('summary', (t) => t('lifecycle.field.summary'), { required: true, maxLength: 4000 }),
      { name: 'doneAt', label: (t) => t('lifecycle.field.doneAt'), kind: 'datetime', hint: (_v, _c, t) => t('lifecycle.hint.doneAt') },
    ],
    initial: () => ({ summary: '', doneAt: '' }),
    build: (v) => ({ action: 'resolve', summary: v.summary, doneAt: instantOrUndefined(v.doneAt) }),
  },
  resolve_on_the_spot: {
    fields: [text('summary', (t) => t('lifecycle.field.onTheSpotResult'), { required: true, maxLength: 4000 })],
    initial: () => ({ summary: '' }),
    build: (v) => ({ action: 'resolve_on_the_spot', summary: v.summary }),
  },
  close,
  summarise,
  reopen,
  pause: {
    fields: [text('reason', (t) => t('lifecycle.field.pauseReason'), { required: true, maxLength: 500, hint: (_v, _c, t) => t('lifecycle.hint.pause') })],
    initial: () => ({ reason: '' }),
    build: (v) => ({ action: 'pause', reason: v.reason }),
  },
  resume: noteOnly('resume'),
  escalate,
  refer_to_company: noteOnly('refer_to_company', true, (t) => t('lifecycle.field.companyNote')),
  decide_referral: {
    fields: [
      text('decision', (t) => t('lifecycle.field.referralDecision'), { required: true, maxLength: 2000 }),
      text('instructions', (t) => t('lifecycle.field.referralInstructions'), { maxLength: 4000 }),
    ],
    initial: () => ({ decision: '', instructions: '' }),
    build: (v) => ({ action: 'decide_referral', decision: v.decision, instructions: v.instructions }),
  },
  verify,
  plan,
};
