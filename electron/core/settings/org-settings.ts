/** Reading and editing the organisation settings; every edit goes through the change log and so syncs. */
import { z } from 'zod';
import type {
  OrgSettings,
  SettingValues,
  saveCategorySchema,
  saveDeadlineRuleSchema,
  saveDepartmentSchema,
  saveSiteSchema,
  SiteWeek,
  updateStaffSchema,
} from '../../../shared/schemas/settings';
import { OFFICE_WEEK } from '../calendar/working-calendar';
import { keepsOwnWeek, type SiteWeekColumns } from './calendar-service';
import type { DeadlineUnit, Nature, Role } from '../../../shared/domain';
import { recordEntityUpdate, type JsonValue, type Writer } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { readDesk } from '../desk/desk';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { DEFAULT_CATEGORIES, DEFAULT_DEADLINE_RULES, DEFAULT_DEPARTMENTS } from './defaults';
import { readSettingValues } from './setting-values';
import { ROLE_PERMISSIONS_SETTING, rolePermissions } from '../access/permission-check';
import { effectiveRolePermissions, type Permission } from '../../../shared/rules/permissions';

const bool = (v: number) => v === 1;

function weekOf(columns: SiteWeekColumns, office: SettingValues): SiteWeek | null {
  if (!keepsOwnWeek(columns)) return null;
  return {
    days: columns.workDays === '' ? [...OFFICE_WEEK] : [...columns.workDays].map(Number),
    start: columns.workStart || office.workStart,
    end: columns.workEnd || office.workEnd,
    observesHolidays: columns.observesHolidays === 1,
  };
}

function weekColumns(week: SiteWeek | null): Record<string, JsonValue> {
  if (!week) return { workDays: '', workStart: '', workEnd: '', observesHolidays: true };
  const days = [...new Set(week.days)].sort((a, b) => a - b).join('');
  return { workDays: days, workStart: week.start, workEnd: week.end, observesHolidays: week.observesHolidays };
}

export function readOrgSettings(db: Db): OrgSettings {
  const sites = db
    .prepare(
      `SELECT id, name, sort, active, work_days AS workDays, work_start AS workStart, work_end AS workEnd, observes_holidays AS observesHolidays
         FROM sites WHERE deleted = 0 ORDER BY sort, name`,
    )
    .all() as ({ id: string; name: string; sort: number; active: number } & SiteWeekColumns)[];
  const departments = db
    .prepare('SELECT id, name, head_user_id AS headUserId, sort, active FROM departments WHERE deleted = 0 ORDER BY sort, name')
    .all() as { id: string; name: string; headUserId: string | null; sort: number; active: number }[];
  const categories = db.prepare('SELECT id, name, sort, active FROM categories WHERE deleted = 0 ORDER BY sort, id').all() as {
    id: string; name: string; sort: number; active: number;
  }[];
  const staff = db
    .prepare(
      `SELECT id, name, role, department_id AS departmentId, active,
              CASE WHEN secret_hash = '' THEN 'none' WHEN secret_is_code = 1 THEN 'code' ELSE 'password' END AS signIn
         FROM users WHERE deleted = 0 ORDER BY created_at, name`,
    )
    .all() as { id: string; name: string; role: Role; departmentId: string | null; active: number; signIn: 'none' | 'code' | 'password' }[];
  const rules = db
    .prepare(
      `SELECT id, nature, category, clock, response_amount AS ra, response_unit AS ru, acceptance_amount AS aa, acceptance_unit AS au,
              resolution_amount AS sa, resolution_unit AS su
         FROM deadline_rules WHERE deleted = 0 ORDER BY nature, category`,
    )
    .all() as {
    id: string;
    nature: Nature;
    category: string;
    clock: string;
    ra: number | null;
    ru: DeadlineUnit | null;
    aa: number | null;
    au: DeadlineUnit | null;
    sa: number | null;
    su: DeadlineUnit | null;
  }[];
  const values = readSettingValues(db);
  return {
    orgName: readDesk(db).orgName ?? '',
    sites: sites.map(({ workDays, workStart, workEnd, observesHolidays, ...s }) => ({
      ...s,
      active: bool(s.active),
      week: weekOf({ workDays, workStart, workEnd, observesHolidays }, values),
    })),
    departments: departments.map((d) => ({ ...d, active: bool(d.active) })),
    categories: categories.map((c) => ({ ...c, active: bool(c.active) })),
    staff: staff.map((s) => ({ ...s, active: bool(s.active) })),
    deadlineRules: rules.map((r) => ({
      id: r.id,
      nature: r.nature,
      category: r.category,
      clock: r.clock === 'elapsed' ? 'elapsed' : 'working',
      response: r.ra && r.ru ? { amount: r.ra, unit: r.ru } : null,
      acceptance: r.aa && r.au ? { amount: r.aa, unit: r.au } : null,
      resolution: r.sa && r.su ? { amount: r.sa, unit: r.su } : null,
    })),
    values,
    rolePermissions: Object.fromEntries(Object.entries(rolePermissions(db)).map(([role, held]) => [role, [...held]])) as OrgSettings['rolePermissions'],
  };
}

