import type { CommonErrorCode } from "../../shared/user-error";
import { amountOutOfRange } from "../../shared/money";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import type { Recorder } from "../../events/command";
import { fail, failure, ok, type Failure, type Result } from "../../shared/result";
import { idOf } from "../../shared/global-id";
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { formatDate, formatOre } from "../../shared/format-no";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { CaseStatus, CLOSED_STATUSES, CollectionStepKind } from "../cases/case.rules";
import { CollectionCase } from "../cases/collection-case.entity";
import { findVisibleCase } from "../cases/case.service";
import { CollectionStep } from "../cases/money.entities";
import { loadDocumentsForAttachment } from "../documents/documents.service";
import { Objection } from "../objections/objection.entity";
import { ObjectionStatus } from "../objections/objection.rules";
import { escalateObjection } from "../objections/objection.service";
import { DebtorKind } from "../parties/debtor.entity";
import { ConciliationBoard } from "../register/conciliation-board.entity";
import { Municipality } from "../register/municipality.entity";
import { isOutsideMainland, venueCheck } from "../register/postal-code.rules";
import { attendanceDuty, type AttendanceInput } from "./attendance.rules";
import { buildClaim, type ClaimErrorCode, type ConciliationClaim, type ExtraFee } from "./claim.rules";
import { LegalTable, type LegalTables } from "../legal-tables/legal-table.rules";
import { loadLegalTables } from "../legal-tables/legal-table.service";
import {
  assessEligibility,
  type CaseCategory,
  type Eligibility,
  type EligibilityReasonCode,
  type Instance,
} from "./eligibility.rules";
import {
  ConciliationCase,
  ConciliationStatus,
  HearingAttendance,
  OPEN_CONCILIATION_STATUSES,
  PartyRole,
} from "./conciliation-case.entity";

export type ConciliationErrorCode =
  | "UNKNOWN_CASE"
  | "UNKNOWN_CONCILIATION_CASE"
  | "CASE_CLOSED"
  | "CONCILIATION_ALREADY_OPEN"
  | "CASE_PAST_CONCILIATION"
  | "NOT_ELIGIBLE"
  | "NOTHING_OWED"
  | "NOT_DUE"
  | "INVALID_DATE"
  | "DATE_IN_FUTURE"
  | "DATE_OUT_OF_ORDER"
  | "INVALID_AMOUNT"
  | "MISSING_FIELD"
  | "UNKNOWN_BOARD"
  | "NO_BOARD_FOR_KOMMUNE"
  | "OUTSIDE_MAINLAND"
  | "UNKNOWN_DOCUMENT"
  | "WRONG_STATUS"
  | "DUPLICATE_PARTY"
  | "NO_RATE_IN_FORCE"
  | "NO_FEE_IN_FORCE"
  | "NOT_B2B"
  | CommonErrorCode;

/** A userError that may also carry the § 6-2 reason and the instance to use instead. */
export interface ConciliationFailure extends Failure<ConciliationErrorCode> {
  eligibilityReason?: EligibilityReasonCode | null;
  instance?: Instance | null;
}

type R<T> = Result<T, ConciliationErrorCode>;

const unknownCase = () =>
  failure(
    "UNKNOWN_CASE" as const,
    ["input", "caseId"],
    "No such case for this API key: use an id from the cases query.",
  );
const unknownConciliation = (field = "id") =>
  failure(
    "UNKNOWN_CONCILIATION_CASE" as const,
    ["input", field],
    "No such conciliation case for this API key: use an id from the conciliationCases query or Case.conciliationCase.",
  );
const badDate = (field: string) =>
  failure("INVALID_DATE" as const, ["input", field], `${field} must be a calendar date as YYYY-MM-DD.`);

/** A conciliation case the caller may see, by global id; null for unknown ids and other tenants' alike. */
export async function findVisibleConciliationCase(
  em: EntityManager,
  auth: Auth,
  globalId: string,
): Promise<ConciliationCase | null> {
  const id = idOf(globalId, "ConciliationCase");
  if (id === undefined) return null;
  const cc = await em.findOne(ConciliationCase, { id }, { populate: ["case", "board"] });
  return cc && canSeeCreditor(auth, cc.creditor.id) ? cc : null;
}

