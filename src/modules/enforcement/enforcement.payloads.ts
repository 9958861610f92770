import { caseObjectPayload } from "../cases/case-payload";
import { Field, ObjectType } from "type-graphql";
import { CollectionCase } from "../cases/collection-case.entity";
import { Judgment } from "../judgments/judgment.entity";
import { EnforcementMeasure } from "./enforcement-measure.entity";
import { EnforcementPetition } from "./enforcement-petition.entity";
import { EnforcementError, EnforcementPetitionError } from "./enforcement.errors";

type EnforcementErrorT = InstanceType<typeof EnforcementError>;
type EnforcementPetitionErrorT = InstanceType<typeof EnforcementPetitionError>;

@ObjectType()
export class CaseSetClaimOriginPayload {
  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [EnforcementError])
  userErrors!: EnforcementErrorT[];
}

const measurePayload = (name: string) => caseObjectPayload(name, "measure", EnforcementMeasure, EnforcementError);

export const EnforcementMeasureRecordPayload = measurePayload("EnforcementMeasureRecordPayload");
export type EnforcementMeasureRecordPayload = InstanceType<typeof EnforcementMeasureRecordPayload>;
export const EnforcementMeasureUpdatePayload = measurePayload("EnforcementMeasureUpdatePayload");
export type EnforcementMeasureUpdatePayload = InstanceType<typeof EnforcementMeasureUpdatePayload>;

@ObjectType()
export class EnforcementNoticeRecordPayload {
  @Field(() => Judgment, { nullable: true })
  judgment!: Judgment | null;

  @Field(() => [EnforcementPetitionError])
  userErrors!: EnforcementPetitionErrorT[];
}

@ObjectType()
export class EnforcementPetitionCreatePayload {
  @Field(() => EnforcementPetition, { nullable: true })
  enforcementPetition!: EnforcementPetition | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [EnforcementPetitionError])
  userErrors!: EnforcementPetitionErrorT[];
}
