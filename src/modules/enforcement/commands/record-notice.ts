import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { LocalDate } from "../../../shared/local-date";
import type { Auth } from "../../access/auth";
import { EnforcementRefusalCode } from "../../conciliation/claim.rules";
import type { Judgment } from "../../judgments/judgment.entity";
import { loadLegalTables } from "../../legal-tables/legal-table.service";
import type { PetitionFailure } from "../enforcement.errors";
import { enforcementFor, judgmentOfCase, judgmentStepDateFailure } from "../enforcement.service";

/** Reasons a petition waits for that do not stop a notice being sent. */
const NOT_BLOCKING_NOTICE: ReadonlySet<EnforcementRefusalCode> = new Set([
  EnforcementRefusalCode.NOTICE_REQUIRED,
  EnforcementRefusalCode.PAYMENT_NOT_DUE,
  EnforcementRefusalCode.NOT_FINAL,
]);

/** Records the 14-day notice of enforcement (varsel) a judgment a year old or more needs before a petition. */
export async function recordEnforcementNotice(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { caseId: string; sentOn: string },
  today: LocalDate,
): Promise<Outcome<Judgment, PetitionFailure>> {
  const found = await judgmentOfCase(em, auth, input.caseId);
  if (!found.ok) return found;
  const { case: c, judgment } = found.value;
  const bad = judgmentStepDateFailure("sentOn", input.sentOn, judgment, today);
  if (bad) return refuse(bad);
  if (judgment.enforcementNoticeSentOn)
    return refuse({ code: "NOTICE_ALREADY_SENT", field: "caseId", sentOn: judgment.enforcementNoticeSentOn });
  const availability = enforcementFor(
    c,
    judgment,
    judgment.conciliationCase.againstState,
    input.sentOn,
    await loadLegalTables(em),
  );
  if (availability.underOneYear) {
    return refuse({
      code: "NOTICE_NOT_NEEDED",
      field: "sentOn",
      sentOn: input.sentOn,
      enforceableOn: availability.enforceableOn,
    });
  }
  const blocking = availability.reasons.filter((r) => !NOT_BLOCKING_NOTICE.has(r.code));
  if (blocking.length > 0)
    return refuse(...blocking.map((r): PetitionFailure => ({ code: r.code, field: "caseId", refusal: r })));
  judgment.enforcementNoticeSentOn = input.sentOn;
  rec.record(c, {
    type: "enforcement.notice_sent",
    summary: `Notice of enforcement sent ${input.sentOn}; enforcement may be asked for from the 14th day`,
    data: { judgmentId: judgment.globalId, sentOn: input.sentOn },
  });
  return ok(judgment);
}