/** The open conciliation case of a collection case, if any. */
export function findOpenConciliationCase(em: EntityManager, c: CollectionCase): Promise<ConciliationCase | null> {
  return em.findOne(ConciliationCase, { case: c, status: { $in: [...OPEN_CONCILIATION_STATUSES] } });
}

/** Øre in dispute (tvistesum, tvisteloven § 17-3): the principal less payments and credits; interest and costs do not count. */
export function disputedAmount(c: CollectionCase): number {
  return Math.max(0, c.principalAmount - c.paidAmount - c.creditedAmount);
}

export interface EligibilityQuestion {
  category: CaseCategory;
  claimantHasLawyer: boolean;
  debtorHasLawyer: boolean;
  bindingNemnd?: string | null;
  againstState?: boolean | null;
  statutoryExclusion?: string | null;
  filingDate: LocalDate;
}

export function eligibilityOf(
  c: CollectionCase,
  q: EligibilityQuestion,
  tables: LegalTables,
): Eligibility & { claimAmount: number } {
  const claimAmount = disputedAmount(c);
  const result = assessEligibility(
    {
      category: q.category,
      claimAmount,
      creditorHasLawyer: q.claimantHasLawyer,
      debtorHasLawyer: q.debtorHasLawyer,
      againstState: q.againstState ?? false,
      decidedByNemnd: q.bindingNemnd ?? null,
      statutoryExclusion: q.statutoryExclusion?.trim() || null,
      filingDate: q.filingDate,
    },
    {
      thresholdTable: tables[LegalTable.LAWYER_BYPASS_THRESHOLD].map((r) => ({
        validFrom: r.validFrom,
        lawyerBypassThreshold: r.value,
      })),
    },
  );
  return { ...result, claimAmount };
}

/** The forliksråd of the debtor's kommune, from the register; null when the kommune has none. */
export async function boardForDebtor(
  em: EntityManager,
  c: CollectionCase,
): Promise<{ board: ConciliationBoard | null; kommune: Municipality }> {
  await em.populate(c, ["debtor.municipality.board"]);
  const kommune = c.debtor.municipality;
  return { board: kommune.board ?? null, kommune };
}

async function boardById(em: EntityManager, globalId: string): Promise<ConciliationBoard | null> {
  const id = idOf(globalId, "ConciliationBoard");
  return id === undefined ? null : em.findOne(ConciliationBoard, { id });
}

function unknownBoard(boardId: string) {
  return failure(
    "UNKNOWN_BOARD" as const,
    ["input", "boardId"],
    `No forliksråd with id ${boardId}: search with conciliationBoards(search:) and use an id it returns.`,
  );
}

function statusFailure(c: CollectionCase, open: ConciliationCase | null): ConciliationFailure | null {
  if (CLOSED_STATUSES.has(c.status))
    return failure(
      "CASE_CLOSED",
      ["input", "caseId"],
      `The case is ${c.status} and closed: there is nothing to bring before the forliksråd.`,
    );
  if (open)
    return failure(
      "CONCILIATION_ALREADY_OPEN",
      ["input", "caseId"],
      `The case already has a forliksklage (${open.status}): go on with conciliation case ${open.globalId} instead of making another.`,
    );
  if (c.status === CaseStatus.JUDGMENT || c.status === CaseStatus.ENFORCEMENT) {
    return failure(
      "CASE_PAST_CONCILIATION",
      ["input", "caseId"],
      `The case is ${c.status}: a judgment is already registered; enforce it or close the case.`,
    );
  }
  if (c.status !== CaseStatus.ACTIVE && c.status !== CaseStatus.FROZEN) {
    return failure(
      "CASE_PAST_CONCILIATION",
      ["input", "caseId"],
      `The case is ${c.status}: a forliksklage can be made from an ACTIVE or FROZEN case.`,
    );
  }
  return null;
}