/** The defaults every new organisation starts with (called inside the setup transaction). */
export function installDefaults(db: Db, writer: Writer): void {
  for (const category of DEFAULT_CATEGORIES) {
    recordEntityUpdate(db, writer, 'category', category.id, { sort: category.sort, active: true });
  }
  for (const department of DEFAULT_DEPARTMENTS) {
    recordEntityUpdate(db, writer, 'department', department.id, { name: department.name, sort: department.sort, active: true });
  }
  for (const rule of DEFAULT_DEADLINE_RULES) {
    recordEntityUpdate(db, writer, 'deadline_rule', rule.id, {
      nature: rule.nature,
      category: rule.category,
      responseAmount: rule.response.amount,
      responseUnit: rule.response.unit,
      acceptanceAmount: rule.acceptance.amount,
      acceptanceUnit: rule.acceptance.unit,
      resolutionAmount: rule.resolution.amount,
      resolutionUnit: rule.resolution.unit,
    });
  }
}

function inTransaction<T>(ctx: CoreContext, work: (writer: Writer) => T): T {
  const writer = writerFor(ctx);
  return ctx.db.transaction(() => work(writer))();
}

export function saveSite(ctx: CoreContext, input: z.output<typeof saveSiteSchema>): OrgSettings {
  inTransaction(ctx, (writer) =>
    recordEntityUpdate(ctx.db, writer, 'site', input.id ?? newId(), {
      name: input.name,
      sort: input.sort,
      active: input.active,
      ...(input.week === undefined ? {} : weekColumns(input.week)),
    }),
  );
  return readOrgSettings(ctx.db);
}

export function saveDepartment(ctx: CoreContext, input: z.output<typeof saveDepartmentSchema>): OrgSettings {
  inTransaction(ctx, (writer) => {
    if (input.headUserId && !ctx.db.prepare('SELECT 1 FROM users WHERE id = ?').get(input.headUserId)) {
      throw fieldError('headUserId', 'errors.unknownPerson', 'No such person');
    }
    recordEntityUpdate(ctx.db, writer, 'department', input.id ?? newId(), {
      name: input.name,
      headUserId: input.headUserId,
      sort: input.sort,
      active: input.active,
    });
  });
  return readOrgSettings(ctx.db);
}

export function saveCategory(ctx: CoreContext, input: z.output<typeof saveCategorySchema>): OrgSettings {
  inTransaction(ctx, (writer) => {
    if (!input.id && !input.name) throw fieldError('name', 'errors.required', 'A new category needs a name');
    recordEntityUpdate(ctx.db, writer, 'category', input.id ?? newId(), { name: input.name, sort: input.sort, active: input.active });
  });
  return readOrgSettings(ctx.db);
}

