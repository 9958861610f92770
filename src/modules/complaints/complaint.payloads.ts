import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-error";
import { CollectionCase } from "../cases/collection-case.entity";
import { Complaint } from "./complaint.entity";
import { ComplaintElementCode } from "./complaint.rules";
import { EnforcementMeasure } from "../enforcement/enforcement-measure.entity";

export const EnforcementErrorCode = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_MEASURE: "UNKNOWN_MEASURE",
  CASE_CLOSED: "CASE_CLOSED",
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  INVALID_DATE: "INVALID_DATE",
  MISSING_DETAILS: "MISSING_DETAILS",
  UNEXPECTED_DETAILS: "UNEXPECTED_DETAILS",
  INVALID_PERIOD: "INVALID_PERIOD",
  MEASURE_ENDED: "MEASURE_ENDED",
  MEASURE_KIND_MISMATCH: "MEASURE_KIND_MISMATCH",
  ENFORCEMENT_CONCLUDED: "ENFORCEMENT_CONCLUDED",
  ALREADY_SET: "ALREADY_SET",
  NOTHING_TO_UPDATE: "NOTHING_TO_UPDATE",
} as const;
export const EnforcementError = userErrorType("EnforcementError", EnforcementErrorCode);
type EnforcementErrorT = InstanceType<typeof EnforcementError>;

export const ComplaintErrorCode = {
  ...ComplaintElementCode,
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_COMPLAINT: "UNKNOWN_COMPLAINT",
  UNKNOWN_MEASURE: "UNKNOWN_MEASURE",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
  CASE_CLOSED: "CASE_CLOSED",
  INVALID_DATE: "INVALID_DATE",
  MISSING_MEASURE: "MISSING_MEASURE",
  MEASURE_KIND_MISMATCH: "MEASURE_KIND_MISMATCH",
  REDUCTION_EXCEEDS_CLAIM: "REDUCTION_EXCEEDS_CLAIM",
  COMPLAINT_LATE: "COMPLAINT_LATE",
  MISSING_LATE_REASON: "MISSING_LATE_REASON",
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  STEP_OUT_OF_ORDER: "STEP_OUT_OF_ORDER",
  COMPLAINT_DECIDED: "COMPLAINT_DECIDED",
} as const;
export const ComplaintError = userErrorType(
  "ComplaintError",
  ComplaintErrorCode,
  "A problem with the complaint or the step: nothing was changed. A complaint that lacks elements gets every missing element at once.",
);
type ComplaintErrorT = InstanceType<typeof ComplaintError>;

@ObjectType()
export class CaseSetClaimOriginPayload {
  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [EnforcementError])
  userErrors!: EnforcementErrorT[];
}

@ObjectType()
export class EnforcementMeasureRecordPayload {
  @Field(() => EnforcementMeasure, { nullable: true })
  measure!: EnforcementMeasure | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [EnforcementError])
  userErrors!: EnforcementErrorT[];
}

@ObjectType()
export class EnforcementMeasureUpdatePayload {
  @Field(() => EnforcementMeasure, { nullable: true })
  measure!: EnforcementMeasure | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [EnforcementError])
  userErrors!: EnforcementErrorT[];
}

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
