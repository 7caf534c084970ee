/**
 * What a printed form knows about a case. The registration part comes from
 * what the core has today (CaseDetail, its change history, the organisation
 * name from the setup status). The later sections are optional and typed
 * here so the lifecycle and callback features can fill them as they land; a
 * form prints a section when it is present and empty boxes when it is not.
 */
import type { CaseDetail, ChangeEntry } from '../../../shared/contract';
import {
  SATISFACTION_LEVELS,
  type CallbackMethod,
  type Nature,
  type CommunicativeType as DomainCommunicativeType,
  type Satisfaction,
} from '../../../shared/domain';
import { PRINTED_FIELDS } from '../../../shared/vocabulary/case-fields';

export interface PrintOrganisation {
  name: string;
  /** An inline `data:image/...;base64,` logo; anything else is ignored. */
  logoDataUrl?: string;
}

/** The vocabulary's printed fields (case-fields.ts, `printed: true`), exactly as the contract types them. */
type PrintedField = 'number' | 'channel' | 'receivedAt' | 'complainantName' | 'phone' | 'email' | 'buildingRoom' | 'site' | 'content' | 'category' | 'nature' | 'deskCode' | 'createdAt';

export type PrintableRegistration = Pick<CaseDetail, PrintedField> & {
  /** Who registered it, by name. */
  createdByName: string;
  /** The category's name as the office calls it (Settings), when it renamed or added it. */
  categoryName?: string;
};

/** The codes a form prints, from the domain's own lists (a judged communicative type is never empty). */
export type CommunicativeType = Exclude<DomainCommunicativeType, ''>;
export type { CallbackMethod, Satisfaction };
export { SATISFACTION_LEVELS };

/** 性质判定 (seed 001): recorded on the follow-up form. */
export interface PrintJudgment {
  nature: Nature;
  communicative?: CommunicativeType;
  judgedAt?: number;
  judgedBy?: string;
  note?: string;
  /** What the complainant was told when the complaint is outside our responsibility. */
  invalidExplanation?: string;
  /** Who a major complaint was reported to (manager, general manager, company). */
  escalatedTo?: string;
}

/** 分派: who handles it and by when; printed on the handling form. */
export interface PrintDispatch {
  department: string;
  person?: string;
  dispatchedAt?: number;
  dispatchedBy?: string;
  deadline?: number;
  instructions?: string;
}

export interface PrintFollowup {
  at: number;
  /** A lifecycle kind code (`contact`, `remedy` ...) or a label of its own. */
  kind?: string;
  text: string;
  by?: string;
}

export interface PrintHandlingResult {
  summary: string;
  completedAt?: number;
  handledBy?: string;
}

export interface PrintCallback {
  at: number;
  method?: CallbackMethod;
  by?: string;
  comment?: string;
  satisfaction?: Satisfaction;
  /** When unsatisfied: what must be put right and by when (seed 001 2.7.8). */
  rectification?: { requirement: string; deadline?: number };
}

/** 工程整改通知单 to a construction contractor (seed 003). */
export interface PrintRectificationNotice {
  noticeNumber?: string;
  contractor: string;
  project: string;
  /** Defaults to the case's building/room. */
  location?: string;
  contact?: string;
  issue: string;
  requirements?: string;
  requiredBy?: number;
  /** When the contractor must be on site (seed 003: four hours after the notice). */
  onSiteBy?: number;
  issuedAt?: number;
  issuedBy?: string;
  /** Seed 003: not less than 5000 yuan; an office may set more. */
  minimumFineYuan?: number;
}

/** 罚款单 (seed 003): raised from a rectification notice, signed by the coordinator, copied to the departments that settle it. */
export interface PrintFine {
  contractor: string;
  noticeNumber: string;
  /** The conditions that hold, in words. */
  conditions: string[];
  amountYuan: number;
  reason: string;
  proposedBy: string;
  proposedAt: number;
  approvedBy?: string;
  approvedAt?: number;
  changeReason?: string;
  copiesTo: string[];
}

/** The acknowledgement slip's own facts: when the customer may expect an answer. */
export interface PrintAcknowledgement {
  expectedBy?: number;
}

export interface PrintableCase {
  organisation: PrintOrganisation;
  registration: PrintableRegistration;
  judgment?: PrintJudgment;
  dispatch?: PrintDispatch;
  followups?: PrintFollowup[];
  handlingResult?: PrintHandlingResult;
  callbacks?: PrintCallback[];
  rectification?: PrintRectificationNotice;
  fine?: PrintFine;
  acknowledgement?: PrintAcknowledgement;
}

/** A form with nothing filled in, to write on by hand when the PC is down. */
export interface BlankForm {
  blank: true;
  organisation: PrintOrganisation;
}

export type FormData = PrintableCase | BlankForm;

export function isBlank(data: FormData): data is BlankForm {
  return 'blank' in data && data.blank;
}

export interface PrintableCaseSource {
  detail: CaseDetail;
  history: readonly ChangeEntry[];
  orgName: string;
  logoDataUrl?: string;
  /** The category's name in the office's Settings, when it has one of its own. */
  categoryName?: string;
  /** Sections other features fill; passed through as they are. */
  sections?: Omit<PrintableCase, 'organisation' | 'registration'>;
}

/**
 * Builds the printable case from the core's answers to `cases.get`,
 * `cases.history` and `setup.status`. Until the lifecycle records judgments
 * of its own, the judgment is read from the history: the change that last
 * set the nature says who judged it and when.
 */
export function buildPrintableCase(source: PrintableCaseSource): PrintableCase {
  const { detail, history } = source;
  const registration: PrintableRegistration = {
    ...(Object.fromEntries(PRINTED_FIELDS.filter((field) => field !== 'createdBy').map((field) => [field, detail[field]])) as Pick<
      CaseDetail,
      PrintedField
    >),
    createdByName: detail.createdByName || detail.createdBy,
    ...(source.categoryName ? { categoryName: source.categoryName } : {}),
  };
  const organisation: PrintOrganisation = { name: source.orgName };
  if (source.logoDataUrl) organisation.logoDataUrl = source.logoDataUrl;
  const printable: PrintableCase = { organisation, registration, ...source.sections };
  if (!printable.judgment && detail.nature !== 'unjudged') {
    const natureChange = history.filter((entry) => entry.field === 'nature' && entry.value === detail.nature).at(-1);
    printable.judgment = natureChange
      ? { nature: detail.nature, judgedAt: natureChange.at, judgedBy: natureChange.userName }
      : { nature: detail.nature };
  }
  return printable;
}