export interface ConciliationCreateInput {
  caseId: string;
  category: CaseCategory;
  factualDescription: string;
  /** Øre. */
  legalCostsRequested: number;
  requestJudgmentInAbsence: boolean;
  claimStandardCompensation?: boolean | null;
  filingDate?: string | null;
  documentIds?: string[] | null;
  boardId?: string | null;
  againstState?: boolean | null;
  transferredFromEnforcement?: boolean | null;
  bindingNemnd?: string | null;
  statutoryExclusion?: string | null;
}

const STEP_LABEL: Record<CollectionStepKind, string> = {
  [CollectionStepKind.COLLECTION_NOTICE]: "Inkassovarsel",
  [CollectionStepKind.PAYMENT_DEMAND]: "Betalingsoppfordring",
};

/**
 * The claim of a case filed on `filingDate`. Payments and credits so far reduce the principal (which keeps the claim
 * on the safe side: interest on the paid part up to its payment day is not claimed); collection fees are claimed as
 * incurred.
 */
export async function claimFor(
  em: EntityManager,
  c: CollectionCase,
  tables: LegalTables,
  input: {
    filingDate: LocalDate;
    legalCosts: number;
    requestJudgmentInAbsence: boolean;
    claimStandardCompensation?: boolean | null;
    today: LocalDate;
  },
): Promise<Result<ConciliationClaim, ClaimErrorCode>> {
  await em.populate(c, ["invoice", "debtor"]);
  const steps = await em.find(CollectionStep, { case: c }, { orderBy: { sentOn: "asc", id: "asc" } });
  const extraFees: ExtraFee[] = steps
    .filter((s) => s.fee > 0)
    .map((s) => ({ label: `${STEP_LABEL[s.kind]} ${formatDate(s.sentOn)}`, amount: s.fee }));
  return buildClaim(
    {
      principal: disputedAmount(c),
      dueDate: c.invoice.dueDate,
      filingDate: input.filingDate,
      legalCosts: input.legalCosts,
      extraFees,
      requestJudgmentInAbsence: input.requestJudgmentInAbsence,
      debtorIsBusiness: c.debtor.kind === DebtorKind.ORGANISATION,
      claimStandardCompensation: input.claimStandardCompensation ?? false,
      today: input.today,
    },
    tables,
  );
}

export interface Deps {
  today: LocalDate;
}

