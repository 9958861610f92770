import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ConciliationFailure } from "../conciliation.errors";
import { isLocalDate, type LocalDate } from "../../../shared/local-date";
import { ConciliationStatus, type ConciliationCase } from "../conciliation-case.entity";
import { openForUpdate, type R } from "../conciliation.service";

/** The creditor signed the DRAFT forliksklage. */
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
  if (signedBy.length < 2) errors.push({ code: "MISSING_FIELD", field: "signedBy" });
  if (!isLocalDate(input.signedOn)) errors.push({ code: "INVALID_DATE", field: "signedOn" });
  else if (input.signedOn > today)
    errors.push({ code: "DATE_IN_FUTURE", field: "signedOn", date: input.signedOn, today });
  if (errors.length > 0) return refuse(...errors);
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