export function saveDeadlineRule(ctx: CoreContext, input: z.output<typeof saveDeadlineRuleSchema>): OrgSettings {
  inTransaction(ctx, (writer) => {
    if (input.category !== '*' && !ctx.db.prepare('SELECT 1 FROM categories WHERE id = ?').get(input.category)) {
      throw fieldError('category', 'errors.unknownCategory', 'No such category');
    }
    recordEntityUpdate(ctx.db, writer, 'deadline_rule', input.id ?? newId(), {
      nature: input.nature,
      category: input.category,
      clock: input.clock,
      responseAmount: input.response?.amount ?? null,
      responseUnit: input.response?.unit ?? null,
      acceptanceAmount: input.acceptance?.amount ?? null,
      acceptanceUnit: input.acceptance?.unit ?? null,
      resolutionAmount: input.resolution?.amount ?? null,
      resolutionUnit: input.resolution?.unit ?? null,
      deleted: false,
    });
  });
  return readOrgSettings(ctx.db);
}

export function deleteDeadlineRule(ctx: CoreContext, ruleId: string): OrgSettings {
  inTransaction(ctx, (writer) => {
    if (!ctx.db.prepare('SELECT 1 FROM deadline_rules WHERE id = ?').get(ruleId)) throw new DomainError('NOT_FOUND', 'No such rule');
    recordEntityUpdate(ctx.db, writer, 'deadline_rule', ruleId, { deleted: true });
  });
  return readOrgSettings(ctx.db);
}

/** Nobody raises their own role, and the last active manager is neither demoted nor deactivated. */
function assertStaffChangeAllowed(ctx: CoreContext, input: z.output<typeof updateStaffSchema>, current: { role: Role; active: number }): void {
  if (input.id === ctx.session.userId && input.role !== undefined && input.role !== current.role) {
    throw new DomainError('NOT_PERMITTED', 'Nobody changes their own role: ask another manager');
  }
  const losesManager =
    current.role === 'manager' && current.active === 1 && ((input.role !== undefined && input.role !== 'manager') || input.active === false);
  if (!losesManager) return;
  const otherManagers = ctx.db
    .prepare(`SELECT count(*) FROM users WHERE role = 'manager' AND active = 1 AND deleted = 0 AND id <> ?`)
    .pluck()
    .get(input.id) as number;
  if (otherManagers === 0) throw fieldError(input.role !== undefined ? 'role' : 'active', 'errors.lastManager', 'The last active manager stays a manager');
}

export function updateStaff(ctx: CoreContext, input: z.output<typeof updateStaffSchema>): OrgSettings {
  inTransaction(ctx, (writer) => {
    const current = ctx.db.prepare('SELECT role, active FROM users WHERE id = ? AND deleted = 0').get(input.id) as
      | { role: Role; active: number }
      | undefined;
    if (!current) throw new DomainError('NOT_FOUND', 'No such person');
    assertStaffChangeAllowed(ctx, input, current);
    if (input.departmentId && !ctx.db.prepare('SELECT 1 FROM departments WHERE id = ?').get(input.departmentId)) {
      throw fieldError('departmentId', 'errors.unknownDepartment', 'No such department');
    }
    if (input.name && ctx.db.prepare('SELECT 1 FROM users WHERE name = ? AND id <> ?').get(input.name, input.id)) {
      throw new DomainError('DUPLICATE_NAME', `There is already a person called ${input.name}`);
    }
    const values: Record<string, string | boolean | null> = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.role !== undefined) values.role = input.role;
    if (input.departmentId !== undefined) values.departmentId = input.departmentId;
    if (input.active !== undefined) values.active = input.active;
    recordEntityUpdate(ctx.db, writer, 'user', input.id, values);
  });
  return readOrgSettings(ctx.db);
}

/** A role's permissions as the office wants them; the manager always keeps what running the office needs. */
export function saveRolePermissions(ctx: CoreContext, table: Partial<Record<Role, readonly Permission[]>>): OrgSettings {
  inTransaction(ctx, (writer) => {
    const merged = { ...rolePermissions(ctx.db), ...table };
    const kept = effectiveRolePermissions(merged);
    recordEntityUpdate(ctx.db, writer, 'setting', ROLE_PERMISSIONS_SETTING, { value: JSON.stringify(kept) });
  });
  return readOrgSettings(ctx.db);
}

export function saveSettingValues(ctx: CoreContext, values: Partial<SettingValues>): OrgSettings {
  inTransaction(ctx, (writer) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      recordEntityUpdate(ctx.db, writer, 'setting', key, { value: JSON.stringify(value) });
    }
  });
  return readOrgSettings(ctx.db);
}
