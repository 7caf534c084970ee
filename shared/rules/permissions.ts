/**
 * Who may do what: the permissions a person can hold, the default table of
 * which role holds which (from the seed procedures), and the permission
 * each contract channel needs. The core refuses a call whose person lacks
 * the permission, whatever the UI sends; the UI reads the same table to
 * hide or disable what the person may not do.
 *
 * Seeds: 001 — what the desk cannot judge goes to the service-centre
 * manager, major complaints are handled and called back by the manager and
 * the general manager; 003 — a strict query and sign-off system keeps
 * customer files safe; 000 — customer information is confidential.
 */
import type { ChannelName } from '../contract';
import { ROLES, type Role } from '../domain';
import type { Transition } from '../schemas/lifecycle';

export const PERMISSIONS = [
  /** 登记: take down a complaint. */
  'register',
  /** Read cases, their history, queues and the organisation's lists. */
  'read',
  /** 修改: set a registration field right. */
  'correct',
  /** 作废, 合并 and 恢复. */
  'void',
  /** 判定: judge a case's nature, or refer it to the manager. */
  'judge',
  /** Judge a case the desk referred to the manager (seed 001). */
  'judge_referred',
  /** 派单. */
  'dispatch',
  /** Handle a case: accept, follow-ups, evidence, pause, plan, resolve, reopen, summarise. */
  'handle',
  /** 跟踪验证: verify a result before the callback (seed 001: the assistant). */
  'verify',
  /** Verify a major complaint's result (seed 001: the manager). */
  'verify_major',
  /** 回访: record a callback or an attempt. */
  'record_callback',
  /** Record the callback of a major complaint (the manager's or general manager's, seed 001). */
  'record_major_callback',
  /** 免回访关闭: close without a callback. */
  'waive_callback',
  /** 升级. */
  'escalate',
  /** 上报公司. */
  'refer_to_company',
  /** Decide a referral to the company (the general manager). */
  'decide_referral',
  /** 工程整改通知单: issue rectification notices to contractors and record their progress (seed 003). */
  'rectification',
  /** 罚款单: propose a contractor's fine (the complaint representative, seed 003). */
  'propose_fine',
  /** Approve, change or cancel a fine and start emergency repair (the emergency group coordinator, seed 003). */
  'approve_fine',
  /** 索赔: record claims and decide them (seed 003's claims archive). */
  'claims',
  /** 群诉: make, change and answer group complaints. */
  'groups',
  /** Export and import sync files. */
  'sync',
  /** Hold the organisation's key for the others: write invitations, make the key after an upgrade, replace it. */
  'org_keys',
  /** Decide which desk's change stands when two disagree. */
  'resolve_conflict',
  /** Change the organisation's settings. */
  'change_settings',
  /** Add people, change their roles, reset passwords, and this table. */
  'manage_people',
  /** See a customer's full phone number in lists (otherwise 138****8000). */
  'view_customer_data',
  /** Export customer data: CSV, Excel, PDF batches, full sync files. */
  'export_customer_data',
  /** Print forms. */
  'print',
  /** The statistics screen. */
  'statistics',
  /** Read the access log (档案查询签阅). */
  'read_access_log',
  /** 备份与恢复: take a backup, restore one, choose where the second copy goes. */
  'backup',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYTHING: readonly Permission[] = PERMISSIONS;
const DESK: readonly Permission[] = ['register', 'read', 'correct', 'judge', 'dispatch', 'record_callback', 'groups', 'print', 'view_customer_data', 'statistics', 'sync'];

/** The default table; a manager may change it per role in Settings (setting `rolePermissions`). */
export const DEFAULT_ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  receptionist: DESK,
  representative: [...DESK, 'handle', 'void', 'escalate', 'refer_to_company', 'rectification', 'propose_fine', 'claims'],
  customer_rep: DESK,
  assistant: ['register', 'read', 'correct', 'void', 'judge', 'dispatch', 'handle', 'verify', 'record_callback', 'groups', 'print', 'statistics', 'sync', 'export_customer_data'],
  manager: EVERYTHING,
  emergency_coordinator: [...DESK, 'handle', 'rectification', 'approve_fine', 'claims'],
  general_manager: EVERYTHING,
};

