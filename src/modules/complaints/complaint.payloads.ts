import { Field, ObjectType } from "type-graphql";
import { CollectionCase } from "../cases/collection-case.entity";
import { Complaint } from "./complaint.entity";
import { ComplaintError } from "./complaint.errors";

type ComplaintErrorT = InstanceType<typeof ComplaintError>;

@ObjectType()
export class ComplaintSubmitPayload {
  @Field(() => Complaint, { nullable: true })
  complaint!: Complaint | null;

  @Field(() => CollectionCase, {
    nullable: true,
    description: "The case, unchanged in status: a complaint does not stop collection.",
  })
  case!: CollectionCase | null;

  @Field(() => [ComplaintError])
  userErrors!: ComplaintErrorT[];
}

@ObjectType()
export class ComplaintReconsiderPayload {
  @Field(() => Complaint, { nullable: true })
  complaint!: Complaint | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [ComplaintError])
  userErrors!: ComplaintErrorT[];
}

@ObjectType()
export class ComplaintForwardPayload {
  @Field(() => Complaint, { nullable: true })
  complaint!: Complaint | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [ComplaintError])
  userErrors!: ComplaintErrorT[];
}

@ObjectType()
export class ComplaintDecidePayload {
  @Field(() => Complaint, { nullable: true })
  complaint!: Complaint | null;

  @Field(() => CollectionCase, {
    nullable: true,
    description: "The case after the decision's effects: CLOSED when the claim was deleted.",
  })
  case!: CollectionCase | null;

  @Field(() => [ComplaintError])
  userErrors!: ComplaintErrorT[];
}
