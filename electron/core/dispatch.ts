/**
 * Every call from the UI comes through here: an unknown channel or input
 * that fails its schema is answered with an error and never reaches the
 * core; a core refusal becomes its stable code; anything unexpected is
 * logged and answered as INTERNAL, so the app never crashes on a bad call.
 */
import { contract, isChannelName, type ChannelName } from '../../shared/contract';
import type { AppError, FieldIssue, Result } from '../../shared/result';
import type { CoreContext } from './context';
import { DomainError } from './errors';
import type { Handlers } from './handlers';
import { assertAccess } from './access/permission-check';

export interface DispatchOptions {
  /** Check outputs against the contract too (tests and development). */
  checkOutput?: boolean;
  log?: (message: string, error: unknown) => void;
}

function fail(error: AppError): Result<never> {
  return { ok: false, error };
}

function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // better-sqlite3 reports extended codes too (SQLITE_BUSY_SNAPSHOT, ...).
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function appError(error: DomainError): AppError {
  return {
    code: error.code,
    message: error.message,
    ...(error.issues ? { issues: error.issues } : {}),
    ...(error.details ? { details: error.details } : {}),
  };
}

function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export async function dispatch(
  handlers: Handlers,
  ctx: CoreContext,
  channel: unknown,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail({ code: 'UNKNOWN_CHANNEL', message: `No channel ${String(channel)}` });
  const schema = contract[channel];
  try {
    // Who may: checked here, before anything else, for every channel, whatever the UI offered
    // (shared/rules/permissions.ts). A person who may not gets no say about their input either.
    assertAccess(ctx, channel, rawInput);
  } catch (error) {
    if (error instanceof DomainError) return fail(appError(error));
    throw error;
  }
  const parsed = schema.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return fail({ code: 'VALIDATION', message: `Invalid input for ${channel}`, issues: toIssues(parsed.error.issues) });
  }
  try {
    const handler = handlers[channel] as (ctx: CoreContext, input: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    if (options.checkOutput) schema.output.parse(value);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof DomainError) return fail(appError(error));
    if (isDatabaseBusy(error)) {
      // The task thread holds the write lock (a large import) for longer than the busy timeout: the call rolled back.
      return fail({ code: 'BUSY', message: 'The case book is busy with another write; nothing was saved' });
    }
    (options.log ?? console.error)(`channel ${channel as ChannelName} failed`, error);
    return fail({ code: 'INTERNAL', message: 'Something went wrong; nothing was saved.' });
  }
}