export type RolePermissions = Readonly<Record<Role, readonly Permission[]>>;

/** Permissions a table can never take from the manager, so nobody can lock the office out of its own settings. */
export const MANAGER_KEEPS: readonly Permission[] = ['read', 'manage_people', 'change_settings', 'backup', 'org_keys'];

/** What a channel needs: a permission, just someone signed in, or nothing (before anyone can sign in). */
export type ChannelAccess = Permission | 'signed_in' | 'public';

/** Which permission each move on the case page needs. */
export const TRANSITION_PERMISSIONS: Readonly<Record<Transition['action'], Permission>> = {
  judge: 'judge',
  refer_to_manager: 'judge',
  dispatch: 'dispatch',
  accept: 'handle',
  resolve: 'handle',
  // The desk judges and settles it in one step: whoever may judge may do it.
  resolve_on_the_spot: 'judge',
  close: 'handle',
  summarise: 'handle',
  reopen: 'handle',
  pause: 'handle',
  resume: 'handle',
  escalate: 'escalate',
  refer_to_company: 'refer_to_company',
  decide_referral: 'decide_referral',
  // The core asks for verify_major as well when the complaint is major.
  verify: 'verify',
  plan: 'handle',
};

/**
 * Every channel's access. A Record over the channel names, so a new channel
 * without an entry does not compile (and the generated test fails).
 * `cases.transition` is refined by its action (TRANSITION_PERMISSIONS).
 */
export const CHANNEL_ACCESS: Readonly<Record<ChannelName, ChannelAccess>> = {
  'setup.status': 'public',
  'setup.complete': 'public',
  'setup.claimAdministrator': 'public',
  'setup.join': 'public',
  'setup.restore': 'public',
  'session.get': 'public',
  'session.signIn': 'public',
  'session.signInWithCode': 'public',
  'session.signOut': 'signed_in',
  'session.changePassword': 'signed_in',
  'users.list': 'read',
  'users.add': 'manage_people',
  'users.resetPassword': 'manage_people',
  'cases.register': 'register',
  'cases.list': 'read',
  'cases.get': 'read',
  'cases.history': 'read',
  'cases.findByNumber': 'read',
  'cases.transition': 'read',
  'cases.correct': 'correct',
  'cases.void': 'void',
  'cases.restore': 'void',
  'cases.merge': 'void',
  'cases.timeline': 'read',
  'cases.related': 'read',
  'cases.customerHistory': 'read',
  'cases.acknowledgement': 'read',
  'cases.revealPhone': 'read',
  'cases.viewers': 'read_access_log',
  'followups.add': 'handle',
  'team.get': 'read',
  'team.addMeasure': 'handle',
  'team.completeMeasure': 'handle',
  'contractors.list': 'read',
  'contractors.save': 'change_settings',
  'cases.contractorWork': 'read',
  'notices.issue': 'rectification',
  // Emergency repair is the coordinator's: the core asks for approve_fine as well.
  'notices.step': 'rectification',
  'fines.propose': 'propose_fine',
  // Refined by the decision (accessFor): approving and cancelling are the coordinator's, sending the representative's.
  'fines.decide': 'approve_fine',
  'claims.add': 'claims',
  'claims.decide': 'claims',
  'claims.archive': 'read',
  'contractors.report': 'statistics',
  'print.contractorReportPdf': 'statistics',
  'attachments.add': 'handle',
  'attachments.content': 'read',
  'attachments.open': 'read',
  'groups.create': 'groups',
  'groups.link': 'groups',
  'groups.unlink': 'groups',
  'groups.resolve': 'groups',
  'groups.list': 'read',
  // The move's own permission is checked by the core as well (TRANSITION_PERMISSIONS).
  'groups.step': 'groups',
  'groups.callback': 'record_callback',
  'queues.counts': 'read',
  'callbacks.queue': 'read',
  'callbacks.forCase': 'read',
  'callbacks.record': 'record_callback',
  'callbacks.attempt': 'record_callback',
  'callbacks.quotas': 'read',
  'callbacks.reminder': 'read',
  'sync.status': 'sync',
  'sync.chooseFolder': 'sync',
  'sync.export': 'sync',
  'sync.listFiles': 'sync',
  'sync.preview': 'sync',
  'sync.import': 'sync',
  'sync.conflicts': 'read',
  'sync.resolveConflict': 'resolve_conflict',
  'sync.setFolder': 'sync',
  'sync.exchangeFolder': 'sync',
  'sync.writeInvitation': 'org_keys',
  'sync.acceptInvitation': 'org_keys',
  'sync.establishKey': 'org_keys',
  'sync.rotateKey': 'org_keys',
  'stats.summary': 'statistics',
  'stats.definitions': 'statistics',
  'stats.exportXlsx': 'export_customer_data',
  'stats.findings': 'statistics',
  'stats.saveFindings': 'statistics',
  'cases.exportCsv': 'export_customer_data',
  'tasks.current': 'signed_in',
  // The upgrade screen's, shown before anyone can sign in.
  'upgrade.status': 'public',
  'print.pdf': 'print',
  'print.statsSummaryPdf': 'statistics',
  'print.print': 'print',
  'print.savePdf': 'print',
  'settings.get': 'read',
  'settings.saveSite': 'change_settings',
  'settings.saveDepartment': 'change_settings',
  'settings.saveCategory': 'change_settings',
  'settings.saveDeadlineRule': 'change_settings',
  'settings.deleteDeadlineRule': 'change_settings',
  'settings.saveValues': 'change_settings',
  'settings.updateStaff': 'manage_people',
  'settings.saveRolePermissions': 'manage_people',
  'calendar.days': 'read',
  'calendar.setDay': 'change_settings',
  'accessLog.list': 'read_access_log',
  'backups.list': 'backup',
  'backups.preview': 'backup',
  'backups.create': 'backup',
  'backups.restore': 'backup',
  'backups.checkBook': 'backup',
  'backups.offsite': 'backup',
  'backups.setOffsite': 'backup',
  // The recovery screen's: the book is damaged, nobody can sign in to it; each checks a manager's password itself.
  'recovery.backups': 'public',
  'recovery.restore': 'public',
  'recovery.startOver': 'public',
  'recovery.exportReadable': 'public',
};

