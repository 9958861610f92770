import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import { notADate, pastDateFailure } from "../../../shared/event-date";
import { isLocalDate } from "../../../shared/local-date";
import type { Auth } from "../../access/auth";
import { CLOSED_STATUSES } from "../../cases/case.rules";
import { findVisibleCase } from "../../cases/case.service";
import { DeductorKind, MeasureKind } from "../../complaints/complaint.rules";
import { EnforcementMeasure, LienAssetKind } from "../enforcement-measure.entity";
import type { MeasureFailure } from "../enforcement.errors";
import { DEDUCTOR_NAME, KIND_NAME, type Acting, type MeasureOutcome } from "../enforcement.service";

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

/** Every problem with a measure's dates and its kind's details; empty when it may be recorded. */
function measureProblems(input: MeasureRecordData, acting: Acting): MeasureFailure[] {
  const errors: MeasureFailure[] = [];
  const past = <F extends string>(value: string, field: F): boolean => {
    const bad = pastDateFailure(value, field, acting.today);
    if (bad) errors.push(bad);
    return bad === null;
  };
  const notifiedOk = past(input.notifiedOn, "notifiedOn");
  const letterDeadline = input.letterDeadline ?? null;
  if (letterDeadline !== null) {
    if (!isLocalDate(letterDeadline)) errors.push(notADate("letterDeadline"));
    else if (notifiedOk && letterDeadline < input.notifiedOn)
      errors.push({
        code: "INVALID_DATE",
        field: "letterDeadline",
        problem: "BEFORE_NOTICE",
        value: letterDeadline,
        notifiedOn: input.notifiedOn,
      });
  }

  const { deduction, lien } = input;
  if (input.kind === MeasureKind.DEDUCTION) {
    if (lien) errors.push({ code: "UNEXPECTED_DETAILS", field: "lien" });
    if (!deduction) {
      errors.push({ code: "MISSING_DETAILS", field: "deduction" });
    } else {
      const startOk = isLocalDate(deduction.periodStart);
      if (!startOk) errors.push(notADate("deduction.periodStart"));
      const end = deduction.periodEnd ?? null;
      if (end !== null) {
        if (!isLocalDate(end)) errors.push(notADate("deduction.periodEnd"));
        else if (startOk && end < deduction.periodStart)
          errors.push({ code: "INVALID_PERIOD", field: "deduction.periodEnd", end, start: deduction.periodStart });
      }
    }
  } else {
    if (deduction) errors.push({ code: "UNEXPECTED_DETAILS", field: "deduction" });
    if (!lien) {
      errors.push({ code: "MISSING_DETAILS", field: "lien" });
    } else {
      const registeredOk = past(lien.registeredOn, "lien.registeredOn");
      const requested = lien.forcedSaleRequestedOn ?? null;
      if (
        requested !== null &&
        past(requested, "lien.forcedSaleRequestedOn") &&
        registeredOk &&
        requested < lien.registeredOn
      ) {
        errors.push({
          code: "INVALID_DATE",
          field: "lien.forcedSaleRequestedOn",
          problem: "BEFORE_LIEN",
          value: requested,
          registeredOn: lien.registeredOn,
        });
      }
    }
  }
  return errors;
}

/** Records an utleggstrekk or utleggspant on a case; the sub-input of its kind is required, the other refused. */
export async function recordMeasure(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: MeasureRecordData,
): Promise<Outcome<MeasureOutcome, MeasureFailure>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  const errors: MeasureFailure[] = [];
  if (CLOSED_STATUSES.has(c.status)) errors.push({ code: "CASE_CLOSED", field: "caseId", status: c.status });
  else if (c.enforcementConcludedOn)
    errors.push({ code: "ENFORCEMENT_CONCLUDED", field: "caseId", concludedOn: c.enforcementConcludedOn });
  errors.push(...measureProblems(input, acting));
  if (errors.length > 0) return refuse(...errors);

  const letterDeadline = input.letterDeadline ?? null;
  const measure = new EnforcementMeasure({
    case: c,
    kind: input.kind,
    notifiedOn: input.notifiedOn,
    letterDeadline,
    recordedBy: acting.actor,
  });
  const { deduction, lien } = input;
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
