import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import { CLOSED_STATUSES } from "../../cases/case.rules";
import { findVisibleCase } from "../../cases/case.service";
import { ClaimOrigin, ClaimOriginatorKind } from "../../cases/claim-origin";
import type { CollectionCase } from "../../cases/collection-case.entity";
import { isValidOrgNumber } from "../../parties/identifiers.rules";
import type { MeasureFailure } from "../enforcement.errors";

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
): Promise<Outcome<CollectionCase, MeasureFailure>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  const errors: MeasureFailure[] = [];
  if (CLOSED_STATUSES.has(c.status)) errors.push({ code: "CASE_CLOSED", field: "caseId", status: c.status });
  const name = input.originator.name.trim();
  if (!name) errors.push({ code: "MISSING_FIELD", field: "originator.name" });
  const orgNumber = input.originator.orgNumber?.trim() || null;
  if (orgNumber !== null && !isValidOrgNumber(orgNumber))
    errors.push({ code: "INVALID_ORG_NUMBER", field: "originator.orgNumber" });
  if (errors.length > 0) return refuse(...errors);

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
