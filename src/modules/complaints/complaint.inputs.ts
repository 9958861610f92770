import { FreeText } from "../../shared/text";
import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { ComplaintStatus, ReconsiderationDecision } from "./complaint.entity";
import { ComplaintChannel, ComplaintSubject, DecisionOutcome, DesiredOutcome } from "./complaint.rules";

@InputType({ description: "The signature: who signed, and when." })
export class ComplaintSignatureInput {
  @Field(() => String, { nullable: true })
  signerName?: string | null;

  @Field(() => Date, { nullable: true })
  signedAt?: Date | null;
}

@InputType({ description: "A caseworker accepts a late complaint (oversittet klagefrist)." })
export class AcceptLateInput {
  @FreeText()
  @Field({ description: "Why the late complaint is accepted; not blank. Recorded with the key's name and the time." })
  reason!: string;
}

@InputType({
  description:
    "A complaint (klage) against enforcement. It must be written, say what and why, the desired outcome, be signed and carry documentation: every element that is missing is reported at once, and nothing is stored until the complaint is complete.",
})
export class ComplaintSubmitInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The enforcement measure complained against; required for a deduction, STOP_DEDUCTION and CHOICE_OF_ASSETS (a lien).",
  })
  measureId?: string | null;

  @Field(() => ComplaintChannel, { nullable: true, description: "Required: LETTER, EMAIL or PORTAL." })
  channel?: ComplaintChannel | null;

  @Field(() => LocalDateResolver, {
    description: "Day the complaint was received; not in the future. Deadlines are judged by this day.",
  })
  receivedOn!: string;

  @Field(() => ComplaintSubject, { nullable: true, description: "Required: what the complaint is about." })
  subject?: ComplaintSubject | null;

  @FreeText()
  @Field(() => String, { nullable: true, description: "Required: why." })
  reason?: string | null;

  @Field(() => DesiredOutcome, { nullable: true, description: "Required: what the debtor wants." })
  desiredOutcome?: DesiredOutcome | null;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: "REDUCE_CLAIM: øre, above 0 and at most the principal.",
  })
  reductionAmount?: number | null;

  @FreeText()
  @Field(() => String, { nullable: true, description: "OTHER: the outcome the debtor wants." })
  desiredOutcomeText?: string | null;

  @Field(() => ComplaintSignatureInput, { nullable: true, description: "Signer and time; or give signedDocumentId." })
  signature?: ComplaintSignatureInput | null;

  @Field(() => ID, { nullable: true, description: "The signed complaint, uploaded with POST /documents." })
  signedDocumentId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: "Documentation, uploaded with POST /documents; at least one." })
  attachmentDocumentIds!: string[];

  @Field(() => AcceptLateInput, {
    nullable: true,
    description:
      "Accept the complaint although it is late; without it a late complaint is refused with COMPLAINT_LATE.",
  })
  acceptLate?: AcceptLateInput | null;
}

@InputType()
export class ComplaintReconsiderInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => ReconsiderationDecision, {
    description: "UPHELD: the agency reverses its decision and the complaint is decided. KEPT: forward it next.",
  })
  decision!: ReconsiderationDecision;

  @FreeText()
  @Field({ description: "Grounds; not blank." })
  reason!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Default today; not before receipt nor in the future.",
  })
  reconsideredOn?: string | null;
}

@InputType()
export class ComplaintForwardInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The deciding instance (klageinstans); default the claim's originator (Case.claimOrigin.name).",
  })
  instance?: string | null;

  @Field(() => LocalDateResolver, { description: "Not before the reconsideration nor in the future." })
  forwardedOn!: string;
}

@InputType()
export class ComplaintDecideInput {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => LocalDateResolver, {
    description: "Day of the instance's decision; not before forwarding nor in the future.",
  })
  decidedOn!: string;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: "PARTLY_UPHELD only: øre the claim is reduced by, above 0 and at most the principal.",
  })
  grantedReduction?: number | null;

  @FreeText()
  @Field({ description: "Grounds; not blank." })
  reason!: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  creditorId?: string | null;

  @Field(() => [ComplaintStatus], { nullable: true, description: "Any of these statuses." })
  status?: ComplaintStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: undecided after dueOn (today by the server's clock); false: the rest.",
  })
  overdue?: boolean | null;
}