export async function createConciliationCase(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: ConciliationCreateInput,
  deps: Deps,
): Promise<R<ConciliationCase>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return fail(unknownCase());
  const blocked = statusFailure(c, await findOpenConciliationCase(em, c));
  if (blocked) return fail(blocked);

  const errors: ConciliationFailure[] = [];
  const filingDate = input.filingDate ?? deps.today;
  if (!isLocalDate(filingDate)) errors.push(badDate("filingDate"));
  else if (filingDate <= c.invoice.dueDate) {
    errors.push(
      failure(
        "NOT_DUE",
        ["input", "filingDate"],
        `The invoice falls due on ${c.invoice.dueDate}: file the forliksklage after that date.`,
      ),
    );
  }
  const factualDescription = input.factualDescription.trim();
  if (factualDescription.length < 10)
    errors.push(
      failure(
        "MISSING_FIELD",
        ["input", "factualDescription"],
        "Describe the facts in a few sentences (at least 10 characters): what was delivered, when, and that it is unpaid.",
      ),
    );
  if (!Number.isSafeInteger(input.legalCostsRequested) || input.legalCostsRequested < 0) {
    errors.push(
      failure(
        "INVALID_AMOUNT",
        ["input", "legalCostsRequested"],
        "Legal costs must be a whole number of øre, 0 or more.",
      ),
    );
  }
  if (c.outstandingAmount <= 0 || disputedAmount(c) <= 0)
    errors.push(
      failure(
        "NOTHING_OWED",
        ["input", "caseId"],
        "Nothing is owed on the case: there is no claim to bring before the forliksråd.",
      ),
    );

  const tables = await loadLegalTables(em);
  const eligibility = eligibilityOf(
    c,
    {
      category: input.category,
      claimantHasLawyer: false,
      debtorHasLawyer: false,
      bindingNemnd: input.bindingNemnd,
      againstState: input.againstState,
      statutoryExclusion: input.statutoryExclusion,
      filingDate: isLocalDate(filingDate) ? filingDate : deps.today,
    },
    tables,
  );
  for (const reason of eligibility.reasons) {
    errors.push({
      ...failure("NOT_ELIGIBLE", ["input", "category"], `${reason.code}: ${reason.message}`),
      eligibilityReason: reason.code,
      instance: eligibility.instance,
    });
  }

  let board: ConciliationBoard | null = null;
  if (input.boardId) {
    board = await boardById(em, input.boardId);
    if (!board) errors.push(unknownBoard(input.boardId));
  } else {
    const found = await boardForDebtor(em, c);
    board = found.board;
    if (!board && isOutsideMainland(found.kommune.code)) {
      errors.push(
        failure(
          "OUTSIDE_MAINLAND",
          ["input", "boardId"],
          venueCheck({ kommunenummer: found.kommune.code, postalCode: "", country: "NO" }, null)!.message,
        ),
      );
    } else if (!board) {
      errors.push(
        failure(
          "NO_BOARD_FOR_KOMMUNE",
          ["input", "boardId"],
          `The register has no forliksråd for the debtor's kommune ${found.kommune.code} ${found.kommune.name}: choose one with boardId (search conciliationBoards), or add it to the register.`,
        ),
      );
    }
  }

  let given: number[] = [];
  if (input.documentIds?.length) {
    const docs = await loadDocumentsForAttachment(em, auth, c.creditor.id, input.documentIds);
    if (docs.ok) given = docs.value.map((d) => d.id);
    else errors.push(...docs.errors);
  }
  if (errors.length > 0) return fail(...errors);

  // the forliksklage answers the debtor's open objections: they are escalated, and their documents attached
  const live = await em.find(
    Objection,
    { case: c, status: { $in: [ObjectionStatus.OPEN, ObjectionStatus.ESCALATED] } },
    { orderBy: { id: "asc" }, populate: ["documents"] },
  );
  const open = live.filter((o) => o.status === ObjectionStatus.OPEN);
  for (const o of open) {
    const escalated = await escalateObjection(em, rec, auth, o.globalId);
    if (!escalated.ok)
      throw new Error(`Could not escalate objection ${o.globalId}: ${escalated.errors.map((e) => e.code).join(", ")}`);
  }
  const objectionDocuments = live.flatMap((o) => o.documents.getItems().map((d) => d.id));
  // attachments: the invoice PDF when the accounting system sent one, the objections' documents, then those given
  const documentIds: number[] = [];
  for (const id of [...(c.invoice.pdfDocumentId ? [c.invoice.pdfDocumentId] : []), ...objectionDocuments, ...given])
    if (!documentIds.includes(id)) documentIds.push(id);

  const computed = await claimFor(em, c, tables, {
    filingDate,
    legalCosts: input.legalCostsRequested,
    requestJudgmentInAbsence: input.requestJudgmentInAbsence,
    claimStandardCompensation: input.claimStandardCompensation,
    today: deps.today,
  });
  if (!computed.ok) {
    return fail(
      ...computed.errors.map((e) =>
        failure(
          e.code,
          [
            "input",
            e.code === "NOT_B2B"
              ? "claimStandardCompensation"
              : e.code === "NO_RATE_IN_FORCE"
                ? "caseId"
                : "filingDate",
          ],
          e.message,
        ),
      ),
    );
  }
  const claim = computed.value;
  const range = amountOutOfRange(claim.total, ["input", "caseId"], "The claim with interest, fees and legal costs");
  if (range) return fail(range);
  const cc = new ConciliationCase(c, board!, {
    category: input.category,
    subject: `Krav om betaling av faktura nr. ${c.invoice.invoiceNumber}`,
    factualDescription,
    requestJudgmentInAbsence: input.requestJudgmentInAbsence,
    filingDate,
    claim,
  });
  cc.againstState = input.againstState ?? false;
  cc.transferredFromEnforcement = input.transferredFromEnforcement ?? false;
  cc.documentIds = documentIds;
  em.persist(cc);
  await em.flush();
  rec.record(c, {
    type: "conciliation.created",
    summary: `Forliksklage drafted for ${board!.name}: claim ${formatOre(claim.total)}`,
    data: {
      conciliationCaseId: cc.globalId,
      boardId: board!.globalId,
      filingDate,
      total: claim.total,
      principal: claim.principal,
      interest: claim.interest.total,
      legalCostsClaimed: claim.legalCosts.claimed,
      escalatedObjectionIds: open.map((o) => o.globalId),
    },
  });
  return ok(cc);
}

