/**
 * Who is at the desk: signing in and out, passwords and one-time codes, the
 * people an administrator manages, the permission table, and the access
 * log (档案查询签阅). Passwords never come back out of the core.
 */
import { z } from 'zod';
import { ROLES } from '../domain';
import { PERMISSIONS } from '../rules/permissions';
import { epochMs, id, requiredLine } from './common';

/** At least six characters (seed 003 wants customer files kept safe; a PIN of four is guessed). */
export const PASSWORD_MIN = 6;
export const passwordSchema = z
  .string({ message: 'errors.required' })
  .min(1, 'errors.required')
  .min(PASSWORD_MIN, 'errors.passwordTooShort')
  .max(200, 'errors.tooLong');

export const personNameSchema = requiredLine(40);

/** A one-time code as handed out: eight letters and digits, typed in any case, with or without spaces. */
export const oneTimeCodeSchema = z
  .string({ message: 'errors.required' })
  .transform((code) => code.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{8}$/, 'errors.oneTimeCode'));

/** The roles that may administer an organisation at setup. */
export const ADMIN_ROLES = ['manager', 'general_manager'] as const;

export const signInSchema = z.object({ name: personNameSchema, password: z.string({ message: 'errors.required' }).min(1, 'errors.required').max(200) });
export const signInWithCodeSchema = z.object({ name: personNameSchema, code: oneTimeCodeSchema, newPassword: passwordSchema });
export const changePasswordSchema = z.object({ current: z.string().min(1, 'errors.required').max(200), next: passwordSchema });

export const sessionUserSchema = z.object({ id, name: z.string(), role: z.enum(ROLES) });
export type SessionUser = z.output<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  user: sessionUserSchema.nullable(),
  /** What the person signed in may do (empty when nobody is). */
  permissions: z.array(z.enum(PERMISSIONS)),
  /** Minutes without a key or a click before the screen locks. */
  idleLockMinutes: z.number().int(),
});
export type Session = z.output<typeof sessionSchema>;

/** A book from before accounts: who among its people is the administrator, with a password of their own. */
export const claimAdministratorSchema = z.object({ userId: id, password: passwordSchema });

export const addUserSchema = z.object({
  name: personNameSchema,
  role: z.enum(ROLES).default('receptionist'),
  departmentId: id.nullable().default(null),
});

/** A new person, or a reset password: the code the administrator hands over, shown once. */
export const oneTimeCodeResultSchema = z.object({ user: z.object({ id, name: z.string() }), code: z.string() });

export const rolePermissionsSchema = z.object(
  Object.fromEntries(ROLES.map((role) => [role, z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length)])) as Record<
    (typeof ROLES)[number],
    z.ZodArray<z.ZodEnum<{ [P in (typeof PERMISSIONS)[number]]: P }>>
  >,
);

export const ACCESS_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'view_case',
  'show_phone',
  'print',
  'export',
  'password_reset',
  'password_changed',
  'administrator_claimed',
  'backup_restored',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const accessLogQuerySchema = z.object({
  userId: id.optional(),
  caseId: id.optional(),
  actions: z.array(z.enum(ACCESS_ACTIONS)).max(ACCESS_ACTIONS.length).default([]),
  from: epochMs.optional(),
  to: epochMs.optional(),
  offset: z.number().int().min(0).max(100_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type AccessLogQuery = z.output<typeof accessLogQuerySchema>;

export const accessLogRowSchema = z.object({
  id,
  at: epochMs,
  action: z.enum(ACCESS_ACTIONS),
  userId: z.string().nullable(),
  userName: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string(),
  /** What was shown, printed or exported, or the name typed at a failed sign-in. */
  detail: z.string(),
  deskCode: z.string(),
});
export type AccessLogRow = z.output<typeof accessLogRowSchema>;
export const accessLogPageSchema = z.object({ rows: z.array(accessLogRowSchema), total: z.number().int() });
