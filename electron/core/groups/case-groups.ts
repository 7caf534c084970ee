/**
 * Group complaints (群诉, seed 001): several owners with the same concern,
 * linked so they are answered together by one meeting or a public notice.
 */
import type { CaseGroup } from '../../../shared/schemas/lifecycle';
import type { GroupResolutionKind } from '../../../shared/domain';
import { recordChanges, recordEntityUpdate } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { addFollowup } from '../followups/followups';
import { wordsZhCN } from '../../../shared/vocabulary/words.zh-CN';

interface GroupRow {
  id: string;
  title: string;
  resolutionKind: GroupResolutionKind;
  resolutionText: string;
  resolvedAt: number | null;
  createdAt: number;
}

const GROUP_COLUMNS = `id, title, resolution_kind AS resolutionKind, resolution_text AS resolutionText,
  resolved_at AS resolvedAt, created_at AS createdAt`;

function withCases(db: Db, group: GroupRow): CaseGroup {
  const caseIds = db.prepare('SELECT id FROM cases WHERE group_id = ? AND deleted = 0 ORDER BY received_at').pluck().all(group.id) as string[];
  return { ...group, caseIds };
}

export function getGroup(db: Db, id: string): CaseGroup {
  const row = db.prepare(`SELECT ${GROUP_COLUMNS} FROM case_groups WHERE id = ? AND deleted = 0`).get(id) as GroupRow | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'No such group');
  return withCases(db, row);
}

export function listGroups(db: Db): CaseGroup[] {
  const rows = db.prepare(`SELECT ${GROUP_COLUMNS} FROM case_groups WHERE deleted = 0 ORDER BY created_at DESC`).all() as GroupRow[];
  return rows.map((row) => withCases(db, row));
}

function assertCase(db: Db, caseId: string): void {
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ? AND deleted = 0').get(caseId)) throw new DomainError('NOT_FOUND', `No case ${caseId}`);
}

export function createGroup(ctx: CoreContext, title: string, caseIds: readonly string[]): CaseGroup {
  const writer = writerFor(ctx);
  const id = newId();
  ctx.db.transaction(() => {
    recordChanges(ctx.db, writer, 'case_group', id, [
      { field: 'title', value: title },
      { field: 'createdAt', value: ctx.now() },
    ]);
    for (const caseId of new Set(caseIds)) {
      assertCase(ctx.db, caseId);
      recordEntityUpdate(ctx.db, writer, 'case', caseId, { groupId: id });
    }
  })();
  return getGroup(ctx.db, id);
}

export function linkCase(ctx: CoreContext, groupId: string, caseId: string, linked: boolean): CaseGroup {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    getGroup(ctx.db, groupId);
    assertCase(ctx.db, caseId);
    const current = ctx.db.prepare('SELECT group_id FROM cases WHERE id = ?').pluck().get(caseId) as string | null;
    if (linked) recordEntityUpdate(ctx.db, writer, 'case', caseId, { groupId });
    else if (current === groupId) recordEntityUpdate(ctx.db, writer, 'case', caseId, { groupId: null });
  })();
  return getGroup(ctx.db, groupId);
}

/** Records the meeting or notice that answered the whole group, and puts it on every member's timeline as the result told. */
export function resolveGroup(ctx: CoreContext, groupId: string, kind: 'meeting' | 'public_notice', text: string): CaseGroup {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    const group = getGroup(ctx.db, groupId);
    recordEntityUpdate(ctx.db, writer, 'case_group', groupId, { resolutionKind: kind, resolutionText: text, resolvedAt: ctx.now() });
    const told = `${wordsZhCN.groupAnswer[kind]}：${text}`;
    for (const caseId of group.caseIds) {
      addFollowup(ctx, { caseId, kind: 'result_feedback', text: told, remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    }
  })();
  return getGroup(ctx.db, groupId);
}
