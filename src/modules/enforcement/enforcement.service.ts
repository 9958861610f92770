import type { CommonErrorCode } from "../../shared/user-error";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import type { Recorder } from "../../events/command";
import { failure, fail, ok, type Failure, type Result } from "../../shared/result";
import { idOf } from "../../shared/global-id";
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { CLOSED_STATUSES } from "../cases/case.rules";
import { findVisibleCase } from "../cases/case.service";
import { ClaimOrigin, ClaimOriginatorKind } from "../cases/claim-origin";
import type { CollectionCase } from "../cases/collection-case.entity";
import type { Creditor } from "../parties/creditor.entity";
import { isValidOrgNumber } from "../parties/identifiers.rules";
import { DeductorKind, MeasureKind } from "../complaints/complaint.rules";
import { EnforcementMeasure, LienAssetKind, MeasureStatus } from "./enforcement-measure.entity";

export type EnforcementErrorCode =
  | "UNKNOWN_CASE"
  | "UNKNOWN_MEASURE"
  | "CASE_CLOSED"
  | "MISSING_FIELD"
  | "INVALID_ORG_NUMBER"
  | "INVALID_DATE"
  | "MISSING_DETAILS"
  | "UNEXPECTED_DETAILS"
  | "INVALID_PERIOD"
  | "MEASURE_ENDED"
  | "MEASURE_KIND_MISMATCH"
  | "ENFORCEMENT_CONCLUDED"
  | "ALREADY_SET"
  | "NOTHING_TO_UPDATE"
  | CommonErrorCode;

type Errors = Failure<EnforcementErrorCode>[];

/** Who acts and on which day, from the request. */
export interface Acting {
  actor: string;
  now: Date;
  /** The legal date today (Europe/Oslo). */
  today: LocalDate;
}

const unknownCase = () =>
  failure(
    "UNKNOWN_CASE" as const,
    ["input", "caseId"],
    "No such case for this API key: use an id from the cases query.",
  );
const closedCase = (c: CollectionCase, field: string[]) =>
  failure("CASE_CLOSED" as const, field, `The case is ${c.status} and closed: nothing more can be registered on it.`);

const KIND_NAME: Record<MeasureKind, string> = {
  [MeasureKind.DEDUCTION]: "Utleggstrekk",
  [MeasureKind.LIEN]: "Utleggspant",
};
const DEDUCTOR_NAME: Record<DeductorKind, string> = { [DeductorKind.EMPLOYER]: "employer", [DeductorKind.NAV]: "NAV" };

/** Checks a date field that must be a real date no later than today; pushes an INVALID_DATE error otherwise. */
function checkPastDate(errors: Errors, value: string, field: string[], today: LocalDate, what: string): boolean {
  if (!isLocalDate(value)) {
    errors.push(failure("INVALID_DATE", field, `${what} must be a calendar date as YYYY-MM-DD.`));
    return false;
  }
  if (value > today) {
    errors.push(
      failure(
        "INVALID_DATE",
        field,
        `${what} ${value} is in the future: give the day it happened (today is ${today}).`,
      ),
    );
    return false;
  }
  return true;
}

/** The case's claim origin as stored, or the creditor itself when none was recorded. */
export function effectiveClaimOrigin(
  c: Pick<CollectionCase, "claimOrigin">,
  creditor: Pick<Creditor, "name" | "orgNumber">,
): ClaimOrigin {
  return c.claimOrigin ?? new ClaimOrigin(ClaimOriginatorKind.CREDITOR, creditor.name, creditor.orgNumber);
}

export interface ClaimOriginData {
  caseId: string;
  originator: { kind: ClaimOriginatorKind; name: string; orgNumber?: string | null };
}

/** Records who created the claim (NRK, Lånekassen, Politiet, or the creditor). The same origin again changes nothing. */
export async function setClaimOrigin(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: ClaimOriginData,
): Promise<Result<CollectionCase, EnforcementErrorCode>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return fail(unknownCase());
  const errors: Errors = [];
  if (CLOSED_STATUSES.has(c.status)) errors.push(closedCase(c, ["input", "caseId"]));
  const name = input.originator.name.trim();
  if (!name)
    errors.push(
      failure(
        "MISSING_FIELD",
        ["input", "originator", "name"],
        "Give the name of the body that created the claim, e.g. NRK, Lånekassen or Politiet.",
      ),
    );
  const orgNumber = input.originator.orgNumber?.trim() || null;
  if (orgNumber !== null && !isValidOrgNumber(orgNumber)) {
    errors.push(
      failure(
        "INVALID_ORG_NUMBER",
        ["input", "originator", "orgNumber"],
        "The organisasjonsnummer must be 9 digits with a valid MOD11 check digit: check it in Brønnøysundregistrene, or leave it out.",
      ),
    );
  }
  if (errors.length > 0) return fail(...errors);

  const before = c.claimOrigin;
  if (before && before.kind === input.originator.kind && before.name === name && before.orgNumber === orgNumber)
    return ok(c);
  c.claimOrigin = new ClaimOrigin(input.originator.kind, name, orgNumber);
  rec.record(c, {
    type: "claim.origin_recorded",
    summary: `Claim origin recorded: ${name}${input.originator.kind === ClaimOriginatorKind.PUBLIC_BODY ? " (public body)" : " (creditor)"}`,
    data: {
      kind: input.originator.kind,
      name,
      orgNumber,
      previous: before ? { kind: before.kind, name: before.name, orgNumber: before.orgNumber } : null,
    },
  });
  return ok(c);
}

