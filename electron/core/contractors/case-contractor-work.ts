import type { CaseContractorWork } from '../../../shared/schemas/contractors';
import type { Db } from '../db/connection';
import { listClaims } from './claims';
import { listFines } from './fines';
import { listNotices } from './notices';
import { listAttachments } from '../attachments/attachments';

/** What the case page shows of a case's dealings with contractors: its notices with their photos and fines, and its claims. */
export function caseContractorWork(db: Db, caseId: string, now: number): CaseContractorWork {
  const photos = listAttachments(db, caseId).filter((attachment) => attachment.noticeId !== null);
  return { notices: listNotices(db, caseId, now), fines: listFines(db, caseId), claims: listClaims(db, caseId), photos };
}
