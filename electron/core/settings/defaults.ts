/**
 * What a new organisation starts with, from the seed procedures. Ids are
 * fixed so that two desks set up apart from each other create the same
 * defaults, which then merge instead of doubling up.
 */
import { CATEGORIES, type DeadlineUnit, type Nature } from '../../../shared/domain';
import type { SettingValues } from '../../../shared/schemas/settings';

export const DEFAULT_SETTING_VALUES: SettingValues = {
  duplicateWindowDays: 30,
  workStart: '09:00',
  workEnd: '18:00',
  dueSoonHours: 24,
  reminderMinutes: 10,
  maxAttachmentMb: 20,
  majorEscalationChain: ['manager', 'general_manager'],
  escalationPeople: {},
  escalateOverdue: true,
  nextEscalationHours: 24,
  majorEscalationAtOnce: false,
  verifyResults: false,
  onTheSpotCallback: true,
  callbackWorkingDays: 5,
  callbackQuotas: { manager: 3, general_manager: 1 },
  unreachableAttempts: 3,
  attemptGapMinutes: 30,
  majorCallbackMethod: 'home_visit',
  callbackBy: { ordinary: 'registrar', major: 'manager' },
  satisfiedLevels: ['very_satisfied', 'satisfied'],
  noticeOnSiteHours: 4,
  noticeReturnHours: 24,
  minimumFineYuan: 5000,
  fineCopiesTo: ['成本控制部', '经济处', '财务部', '合约部'],
  receivedAtConfirmDays: 7,
  idleLockMinutes: 10,
  lockMinutes: 15,
  backupDaily: 7,
  backupWeekly: 4,
  backupMonthly: 12,
};

export const DEFAULT_CATEGORIES = CATEGORIES.map((code, index) => ({ id: code, sort: index * 10 }));

export const DEFAULT_DEPARTMENTS = [
  { id: 'dept-customer-service', name: '客服中心', sort: 10 },
  { id: 'dept-engineering', name: '工程部', sort: 20 },
  { id: 'dept-security', name: '秩序部', sort: 30 },
  { id: 'dept-environment', name: '环境部', sort: 40 },
];

interface RuleDefault {
  id: string;
  nature: Nature;
  category: string;
  response: { amount: number; unit: DeadlineUnit };
  acceptance: { amount: number; unit: DeadlineUnit };
  resolution: { amount: number; unit: DeadlineUnit };
}

/** Seed 004: reach the customer within minutes, the department accepting soon after dispatch, handle within days; major ones faster. */
export const DEFAULT_DEADLINE_RULES: RuleDefault[] = [
  {
    id: 'rule-valid',
    nature: 'valid',
    category: '*',
    response: { amount: 2, unit: 'hours' },
    acceptance: { amount: 2, unit: 'hours' },
    resolution: { amount: 3, unit: 'working_days' },
  },
  {
    id: 'rule-major',
    nature: 'major',
    category: '*',
    response: { amount: 30, unit: 'minutes' },
    acceptance: { amount: 30, unit: 'minutes' },
    resolution: { amount: 1, unit: 'working_days' },
  },
  {
    id: 'rule-equipment',
    nature: 'valid',
    category: 'equipment',
    response: { amount: 1, unit: 'hours' },
    acceptance: { amount: 1, unit: 'hours' },
    resolution: { amount: 2, unit: 'working_days' },
  },
];