export interface MeasureRecordData {
  caseId: string;
  kind: MeasureKind;
  notifiedOn: string;
  letterDeadline?: string | null;
  deduction?: { deductor: DeductorKind; periodStart: string; periodEnd?: string | null } | null;
  lien?: {
    assetKind: LienAssetKind;
    assetDescription?: string | null;
    registeredOn: string;
    forcedSaleRequestedOn?: string | null;
  } | null;
}

export interface MeasureOutcome {
  measure: EnforcementMeasure;
  case: CollectionCase;
}

/** Records an utleggstrekk or utleggspant on a case; the sub-input of its kind is required, the other refused. */
export async function recordMeasure(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: MeasureRecordData,
): Promise<Result<MeasureOutcome, EnforcementErrorCode>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return fail(unknownCase());
  const errors: Errors = [];
  if (CLOSED_STATUSES.has(c.status)) errors.push(closedCase(c, ["input", "caseId"]));
  else if (c.enforcementConcludedOn) {
    errors.push(
      failure(
        "ENFORCEMENT_CONCLUDED",
        ["input", "caseId"],
        `Enforced collection on this case was concluded on ${c.enforcementConcludedOn}: no new measures can be recorded.`,
      ),
    );
  }
  const notifiedOk = checkPastDate(errors, input.notifiedOn, ["input", "notifiedOn"], acting.today, "notifiedOn");
  const letterDeadline = input.letterDeadline ?? null;
  if (letterDeadline !== null) {
    if (!isLocalDate(letterDeadline))
      errors.push(
        failure("INVALID_DATE", ["input", "letterDeadline"], "letterDeadline must be a calendar date as YYYY-MM-DD."),
      );
    else if (notifiedOk && letterDeadline < input.notifiedOn) {
      errors.push(
        failure(
          "INVALID_DATE",
          ["input", "letterDeadline"],
          `The letter's deadline ${letterDeadline} is before the notification on ${input.notifiedOn}: check both dates.`,
        ),
      );
    }
  }

  const { deduction, lien } = input;
  if (input.kind === MeasureKind.DEDUCTION) {
    if (lien)
      errors.push(
        failure(
          "UNEXPECTED_DETAILS",
          ["input", "lien"],
          "A DEDUCTION (utleggstrekk) has no lien details: leave lien out, or record a LIEN instead.",
        ),
      );
    if (!deduction) {
      errors.push(
        failure(
          "MISSING_DETAILS",
          ["input", "deduction"],
          "Give deduction { deductor, periodStart, periodEnd? } for an utleggstrekk.",
        ),
      );
    } else {
      const startOk = isLocalDate(deduction.periodStart);
      if (!startOk)
        errors.push(
          failure(
            "INVALID_DATE",
            ["input", "deduction", "periodStart"],
            "periodStart must be a calendar date as YYYY-MM-DD.",
          ),
        );
      const end = deduction.periodEnd ?? null;
      if (end !== null) {
        if (!isLocalDate(end))
          errors.push(
            failure(
              "INVALID_DATE",
              ["input", "deduction", "periodEnd"],
              "periodEnd must be a calendar date as YYYY-MM-DD.",
            ),
          );
        else if (startOk && end < deduction.periodStart) {
          errors.push(
            failure(
              "INVALID_PERIOD",
              ["input", "deduction", "periodEnd"],
              `The period ends (${end}) before it starts (${deduction.periodStart}): give an end on or after the start, or leave it out.`,
            ),
          );
        }
      }
    }
  } else {
    if (deduction)
      errors.push(
        failure(
          "UNEXPECTED_DETAILS",
          ["input", "deduction"],
          "A LIEN (utleggspant) has no deduction details: leave deduction out, or record a DEDUCTION instead.",
        ),
      );
    if (!lien) {
      errors.push(
        failure(
          "MISSING_DETAILS",
          ["input", "lien"],
          "Give lien { assetKind, registeredOn, forcedSaleRequestedOn? } for an utleggspant.",
        ),
      );
    } else {
      const registeredOk = checkPastDate(
        errors,
        lien.registeredOn,
        ["input", "lien", "registeredOn"],
        acting.today,
        "registeredOn",
      );
      const requested = lien.forcedSaleRequestedOn ?? null;
      if (
        requested !== null &&
        checkPastDate(
          errors,
          requested,
          ["input", "lien", "forcedSaleRequestedOn"],
          acting.today,
          "forcedSaleRequestedOn",
        ) &&
        registeredOk &&
        requested < lien.registeredOn
      ) {
        errors.push(
          failure(
            "INVALID_DATE",
            ["input", "lien", "forcedSaleRequestedOn"],
            `A forced sale cannot be requested (${requested}) before the lien was registered (${lien.registeredOn}): check both dates.`,
          ),
        );
      }
    }
  }
  if (errors.length > 0) return fail(...errors);

  const measure = new EnforcementMeasure({
    case: c,
    kind: input.kind,
    notifiedOn: input.notifiedOn,
    letterDeadline,
    recordedBy: acting.actor,
  });
  let detail: string;
  if (deduction) {
    measure.deductor = deduction.deductor;
    measure.periodStart = deduction.periodStart;
    measure.periodEnd = deduction.periodEnd ?? null;
    detail = `by ${DEDUCTOR_NAME[deduction.deductor]} from ${deduction.periodStart}${measure.periodEnd ? ` to ${measure.periodEnd}` : ", open-ended"}`;
  } else {
    const l = lien!;
    measure.assetKind = l.assetKind;
    measure.assetDescription = l.assetDescription?.trim() || null;
    measure.registeredOn = l.registeredOn;
    measure.forcedSaleRequestedOn = l.forcedSaleRequestedOn ?? null;
    detail = `in ${l.assetKind.toLowerCase().replace("_", " ")} registered ${l.registeredOn}${measure.forcedSaleRequestedOn ? `, forced sale requested ${measure.forcedSaleRequestedOn}` : ""}`;
  }
  await em.persist(measure).flush();
  rec.record(c, {
    type: "enforcement.measure_recorded",
    summary: `${KIND_NAME[input.kind]} recorded ${detail}; debtor notified ${input.notifiedOn}`,
    data: {
      measureId: measure.globalId,
      kind: input.kind,
      notifiedOn: input.notifiedOn,
      letterDeadline,
      deduction: measure.deduction,
      lien: measure.lien,
    },
  });
  return ok({ measure, case: c });
}