async function openForUpdate(
  em: EntityManager,
  auth: Auth,
  id: string,
  allowed: readonly ConciliationStatus[],
  what: string,
): Promise<R<ConciliationCase>> {
  const cc = await findVisibleConciliationCase(em, auth, id);
  if (!cc) return fail(unknownConciliation());
  if (CLOSED_STATUSES.has(cc.case.status))
    return fail(
      failure(
        "CASE_CLOSED",
        ["input", "id"],
        `The case is ${cc.case.status} and closed: the forliksklage can no longer be changed.`,
      ),
    );
  if (!allowed.includes(cc.status))
    return fail(
      failure(
        "WRONG_STATUS",
        ["input", "id"],
        `The forliksklage is ${cc.status}; ${what} needs it ${allowed.join(" or ")}.`,
      ),
    );
  return ok(cc);
}

export async function changeBoard(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { conciliationCaseId: string; boardId: string },
): Promise<R<ConciliationCase>> {
  const cc = await findVisibleConciliationCase(em, auth, input.conciliationCaseId);
  if (!cc) return fail(unknownConciliation("conciliationCaseId"));
  if (cc.status !== ConciliationStatus.DRAFT) {
    return fail(
      failure(
        "WRONG_STATUS",
        ["input", "conciliationCaseId"],
        `The forliksklage is ${cc.status}: the forliksråd can be changed only on a DRAFT (before it is signed).`,
      ),
    );
  }
  const board = await boardById(em, input.boardId);
  if (!board) return fail(unknownBoard(input.boardId));
  const before = cc.board;
  cc.board = board;
  rec.record(cc.case, {
    type: "conciliation.board_changed",
    summary: `Forliksråd changed from ${before.name} to ${board.name}`,
    data: { conciliationCaseId: cc.globalId, from: before.globalId, to: board.globalId },
  });
  return ok(cc);
}

export async function markSigned(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { id: string; signedOn: string; signedBy: string },
  today: LocalDate,
): Promise<R<ConciliationCase>> {
  const found = await openForUpdate(em, auth, input.id, [ConciliationStatus.DRAFT], "recording the signature");
  if (!found.ok) return found;
  const cc = found.value;
  const errors: ConciliationFailure[] = [];
  const signedBy = input.signedBy.trim();
  if (signedBy.length < 2)
    errors.push(
      failure(
        "MISSING_FIELD",
        ["input", "signedBy"],
        "Give the name of the person who signed for the creditor, as written under the signature.",
      ),
    );
  if (!isLocalDate(input.signedOn)) errors.push(badDate("signedOn"));
  else if (input.signedOn > today)
    errors.push(
      failure(
        "DATE_IN_FUTURE",
        ["input", "signedOn"],
        `signedOn ${input.signedOn} is after today (${today}): record the signature once it is made.`,
      ),
    );
  if (errors.length > 0) return fail(...errors);
  cc.status = ConciliationStatus.SIGNED;
  cc.signedOn = input.signedOn;
  cc.signedBy = signedBy;
  rec.record(cc.case, {
    type: "conciliation.signed",
    summary: `Forliksklage signed by ${signedBy} on ${input.signedOn}`,
    data: { conciliationCaseId: cc.globalId, signedOn: input.signedOn, signedBy },
  });
  return ok(cc);
}

