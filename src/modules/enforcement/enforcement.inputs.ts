import { FreeText } from "../../shared/text";
import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { ClaimOriginatorKind } from "../cases/claim-origin";
import { DeductorKind, MeasureKind } from "../complaints/complaint.rules";
import { PostalAddressInput } from "../parties/address";
import { LienAssetKind, MeasureStatus } from "./enforcement-measure.entity";

@InputType({ description: "The body that created the claim." })
export class ClaimOriginatorInput {
  @Field(() => ClaimOriginatorKind)
  kind!: ClaimOriginatorKind;

  @Field({ description: "e.g. NRK, Lånekassen, Politiet; not blank." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Organisasjonsnummer, 9 digits with a valid MOD11 check digit." })
  orgNumber?: string | null;
}

@InputType()
export class CaseSetClaimOriginInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ClaimOriginatorInput)
  originator!: ClaimOriginatorInput;
}

@InputType({ description: "Utleggstrekk: who deducts and the deduction period." })
export class DeductionInput {
  @Field(() => DeductorKind)
  deductor!: DeductorKind;

  @Field(() => LocalDateResolver)
  periodStart!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Last day of the period, on or after periodStart; leave out while open-ended.",
  })
  periodEnd?: string | null;
}

@InputType({ description: "Utleggspant: the asset and when the lien was registered." })
export class LienInput {
  @Field(() => LienAssetKind)
  assetKind!: LienAssetKind;

  @FreeText()
  @Field(() => String, { nullable: true, description: "Which asset, e.g. gnr/bnr or the account number." })
  assetDescription?: string | null;

  @Field(() => LocalDateResolver, { description: "Not in the future." })
  registeredOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Day a forced sale (tvangsdekning) was requested, if it was; on or after registeredOn.",
  })
  forcedSaleRequestedOn?: string | null;
}

@InputType({
  description:
    "An enforcement measure (utleggstrekk or utleggspant) taken on a case. Give deduction for DEDUCTION, lien for LIEN.",
})
export class EnforcementMeasureRecordInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => MeasureKind)
  kind!: MeasureKind;

  @Field(() => LocalDateResolver, { description: "Day the debtor was notified of the utlegg; not in the future." })
  notifiedOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "A complaint deadline stated in the letter (klagefrist), on or after notifiedOn.",
  })
  letterDeadline?: string | null;

  @Field(() => DeductionInput, { nullable: true, description: "Required for DEDUCTION; not allowed for LIEN." })
  deduction?: DeductionInput | null;

  @Field(() => LienInput, { nullable: true, description: "Required for LIEN; not allowed for DEDUCTION." })
  lien?: LienInput | null;
}

@InputType({ description: "Ends a measure: the deduction stops (its period ends that day) or the lien is lifted." })
export class MeasureEndInput {
  @Field(() => LocalDateResolver, { description: "Not in the future; for a deduction on or after its period start." })
  endedOn!: string;

  @FreeText()
  @Field({ description: "Why it ends; not blank." })
  reason!: string;
}

@InputType({ description: "Give at least one of forcedSaleRequestedOn, end and enforcementConcludedOn." })
export class EnforcementMeasureUpdateInput {
  @Field(() => ID)
  measureId!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "LIEN only: the day a forced sale (tvangsdekning) was requested.",
  })
  forcedSaleRequestedOn?: string | null;

  @Field(() => MeasureEndInput, { nullable: true })
  end?: MeasureEndInput | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "Marks enforced collection on the measure's case concluded that day (Case.enforcementConcludedOn); its active measures end. A complaint after that day is late.",
  })
  enforcementConcludedOn?: string | null;
}

@InputType()
export class EnforcementMeasureFilter {
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  creditorId?: string | null;

  @Field(() => [MeasureKind], { nullable: true })
  kind?: MeasureKind[] | null;

  @Field(() => [MeasureStatus], { nullable: true })
  status?: MeasureStatus[] | null;
}

@InputType()
export class EnforcementNoticeRecordInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "YYYY-MM-DD. The day the 14-day notice (varsel) was sent to the debtor." })
  sentOn!: string;
}

@InputType({ description: "The owner of an enkeltpersonforetak (ENK) debtor." })
export class SoleProprietorOwnerInput {
  @Field(() => String, { nullable: true, description: "Fødselsnummer, 11 digits (MOD11)." })
  birthNumber?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: "Private address (bostedsadresse) of the owner." })
  privateAddress?: PostalAddressInput | null;
}

@InputType()
export class EnforcementPetitionCreateInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "YYYY-MM-DD. The day of the petition; the rules are checked on it." })
  petitionDate!: string;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "Øre the creditor asks for preparing the petition (its own work); claimed at most ½ × R (politiet.no). Default 0.",
  })
  preparationCostsRequested?: number | null;

  @Field(() => SoleProprietorOwnerInput, {
    nullable: true,
    description:
      "Give it when the debtor is an enkeltpersonforetak (ENK): namsmannen needs the owner's fødselsnummer and private address.",
  })
  soleProprietorOwner?: SoleProprietorOwnerInput | null;
}