/** A measure the caller may see, by global id; null for unknown ids and other tenants' alike. */
export async function findVisibleMeasure(
  em: EntityManager,
  auth: Auth,
  globalId: string,
): Promise<EnforcementMeasure | null> {
  const id = idOf(globalId, "EnforcementMeasure");
  if (id === undefined) return null;
  const m = await em.findOne(EnforcementMeasure, { id }, { populate: ["case", "case.invoice"] });
  return m && canSeeCreditor(auth, m.creditor.id) ? m : null;
}

/** Ends every active measure of the case on `on`, with one timeline entry each. */
export async function endActiveMeasures(
  em: EntityManager,
  rec: Recorder,
  c: CollectionCase,
  on: LocalDate,
  reason: string,
): Promise<EnforcementMeasure[]> {
  const active = await em.find(
    EnforcementMeasure,
    { case: c, status: MeasureStatus.ACTIVE },
    { orderBy: { id: "asc" } },
  );
  for (const m of active) endMeasure(rec, c, m, on, reason);
  return active;
}

export function endMeasure(
  rec: Recorder,
  c: CollectionCase,
  m: EnforcementMeasure,
  on: LocalDate,
  reason: string,
): void {
  m.end(on, reason);
  rec.record(c, {
    type: "enforcement.measure_updated",
    summary: `${KIND_NAME[m.kind]} ended ${on}: ${reason}`,
    data: { measureId: m.globalId, kind: m.kind, status: m.status, endedOn: on, reason, periodEnd: m.periodEnd },
  });
}

export interface MeasureUpdateData {
  measureId: string;
  forcedSaleRequestedOn?: string | null;
  end?: { endedOn: string; reason: string } | null;
  enforcementConcludedOn?: string | null;
}

