import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-error";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction } from "../cases/money.entities";
import { Invoice } from "../invoices/invoice.entity";
import { Objection } from "./objection.entity";

export const ObjectionErrorCode = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_OBJECTION: "UNKNOWN_OBJECTION",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
  CASE_CLOSED: "CASE_CLOSED",
  CASE_IN_LEGAL_PROCESS: "CASE_IN_LEGAL_PROCESS",
  OBJECTION_NOT_OPEN: "OBJECTION_NOT_OPEN",
  INVALID_DATE: "INVALID_DATE",
  MISSING_FIELD: "MISSING_FIELD",
  MISSING_REASON: "MISSING_REASON",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  AMOUNT_EXCEEDS_OUTSTANDING: "AMOUNT_EXCEEDS_OUTSTANDING",
  MISSING_NEW_INVOICE: "MISSING_NEW_INVOICE",
  AMOUNT_MISMATCH: "AMOUNT_MISMATCH",
  INVOICE_EXISTS: "INVOICE_EXISTS",
  DUE_BEFORE_ISSUE: "DUE_BEFORE_ISSUE",
  INVALID_KID: "INVALID_KID",
} as const;
export const ObjectionError = userErrorType("ObjectionError", ObjectionErrorCode);
type ObjectionErrorT = InstanceType<typeof ObjectionError>;

@ObjectType()
export class ObjectionRegisterPayload {
  @Field(() => Objection, { nullable: true })
  objection!: Objection | null;

  @Field(() => CollectionCase, { nullable: true, description: "The case, FROZEN when the objection is written." })
  case!: CollectionCase | null;

  @Field(() => [ObjectionError])
  userErrors!: ObjectionErrorT[];
}

@ObjectType()
export class ObjectionWithdrawPayload {
  @Field(() => Objection, { nullable: true })
  objection!: Objection | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [ObjectionError])
  userErrors!: ObjectionErrorT[];
}

@ObjectType()
export class ObjectionMarkUnfoundedPayload {
  @Field(() => Objection, { nullable: true })
  objection!: Objection | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [ObjectionError])
  userErrors!: ObjectionErrorT[];
}

@ObjectType()
export class ObjectionEscalatePayload {
  @Field(() => Objection, { nullable: true })
  objection!: Objection | null;

  @Field(() => CollectionCase, {
    nullable: true,
    description: "The case; it stays FROZEN until the forliksklage is sent.",
  })
  case!: CollectionCase | null;

  @Field(() => [ObjectionError])
  userErrors!: ObjectionErrorT[];
}

@ObjectType()
export class ObjectionResolveByCreditNotePayload {
  @Field(() => Objection, { nullable: true })
  objection!: Objection | null;

  @Field(() => CollectionCase, {
    nullable: true,
    description: "The old case: CREDITED, or CLOSED when a new invoice replaces it.",
  })
  case!: CollectionCase | null;

  @Field(() => CaseTransaction, { nullable: true, description: "The credit note (kreditnota) on the old case." })
  creditNote!: CaseTransaction | null;

  @Field(() => Invoice, { nullable: true, description: "The new invoice for the agreed amount, if any." })
  newInvoice!: Invoice | null;

  @Field(() => CollectionCase, { nullable: true, description: "The new invoice's collection case, if any." })
  newCase!: CollectionCase | null;

  @Field(() => [ObjectionError])
  userErrors!: ObjectionErrorT[];
}
