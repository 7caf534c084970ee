/**
 * An import projects the entities a file brings whole from the values it is
 * applying (sync/fresh-entities.ts) rather than reading them back. Those
 * rows must be exactly what the recorded changes say, also where the file
 * carries desks' disagreements, deletions and chains of edits.
 */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { addFollowup } from '../../../electron/core/followups/followups';
import { recordChanges, type JsonValue } from '../../../electron/core/changes/change-log';
import { deleteEntity } from '../../../electron/core/changes/delete-entity';
import { writerFor } from '../../../electron/core/context';
import { checkIntegrity } from '../../../electron/core/integrity';
import { listConflicts } from '../../../electron/core/sync/conflicts';
import type { Core } from '../../../electron/core/open-core';
import { buildCaseInput } from '../../factories/core';
import { openDesks, replicaState, sync } from '../../factories/replicas';

const edit = (core: Core, entity: 'case' | 'followup', id: string, field: string, value: JsonValue) =>
  core.db.transaction(() => recordChanges(core.db, writerFor(core), entity, id, [{ field, value }]))();

function conflictsOf(core: Core): string[] {
  return listConflicts(core.db)
    .map((c) => `${c.entity} ${c.entityId} ${c.field} ${c.candidates.map((v) => JSON.stringify(v.value)).sort().join(' | ')}`)
    .sort();
}

describe('projecting what an import brings whole', () => {
  it('gives a new desk the same rows and conflicts as the desk the file came from', () => {
    const [a, b, c] = openDesks(['A', 'B', 'C']);
    const shared = registerCase(a!.core, buildCaseInput({ complainantName: '王女士', content: '楼上漏水' }));
    const note = addFollowup(a!.core, { caseId: shared.id, kind: 'handling', text: '已派维修', remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    sync(a!.core, b!.core);
    // Both desks rename the complainant (a conflict); B also fixes the phone (merges silently).
    edit(a!.core, 'case', shared.id, 'complainantName', '王小姐');
    edit(b!.core, 'case', shared.id, 'complainantName', '汪女士');
    edit(b!.core, 'case', shared.id, 'phone', '13700001111');
    // A deletes the follow-up while B rewords it: an edit concurrent with a deletion.
    a!.core.db.transaction(() => deleteEntity(a!.core.db, writerFor(a!.core), 'followup', note.id))();
    edit(b!.core, 'followup', note.id, 'text', '已派维修,明日上门');
    // A case B edits three times over: each change supersedes the one before, all in one file.
    const local = registerCase(b!.core, buildCaseInput({ content: '电梯异响' }));
    for (const content of ['电梯异响,已报修', '电梯异响,已修复', '电梯异响,业主确认']) edit(b!.core, 'case', local.id, 'content', content);
    sync(b!.core, a!.core);

    // Desk C has none of it: every entity in A's file is new to it.
    const result = sync(a!.core, c!.core, { full: true });
    expect(result.newCases).toBe(2);
    expect(result.conflicts).toBe(2);
    expect(getCase(c!.core.db, local.id).content).toBe('电梯异响,业主确认');
    expect(getCase(c!.core.db, shared.id).phone).toBe('13700001111');
    expect(conflictsOf(c!.core)).toEqual(conflictsOf(a!.core));
    expect(conflictsOf(c!.core)).toHaveLength(2);
    const report = checkIntegrity(c!.core.db, c!.core.dataDir);
    expect(report.problems).toEqual([]);

    sync(c!.core, a!.core);
    expect(replicaState(c!.core.db)).toBe(replicaState(a!.core.db));
  });
});
