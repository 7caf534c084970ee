/** 施工单位 and other outside parties (seed 003): who they are, whom to call, what they built; synced like the other lists. */
import type { Contractor } from '../../../shared/schemas/contractors';
import { recordEntityUpdate } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';

export function listContractors(db: Db): Contractor[] {
  const rows = db
    .prepare(
      `SELECT id, name, contact_person AS contactPerson, phones, scope, contract_number AS contractNumber, active
         FROM contractors WHERE deleted = 0 ORDER BY active DESC, name`,
    )
    .all() as (Omit<Contractor, 'active'> & { active: number })[];
  return rows.map((row) => ({ ...row, active: row.active === 1 }));
}

export interface ContractorInput {
  id?: string | undefined;
  name: string;
  contactPerson: string;
  phones: string;
  scope: string;
  contractNumber: string;
  active: boolean;
}

/** Adds a contractor, or changes one; two active contractors never share a name. */
export function saveContractor(ctx: CoreContext, input: ContractorInput): Contractor[] {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => {
    if (input.id && !ctx.db.prepare('SELECT 1 FROM contractors WHERE id = ? AND deleted = 0').get(input.id)) {
      throw new DomainError('NOT_FOUND', 'No such contractor');
    }
    const clash = ctx.db.prepare('SELECT 1 FROM contractors WHERE name = ? AND id <> ? AND deleted = 0').get(input.name, input.id ?? '');
    if (clash) throw fieldError('name', 'errors.duplicateName', `There is already a contractor called ${input.name}`);
    recordEntityUpdate(ctx.db, writer, 'contractor', input.id ?? newId(), {
      name: input.name,
      contactPerson: input.contactPerson,
      phones: input.phones,
      scope: input.scope,
      contractNumber: input.contractNumber,
      active: input.active,
    });
  })();
  return listContractors(ctx.db);
}

/**
 * The contractor a record names must exist. A new notice's must still be active too; a claim may name one
 * no longer engaged (the work it is about was done while it was).
 */
export function assertContractor(db: Db, contractorId: string, options: { mustBeActive: boolean }): void {
  const row = db.prepare('SELECT active FROM contractors WHERE id = ? AND deleted = 0').get(contractorId) as { active: number } | undefined;
  if (!row) throw fieldError('contractorId', 'errors.unknownContractor', 'No such contractor');
  if (options.mustBeActive && row.active !== 1) {
    throw fieldError('contractorId', 'errors.contractorInactive', 'This contractor is no longer active: choose another');
  }
}