/** The access a call needs, its input considered (a case move needs the move's own permission). */
export function accessFor(channel: ChannelName, input: unknown): ChannelAccess {
  if (channel === 'cases.transition') {
    const action = (input as { transition?: { action?: unknown } } | null)?.transition?.action;
    if (typeof action === 'string' && action in TRANSITION_PERMISSIONS) return TRANSITION_PERMISSIONS[action as Transition['action']];
  }
  if (channel === 'fines.decide' && (input as { decision?: { action?: unknown } } | null)?.decision?.action === 'send') return 'propose_fine';
  return CHANNEL_ACCESS[channel];
}

/** The table in force: the default, with the office's own choices over it, the manager always keeping MANAGER_KEEPS. */
export function effectiveRolePermissions(stored: Partial<Record<Role, readonly unknown[]>> | undefined): RolePermissions {
  const known = (list: readonly unknown[]) => PERMISSIONS.filter((p) => list.includes(p));
  const table = Object.fromEntries(
    ROLES.map((role) => {
      const own = stored?.[role];
      return [role, Array.isArray(own) ? known(own) : [...DEFAULT_ROLE_PERMISSIONS[role]]];
    }),
  ) as Record<Role, Permission[]>;
  for (const permission of MANAGER_KEEPS) if (!table.manager.includes(permission)) table.manager.push(permission);
  return table;
}

export function holds(table: RolePermissions, role: Role, permission: Permission): boolean {
  return table[role].includes(permission);
}

/** The roles that hold a permission: how a refusal names who may. */
export function rolesHolding(table: RolePermissions, permission: Permission): Role[] {
  return ROLES.filter((role) => holds(table, role, permission));
}
