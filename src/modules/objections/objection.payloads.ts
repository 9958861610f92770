import { caseObjectPayload } from "../cases/case-payload";
import { Field, ObjectType } from "type-graphql";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction } from "../cases/money.entities";
import { Invoice } from "../invoices/invoice.entity";
import { Objection } from "./objection.entity";
import { ObjectionError } from "./objection.errors";

type ObjectionErrorT = InstanceType<typeof ObjectionError>;

const objectionPayload = (name: string, caseDescription?: string) =>
  caseObjectPayload(name, "objection", Objection, ObjectionError, caseDescription);

export const ObjectionRegisterPayload = objectionPayload(
  "ObjectionRegisterPayload",
  "The case, FROZEN when the objection is written.",
);
export type ObjectionRegisterPayload = InstanceType<typeof ObjectionRegisterPayload>;
export const ObjectionWithdrawPayload = objectionPayload("ObjectionWithdrawPayload");
export type ObjectionWithdrawPayload = InstanceType<typeof ObjectionWithdrawPayload>;
export const ObjectionMarkUnfoundedPayload = objectionPayload("ObjectionMarkUnfoundedPayload");
export type ObjectionMarkUnfoundedPayload = InstanceType<typeof ObjectionMarkUnfoundedPayload>;
export const ObjectionEscalatePayload = objectionPayload(
  "ObjectionEscalatePayload",
  "The case; it stays FROZEN until the forliksklage is sent.",
);
export type ObjectionEscalatePayload = InstanceType<typeof ObjectionEscalatePayload>;

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
