import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import { pastDateFailure } from "../../../shared/event-date";
import type { Auth } from "../../access/auth";
import { CLOSED_STATUSES } from "../../cases/case.rules";
import { MeasureKind } from "../../complaints/complaint.rules";
import { MeasureStatus } from "../enforcement-measure.entity";
import type { MeasureFailure } from "../enforcement.errors";
import {
  endActiveMeasures,
  endMeasure,
  findVisibleMeasure,
  type Acting,
  type MeasureOutcome,
} from "../enforcement.service";

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
): Promise<Outcome<MeasureOutcome, MeasureFailure>> {
  const m = await findVisibleMeasure(em, auth, input.measureId);
  if (!m) return refuse({ code: "UNKNOWN_MEASURE", field: "measureId" });
  const c = m.case;
  const errors: MeasureFailure[] = [];
  const past = <F extends string>(value: string, field: F): boolean => {
    const bad = pastDateFailure(value, field, acting.today);
    if (bad) errors.push(bad);
    return bad === null;
  };
  const requested = input.forcedSaleRequestedOn ?? null;
  const end = input.end ?? null;
  const concluded = input.enforcementConcludedOn ?? null;
  if (requested === null && end === null && concluded === null)
    return refuse({ code: "NOTHING_TO_UPDATE", field: null });
  if (CLOSED_STATUSES.has(c.status)) errors.push({ code: "CASE_CLOSED", field: "measureId", status: c.status });
  const ended = m.status === MeasureStatus.ENDED;

  if (requested !== null) {
    if (m.kind !== MeasureKind.LIEN) errors.push({ code: "MEASURE_KIND_MISMATCH", field: "forcedSaleRequestedOn" });
    else if (ended) errors.push({ code: "MEASURE_ENDED", field: "forcedSaleRequestedOn", endedOn: m.endedOn });
    else if (m.forcedSaleRequestedOn)
      errors.push({ code: "ALREADY_SET", field: "forcedSaleRequestedOn", on: m.forcedSaleRequestedOn });
    else if (past(requested, "forcedSaleRequestedOn") && m.registeredOn && requested < m.registeredOn) {
      errors.push({
        code: "INVALID_DATE",
        field: "forcedSaleRequestedOn",
        problem: "BEFORE_LIEN",
        value: requested,
        registeredOn: m.registeredOn,
      });
    }
  }
  if (end !== null) {
    if (ended) errors.push({ code: "MEASURE_ENDED", field: "end", endedOn: m.endedOn });
    else if (past(end.endedOn, "end.endedOn")) {
      const start = m.periodStart ?? m.registeredOn ?? m.notifiedOn;
      if (end.endedOn < start) errors.push({ code: "INVALID_PERIOD", field: "end.endedOn", end: end.endedOn, start });
    }
    if (!end.reason.trim()) errors.push({ code: "MISSING_FIELD", field: "end.reason" });
  }
  if (concluded !== null) {
    if (c.enforcementConcludedOn)
      errors.push({ code: "ALREADY_SET", field: "enforcementConcludedOn", on: c.enforcementConcludedOn });
    else past(concluded, "enforcementConcludedOn");
  }
  if (errors.length > 0) return refuse(...errors);

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
