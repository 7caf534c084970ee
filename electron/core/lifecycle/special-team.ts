/**
 * The special team (专项小组, seed 004): for a major complaint, the leadership sets up a team (a
 * leader, people and departments) with a plan; the plan's measures each have a person who answers
 * for it and a deadline, and are tracked until done, like follow-ups. Members and measures are
 * synced records of their own; the leader is a field of the case.
 */
import type { Measure, Team } from '../../../shared/schemas/lifecycle';
import type { TeamMemberKind } from '../../../shared/domain';
import { recordChanges, recordEntityUpdate, type Writer } from '../changes/change-log';
import { deleteEntity } from '../changes/delete-entity';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { readSettingValues } from '../settings/setting-values';
import { whenDone } from './when-done';
import { assertKnownDepartments, assertKnownPeople } from '../cases/entry-checks';

const HOUR = 3_600_000;

export interface TeamMembers {
  people: readonly string[];
  departments: readonly string[];
}

/** Checks the people and departments named exist, before anything is written. */
export function assertTeamMembers(db: Db, members: TeamMembers): void {
  assertKnownPeople(db, members.people, 'memberIds');
  assertKnownDepartments(db, members.departments, 'memberDepartmentIds');
}

/** Makes the case's team exactly these members: those no longer named leave, the new ones join; the rest stay as they were. */
export function writeTeamMembers(db: Db, writer: Writer, caseId: string, members: TeamMembers, now: number): void {
  const wanted = new Map<string, TeamMemberKind>([
    ...members.people.map((id) => [id, 'person'] as const),
    ...members.departments.map((id) => [id, 'department'] as const),
  ]);
  const current = db
    .prepare('SELECT id, member_kind AS kind, member_id AS memberId FROM team_members WHERE case_id = ? AND deleted = 0')
    .all(caseId) as { id: string; kind: TeamMemberKind; memberId: string }[];
  for (const row of current) {
    if (wanted.get(row.memberId) === row.kind) wanted.delete(row.memberId);
    else deleteEntity(db, writer, 'team_member', row.id);
  }
  for (const [memberId, memberKind] of wanted) {
    recordChanges(db, writer, 'team_member', newId(), [
      { field: 'caseId', value: caseId },
      { field: 'memberKind', value: memberKind },
      { field: 'memberId', value: memberId },
      { field: 'at', value: now },
      { field: 'userId', value: writer.userId },
    ]);
  }
}

type MeasureRow = Omit<Measure, 'state'>;

function measureState(row: MeasureRow, now: number, soonMs: number): Measure['state'] {
  if (row.doneAt !== null) return 'done';
  if (row.dueAt === null) return 'open';
  if (row.dueAt < now) return 'overdue';
  return row.dueAt - now <= soonMs ? 'due_soon' : 'open';
}

/** The case's team: its leader, members by name, and its measures in the order they fall due. */
export function readTeam(db: Db, caseId: string, now: number): Team {
  const leader = db
    .prepare('SELECT c.team_leader_id AS id, coalesce(u.name, \'\') AS name FROM cases c LEFT JOIN users u ON u.id = c.team_leader_id WHERE c.id = ?')
    .get(caseId) as { id: string | null; name: string } | undefined;
  if (!leader) throw new DomainError('NOT_FOUND', 'No such case');
  const members = db
    .prepare(
      `SELECT t.member_kind AS kind, t.member_id AS id, coalesce(u.name, d.name, '') AS name
         FROM team_members t LEFT JOIN users u ON t.member_kind = 'person' AND u.id = t.member_id
              LEFT JOIN departments d ON t.member_kind = 'department' AND d.id = t.member_id
        WHERE t.case_id = ? AND t.deleted = 0
        ORDER BY t.member_kind DESC, t.at, t.id`,
    )
    .all(caseId) as Team['members'];
  const rows = db
    .prepare(
      `SELECT m.id, m.case_id AS caseId, m.text, m.owner_id AS ownerId, coalesce(o.name, '') AS ownerName, m.due_at AS dueAt,
              m.done_at AS doneAt, m.done_note AS doneNote, coalesce(b.name, '') AS doneByName, m.at, coalesce(u.name, '') AS userName
         FROM measures m LEFT JOIN users o ON o.id = m.owner_id LEFT JOIN users b ON b.id = m.done_by LEFT JOIN users u ON u.id = m.user_id
        WHERE m.case_id = ? AND m.deleted = 0
        ORDER BY m.due_at IS NULL, m.due_at, m.at, m.id`,
    )
    .all(caseId) as MeasureRow[];
  const soonMs = readSettingValues(db).dueSoonHours * HOUR;
  return { leaderId: leader.id, leaderName: leader.name, members, measures: rows.map((row) => ({ ...row, state: measureState(row, now, soonMs) })) };
}

export interface MeasureInput {
  caseId: string;
  text: string;
  ownerId: string;
  dueAt: number;
}

/** A measure of the plan, with the person who answers for it and its deadline; only on a case that has a team. */
export function addMeasure(ctx: CoreContext, input: MeasureInput): Team {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    const kase = ctx.db.prepare('SELECT team_leader_id AS leaderId, status FROM cases WHERE id = ? AND deleted = 0').get(input.caseId) as
      | { leaderId: string | null; status: string }
      | undefined;
    if (!kase) throw new DomainError('NOT_FOUND', 'No such case');
    if (!kase.leaderId) throw new DomainError('INVALID_TRANSITION', 'Set up the special team before adding measures to its plan');
    if (kase.status === 'closed') throw new DomainError('INVALID_TRANSITION', 'The case is closed');
    assertKnownPeople(ctx.db, [input.ownerId], 'ownerId');
    if (input.dueAt < ctx.now()) throw fieldError('dueAt', 'errors.dueInPast', 'The deadline has passed already');
    recordChanges(ctx.db, writer, 'measure', newId(), [
      { field: 'caseId', value: input.caseId },
      { field: 'text', value: input.text },
      { field: 'ownerId', value: input.ownerId },
      { field: 'dueAt', value: input.dueAt },
      { field: 'doneAt', value: null },
      { field: 'doneNote', value: '' },
      { field: 'doneBy', value: null },
      { field: 'at', value: ctx.now() },
      { field: 'userId', value: writer.userId },
    ]);
  })();
  return readTeam(ctx.db, input.caseId, ctx.now());
}

/** A measure done: when (default now, never in the future, not before it was set), by whom, with a note. */
export function completeMeasure(ctx: CoreContext, input: { measureId: string; note: string; doneAt?: number | undefined }): Team {
  const writer = writerFor(ctx);
  const measure = ctx.db.prepare('SELECT case_id AS caseId, at, done_at AS doneAt FROM measures WHERE id = ? AND deleted = 0').get(input.measureId) as
    | { caseId: string; at: number; doneAt: number | null }
    | undefined;
  if (!measure) throw new DomainError('NOT_FOUND', 'No such measure');
  if (measure.doneAt !== null) throw new DomainError('INVALID_TRANSITION', 'This measure is done already');
  ctx.db.transaction(() => {
    recordEntityUpdate(ctx.db, writer, 'measure', input.measureId, {
      doneAt: whenDone(ctx.now(), input.doneAt, measure.at, 'doneAt'),
      doneNote: input.note,
      doneBy: writer.userId,
    });
  })();
  return readTeam(ctx.db, measure.caseId, ctx.now());
}