export async function markSent(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { id: string; sentOn: string },
  today: LocalDate,
): Promise<R<ConciliationCase>> {
  const found = await openForUpdate(em, auth, input.id, [ConciliationStatus.SIGNED], "recording that it was sent");
  if (!found.ok) return found;
  const cc = found.value;
  if (!isLocalDate(input.sentOn)) return fail(badDate("sentOn"));
  if (input.sentOn > today)
    return fail(
      failure(
        "DATE_IN_FUTURE",
        ["input", "sentOn"],
        `sentOn ${input.sentOn} is after today (${today}): record the posting once it is done.`,
      ),
    );
  if (input.sentOn < cc.signedOn!)
    return fail(
      failure(
        "DATE_OUT_OF_ORDER",
        ["input", "sentOn"],
        `sentOn ${input.sentOn} is before the forliksklage was signed (${cc.signedOn}): it is posted after signing.`,
      ),
    );
  const c = cc.case;
  if (c.status !== CaseStatus.ACTIVE && c.status !== CaseStatus.FROZEN) {
    return fail(
      failure(
        "WRONG_STATUS",
        ["input", "id"],
        `The case is ${c.status}: a forliksklage is sent from an ACTIVE or FROZEN case.`,
      ),
    );
  }
  cc.status = ConciliationStatus.SENT;
  cc.sentOn = input.sentOn;
  const wasFrozen = c.status === CaseStatus.FROZEN;
  c.frozenFromStatus = null;
  rec.transition(c, CaseStatus.IN_CONCILIATION, {
    type: "conciliation.sent",
    summary: `Forliksklage posted to ${cc.board.name} on ${input.sentOn}${wasFrozen ? " (ends the freeze)" : ""}`,
    data: { conciliationCaseId: cc.globalId, sentOn: input.sentOn, boardId: cc.board.globalId },
  });
  return ok(cc);
}

export interface RepresentativeInput {
  party: PartyRole;
  name: string;
  role: string;
}

/** The kommuner a board serves on a date, and every neighbour pair that touches them (register reference data). */
export async function boardArea(
  em: EntityManager,
  board: ConciliationBoard,
  date: LocalDate,
): Promise<Pick<AttendanceInput, "boardKommuner" | "neighbours">> {
  const served = await em.find(
    Municipality,
    { board, validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] },
    { orderBy: { code: "asc" }, populate: ["neighbours"] },
  );
  const neighbours = served.flatMap((m) => m.neighbours.getItems().map((n) => [m.code, n.code] as const));
  return { boardKommuner: [...new Set(served.map((m) => m.code))], neighbours };
}

