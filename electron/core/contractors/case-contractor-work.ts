import type { CaseContractorWork } from '../../../shared/schemas/contractors';
import type { Db } from '../db/connection';
import { listClaims } from './claims';
import { listFines } from './fines';
import { listNotices } from './notices';

/** What the case page shows of a case's dealings with contractors: its notices, their fines, and its claims. */
export function caseContractorWork(db: Db, caseId: string, now: number): CaseContractorWork {
  return { notices: listNotices(db, caseId, now), fines: listFines(db, caseId), claims: listClaims(db, caseId) };
}