/** Sets a lien's forced-sale request, ends a measure, and/or marks enforcement on the case concluded. */
export async function updateMeasure(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: MeasureUpdateData,
): Promise<Result<MeasureOutcome, EnforcementErrorCode>> {
  const m = await findVisibleMeasure(em, auth, input.measureId);
  if (!m)
    return fail(
      failure(
        "UNKNOWN_MEASURE",
        ["input", "measureId"],
        "No such enforcement measure for this API key: use an id from Case.enforcementMeasures.",
      ),
    );
  const c = m.case;
  const errors: Errors = [];
  const requested = input.forcedSaleRequestedOn ?? null;
  const end = input.end ?? null;
  const concluded = input.enforcementConcludedOn ?? null;
  if (requested === null && end === null && concluded === null) {
    return fail(
      failure(
        "NOTHING_TO_UPDATE",
        ["input"],
        "Give forcedSaleRequestedOn, end or enforcementConcludedOn: there is nothing to change.",
      ),
    );
  }
  if (CLOSED_STATUSES.has(c.status)) errors.push(closedCase(c, ["input", "measureId"]));
  const ended = m.status === MeasureStatus.ENDED;
  const endedError = (field: string) =>
    failure(
      "MEASURE_ENDED" as const,
      ["input", field],
      `The measure ended on ${m.endedOn}: it cannot change any more.`,
    );

  if (requested !== null) {
    if (m.kind !== MeasureKind.LIEN)
      errors.push(
        failure(
          "MEASURE_KIND_MISMATCH",
          ["input", "forcedSaleRequestedOn"],
          "A forced sale (tvangsdekning) is requested on an utleggspant (LIEN), not on a deduction.",
        ),
      );
    else if (ended) errors.push(endedError("forcedSaleRequestedOn"));
    else if (m.forcedSaleRequestedOn)
      errors.push(
        failure(
          "ALREADY_SET",
          ["input", "forcedSaleRequestedOn"],
          `A forced sale was already requested on ${m.forcedSaleRequestedOn}.`,
        ),
      );
    else if (
      checkPastDate(errors, requested, ["input", "forcedSaleRequestedOn"], acting.today, "forcedSaleRequestedOn") &&
      m.registeredOn &&
      requested < m.registeredOn
    ) {
      errors.push(
        failure(
          "INVALID_DATE",
          ["input", "forcedSaleRequestedOn"],
          `A forced sale cannot be requested (${requested}) before the lien was registered (${m.registeredOn}).`,
        ),
      );
    }
  }
  if (end !== null) {
    if (ended) errors.push(endedError("end"));
    else if (checkPastDate(errors, end.endedOn, ["input", "end", "endedOn"], acting.today, "endedOn")) {
      const start = m.periodStart ?? m.registeredOn ?? m.notifiedOn;
      if (end.endedOn < start)
        errors.push(
          failure(
            "INVALID_PERIOD",
            ["input", "end", "endedOn"],
            `The measure cannot end (${end.endedOn}) before it began (${start}).`,
          ),
        );
    }
    if (!end.reason.trim())
      errors.push(
        failure(
          "MISSING_FIELD",
          ["input", "end", "reason"],
          "Say why the measure ends, e.g. the debt is paid or the deduction was stopped.",
        ),
      );
  }
  if (concluded !== null) {
    if (c.enforcementConcludedOn)
      errors.push(
        failure(
          "ALREADY_SET",
          ["input", "enforcementConcludedOn"],
          `Enforced collection on this case was already concluded on ${c.enforcementConcludedOn}.`,
        ),
      );
    else checkPastDate(errors, concluded, ["input", "enforcementConcludedOn"], acting.today, "enforcementConcludedOn");
  }
  if (errors.length > 0) return fail(...errors);

  if (requested !== null) {
    m.forcedSaleRequestedOn = requested;
    rec.record(c, {
      type: "enforcement.measure_updated",
      summary: `Forced sale (tvangsdekning) requested ${requested} for the utleggspant; a complaint against the lien is late after that day`,
      data: { measureId: m.globalId, kind: m.kind, forcedSaleRequestedOn: requested },
    });
  }
  if (end !== null) endMeasure(rec, c, m, end.endedOn, end.reason.trim());
  if (concluded !== null) {
    c.enforcementConcludedOn = concluded;
    rec.record(c, {
      type: "enforcement.concluded",
      summary: `Enforced collection concluded ${concluded}`,
      data: { concludedOn: concluded },
    });
    await endActiveMeasures(em, rec, c, concluded, "Enforced collection concluded");
  }
  return ok({ measure: m, case: c });
}

export interface MeasureFilter {
  caseId?: string | null;
  creditorId?: string | null;
  kind?: MeasureKind[] | null;
  status?: MeasureStatus[] | null;
}

/** Keyset page of the caller's enforcement measures, oldest first. */
export async function listMeasures(
  em: EntityManager,
  auth: Auth,
  filter: MeasureFilter,
  first: number,
  after?: string | null,
): Promise<Page<EnforcementMeasure>> {
  const where: FilterQuery<EnforcementMeasure> & Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.creditorId) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return toPage<EnforcementMeasure>([], first, (m) => m.id);
    where.creditor = id;
  }
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  if (filter.kind?.length) where.kind = { $in: filter.kind };
  if (filter.status?.length) where.status = { $in: filter.status };
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  const rows = await em.find(EnforcementMeasure, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (m) => m.id);
}