export async function scheduleHearing(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { id: string; hearingDate: string; place: string; representatives?: RepresentativeInput[] | null },
): Promise<R<{ conciliationCase: ConciliationCase; attendance: HearingAttendance[] }>> {
  const found = await openForUpdate(
    em,
    auth,
    input.id,
    [ConciliationStatus.SENT, ConciliationStatus.HEARING_SCHEDULED],
    "scheduling a hearing",
  );
  if (!found.ok) return found;
  const cc = found.value;
  const errors: ConciliationFailure[] = [];
  if (!isLocalDate(input.hearingDate)) errors.push(badDate("hearingDate"));
  else if (input.hearingDate < cc.sentOn!)
    errors.push(
      failure(
        "DATE_OUT_OF_ORDER",
        ["input", "hearingDate"],
        `The hearing date ${input.hearingDate} is before the forliksklage was sent (${cc.sentOn}): give the date in the summons (innkalling).`,
      ),
    );
  const place = input.place.trim();
  if (place.length === 0)
    errors.push(
      failure("MISSING_FIELD", ["input", "place"], "Give the place of the hearing as the summons states it."),
    );
  const reps = input.representatives ?? [];
  const seen = new Set<PartyRole>();
  reps.forEach((r, i) => {
    if (seen.has(r.party))
      errors.push(
        failure(
          "DUPLICATE_PARTY",
          ["input", "representatives", String(i), "party"],
          `${r.party} is given twice: give one representative per party.`,
        ),
      );
    seen.add(r.party);
    if (r.name.trim().length === 0)
      errors.push(
        failure("MISSING_FIELD", ["input", "representatives", String(i), "name"], "Give the representative's name."),
      );
    if (r.role.trim().length === 0)
      errors.push(
        failure(
          "MISSING_FIELD",
          ["input", "representatives", String(i), "role"],
          "Give the representative's role, e.g. daglig leder, stedfortreder or advokat.",
        ),
      );
  });
  if (errors.length > 0) return fail(...errors);

  const c = cc.case;
  await em.populate(c, ["creditor.municipality", "debtor.municipality"]);
  const base = await boardArea(em, cc.board, input.hearingDate);
  if (base.boardKommuner.length === 0) {
    return fail(
      failure(
        "NO_BOARD_FOR_KOMMUNE",
        ["input", "id"],
        `The register lists no kommune served by ${cc.board.name}: record which kommuner it serves before scheduling.`,
      ),
    );
  }
  const debtorKommune = c.debtor.municipality.code;
  const creditorKommune = c.creditor.municipality.code;
  const duties: [PartyRole, AttendanceInput][] = [
    [PartyRole.CREDITOR, { ...base, businessKommune: creditorKommune }],
    [
      PartyRole.DEBTOR,
      c.debtor.kind === DebtorKind.PERSON
        ? { ...base, homeKommune: debtorKommune }
        : { ...base, businessKommune: debtorKommune },
    ],
  ];
  const existing = await em.find(HearingAttendance, { conciliationCase: cc });
  const attendance = duties.map(([party, facts]) => {
    const duty = attendanceDuty(facts);
    let row = existing.find((a) => a.party === party);
    if (row) {
      row.duty = duty.duty;
      row.reasonCode = duty.reason.code;
      row.reason = duty.reason.message;
    } else {
      row = new HearingAttendance(cc, party, duty.duty, duty.reason.code, duty.reason.message);
      em.persist(row);
    }
    row.kommune = duty.kommune;
    const rep = reps.find((r) => r.party === party);
    row.representativeName = rep ? rep.name.trim() : null;
    row.representativeRole = rep ? rep.role.trim() : null;
    return row;
  });
  const rescheduled = cc.status === ConciliationStatus.HEARING_SCHEDULED;
  cc.status = ConciliationStatus.HEARING_SCHEDULED;
  cc.hearingDate = input.hearingDate;
  cc.hearingPlace = place;
  rec.record(c, {
    type: "conciliation.hearing_scheduled",
    summary: `${rescheduled ? "Hearing moved to" : "Hearing set for"} ${input.hearingDate} at ${place}`,
    data: {
      conciliationCaseId: cc.globalId,
      hearingDate: input.hearingDate,
      place,
      attendance: attendance.map((a) => ({
        party: a.party,
        duty: a.duty,
        reasonCode: a.reasonCode,
        kommune: a.kommune,
        representativeName: a.representativeName,
        representativeRole: a.representativeRole,
      })),
    },
  });
  return ok({ conciliationCase: cc, attendance });
}

export interface ConciliationFilter {
  status?: ConciliationStatus[] | null;
  caseId?: string | null;
  boardId?: string | null;
}

/** Keyset page of the caller's conciliation cases, oldest first. */
export async function listConciliationCases(
  em: EntityManager,
  auth: Auth,
  filter: ConciliationFilter,
  first: number,
  after?: string | null,
): Promise<Page<ConciliationCase>> {
  const where: FilterQuery<ConciliationCase> & Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  if (filter.boardId) where.board = idOf(filter.boardId, "ConciliationBoard") ?? 0;
  if (filter.status?.length) where.status = { $in: filter.status };
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  const rows = await em.find(ConciliationCase, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (cc) => cc.id);
}
