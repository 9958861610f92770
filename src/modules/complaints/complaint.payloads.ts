import { Field, ObjectType } from "type-graphql";
import { CollectionCase } from "../cases/collection-case.entity";
import { Complaint } from "./complaint.entity";
import { ComplaintError } from "./complaint.errors";

type ComplaintErrorT = InstanceType<typeof ComplaintError>;

/** `<name> { complaint, case, userErrors }`: the payload of every complaint mutation. */
function complaintPayload(name: string, caseDescription?: string) {
  @ObjectType(name)
  class ComplaintPayload {
    @Field(() => Complaint, { nullable: true })
    complaint!: Complaint | null;

    @Field(() => CollectionCase, { nullable: true, description: caseDescription })
    case!: CollectionCase | null;

    @Field(() => [ComplaintError])
    userErrors!: ComplaintErrorT[];
  }
  return ComplaintPayload;
}

export const ComplaintSubmitPayload = complaintPayload(
  "ComplaintSubmitPayload",
  "The case, unchanged in status: a complaint does not stop collection.",
);
export type ComplaintSubmitPayload = InstanceType<typeof ComplaintSubmitPayload>;
export const ComplaintReconsiderPayload = complaintPayload("ComplaintReconsiderPayload");
export type ComplaintReconsiderPayload = InstanceType<typeof ComplaintReconsiderPayload>;
export const ComplaintForwardPayload = complaintPayload("ComplaintForwardPayload");
export type ComplaintForwardPayload = InstanceType<typeof ComplaintForwardPayload>;
export const ComplaintDecidePayload = complaintPayload(
  "ComplaintDecidePayload",
  "The case after the decision's effects: CLOSED when the claim was deleted.",
);
export type ComplaintDecidePayload = InstanceType<typeof ComplaintDecidePayload>;
