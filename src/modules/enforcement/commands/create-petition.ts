import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import { formatOre } from "../../../shared/format-no";
import type { LocalDate } from "../../../shared/local-date";
import type { Auth } from "../../access/auth";
import { CaseStatus } from "../../cases/case.rules";
import { EnforcementRefusalCode, petitionCost } from "../../conciliation/claim.rules";
import { petitionSplit, splitTotal } from "../../judgments/judgment.rules";
import { loadLegalTables } from "../../legal-tables/legal-table.service";
import { PostalAddress } from "../../parties/address";
import { checkAddress, normaliseAddress, type AddressFields } from "../../parties/address.rules";
import { DebtorKind } from "../../parties/debtor.entity";
import { isValidBirthNumber } from "../../parties/identifiers.rules";
import { EnforcementPetition } from "../enforcement-petition.entity";
import type { PetitionFailure } from "../enforcement.errors";
import { enforcementFor, judgmentOfCase, judgmentStepDateFailure } from "../enforcement.service";

/** The owner of an enkeltpersonforetak (ENK) debtor, as the petition must name it. */
export interface SoleProprietorOwnerInput {
  birthNumber?: string | null;
  privateAddress?: AddressFields | null;
}

export interface EnforcementPetitionInput {
  caseId: string;
  petitionDate: string;
  /** Øre the creditor asks for preparing the petition; claimed at most the cap. Default 0. */
  preparationCostsRequested?: number | null;
  /** Given when the debtor is an enkeltpersonforetak. */
  soleProprietorOwner?: SoleProprietorOwnerInput | null;
}

interface CheckedOwner {
  birthNumber: string;
  address: PostalAddress;
}

/** Refusals that concern the petition's date rather than the case. */
const DATE_REFUSALS: ReadonlySet<EnforcementRefusalCode> = new Set([
  EnforcementRefusalCode.PAYMENT_NOT_DUE,
  EnforcementRefusalCode.NOT_FINAL,
  EnforcementRefusalCode.NOTICE_RUNNING,
]);

/** The ENK owner's fødselsnummer and private address, which namsmannen needs (politiet.no, Sende utleggsbegjæring). */
function checkOwner(
  owner: SoleProprietorOwnerInput,
  debtorKind: DebtorKind,
  errors: PetitionFailure[],
): CheckedOwner | null {
  if (debtorKind !== DebtorKind.ORGANISATION) {
    errors.push({ code: "NOT_A_SOLE_PROPRIETORSHIP", field: "soleProprietorOwner" });
    return null;
  }
  const birthNumber = owner.birthNumber?.replace(/\s+/g, "") ?? "";
  if (birthNumber === "") errors.push({ code: "MISSING_OWNER_BIRTH_NUMBER", field: "soleProprietorOwner.birthNumber" });
  else if (!isValidBirthNumber(birthNumber))
    errors.push({ code: "INVALID_BIRTH_NUMBER", field: "soleProprietorOwner.birthNumber" });
  if (!owner.privateAddress) {
    errors.push({ code: "MISSING_OWNER_ADDRESS", field: "soleProprietorOwner.privateAddress" });
    return null;
  }
  const a = normaliseAddress(owner.privateAddress);
  const bad = checkAddress(a, []);
  for (const address of bad)
    errors.push({
      code: address.code,
      field: ["soleProprietorOwner", "privateAddress", ...(address.field ?? [])].join("."),
      address,
    });
  return bad.length === 0 && isValidBirthNumber(birthNumber)
    ? { birthNumber, address: new PostalAddress(a.street, a.postalCode, a.city, a.country) }
    : null;
}

/** Creates the utleggsbegjæring for a won judgment that is due and unpaid; the case goes to ENFORCEMENT. */
export async function createEnforcementPetition(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: EnforcementPetitionInput,
  today: LocalDate,
): Promise<Outcome<EnforcementPetition, PetitionFailure>> {
  const found = await judgmentOfCase(em, auth, input.caseId);
  if (!found.ok) return found;
  const { case: c, judgment } = found.value;
  const bad = judgmentStepDateFailure("petitionDate", input.petitionDate, judgment, today);
  if (bad) return refuse(bad);
  const errors: PetitionFailure[] = [];
  const requestedCost = input.preparationCostsRequested ?? 0;
  if (!Number.isSafeInteger(requestedCost) || requestedCost < 0)
    errors.push({ code: "INVALID_AMOUNT", field: "preparationCostsRequested" });
  let owner: CheckedOwner | null = null;
  if (input.soleProprietorOwner) {
    await em.populate(c, ["debtor"]);
    owner = checkOwner(input.soleProprietorOwner, c.debtor.kind, errors);
  }
  if (errors.length > 0) return refuse(...errors);
  const tables = await loadLegalTables(em);
  const availability = enforcementFor(c, judgment, judgment.conciliationCase.againstState, input.petitionDate, tables);
  if (!availability.mayCreate) {
    return refuse(
      ...availability.reasons.map((r): PetitionFailure => ({
        code: r.code,
        field: DATE_REFUSALS.has(r.code) ? "petitionDate" : "caseId",
        refusal: r,
      })),
    );
  }
  const prepared = petitionCost(requestedCost, input.petitionDate, tables);
  if (!prepared.ok)
    return refuse({ code: "INVALID_DATE", field: "petitionDate", problem: "NO_TABLE_ROW", missing: prepared });
  const preparation = prepared.value;
  const split = petitionSplit(judgment.split, {
    reducedSinceJudgment: c.paidAmount + c.creditedAmount - c.reducedBeforeJudgment,
    enforcementFee: availability.enforcementFee,
    preparationCosts: preparation.claimed,
  });
  const petition = new EnforcementPetition(judgment, {
    petitionDate: input.petitionDate,
    split,
    enforcementFee: availability.enforcementFee,
    underOneYear: availability.underOneYear,
  });
  petition.interestTo = judgment.interestTo;
  petition.noticeSentOn = availability.underOneYear ? null : judgment.enforcementNoticeSentOn;
  petition.feeBasis = availability.feeBasis;
  petition.preparationCosts = preparation.claimed;
  petition.preparationCostsCap = preparation.cap;
  petition.preparationCostsBasis = preparation.basis;
  if (owner) {
    petition.ownerBirthNumber = owner.birthNumber;
    petition.ownerAddress = owner.address;
  }
  em.persist(petition);
  if (c.judgmentAmount !== null) c.judgmentAmount += availability.enforcementFee + preparation.claimed;
  await em.flush();
  rec.transition(c, CaseStatus.ENFORCEMENT, {
    type: "enforcement.requested",
    summary: `Utleggsbegjæring of ${input.petitionDate} for ${formatOre(splitTotal(split))}${availability.underOneYear ? " (under one year since the judgment became enforceable: no notice)" : ""}`,
    data: {
      enforcementPetitionId: petition.globalId,
      judgmentId: judgment.globalId,
      petitionDate: input.petitionDate,
      ...split,
      enforcementFee: availability.enforcementFee,
      preparationCosts: preparation.claimed,
      underOneYear: availability.underOneYear,
    },
  });
  return ok(petition);
}
