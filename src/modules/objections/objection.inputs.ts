import { FreeText } from "../../shared/text";
import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { ObjectionChannel, ObjectionStatus } from "./objection.rules";

@InputType({ description: "The debtor's objection (innsigelse) to a case's claim." })
export class ObjectionRegisterInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ObjectionChannel, {
    description: "LETTER, EMAIL and PORTAL are written and freeze the case; ORAL does not.",
  })
  channel!: ObjectionChannel;

  @Field(() => LocalDateResolver, { description: "Date the objection came in; not in the future." })
  receivedOn!: string;

  @FreeText()
  @Field({ description: "The debtor's objection in their words, or a note of what they said." })
  text!: string;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      "Uploaded documents (POST /documents) to attach, e.g. the written objection. ORAL with a document counts as written and freezes.",
  })
  documentIds!: string[];
}

@InputType()
export class ObjectionWithdrawInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => LocalDateResolver, { description: "Date the debtor withdrew it; between the day it came in and today." })
  withdrawnOn!: string;
}

@InputType()
export class ObjectionMarkUnfoundedInput {
  @Field(() => ID)
  objectionId!: string;

  @FreeText()
  @Field({ description: "Why the objection is obviously unfounded (åpenbart grunnløs); at least 10 characters." })
  reason!: string;
}

@InputType({
  description:
    "The new invoice (faktura) for the agreed amount; it comes from the same accounting system as the old one.",
})
export class ReplacementInvoiceInput {
  @Field({ description: "Fakturanummer." })
  invoiceNumber!: string;

  @Field({ description: "The new invoice's id in the accounting system; not one already registered." })
  externalId!: string;

  @Field(() => LocalDateResolver)
  issueDate!: string;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => SafeIntResolver, {
    description: "Øre. After a partial credit note: exactly what remains owed on the old case.",
  })
  amount!: number;

  @Field(() => String, { nullable: true })
  kid?: string | null;
}

@InputType({ description: "Agreement: a credit note (kreditnota), in full or in part plus a new invoice." })
export class ObjectionResolveByCreditNoteInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => SafeIntResolver, { description: "Øre; at most what is owed. All of it closes the case as CREDITED." })
  creditNoteAmount!: number;

  @Field(() => LocalDateResolver)
  issuedOn!: string;

  @Field({ description: "Kreditnotanummer." })
  creditNoteNumber!: string;

  @Field(() => ReplacementInvoiceInput, {
    nullable: true,
    description: "Required with a partial credit note; optional with a full one (credit and reissue).",
  })
  newInvoice?: ReplacementInvoiceInput | null;
}

@InputType()
export class ObjectionEscalateInput {
  @Field(() => ID)
  objectionId!: string;
}

@InputType()
export class ObjectionFilter {
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  creditorId?: string | null;

  @Field(() => [ObjectionStatus], { nullable: true, description: "Any of these statuses." })
  status?: ObjectionStatus[] | null;

  @Field(() => [ObjectionChannel], { nullable: true, description: "Any of these channels." })
  channel?: ObjectionChannel[] | null;
}
