import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../../shared/pagination";
import { ConciliationBoard } from "./conciliation-board.entity";
import { Municipality } from "./municipality.entity";
import { ConciliationBoardError, MunicipalityError } from "./register.errors";

export const MunicipalityConnection = connectionType("Municipality", Municipality);
export const ConciliationBoardConnection = connectionType("ConciliationBoard", ConciliationBoard);

@ObjectType()
abstract class MunicipalityResult {
  @Field(() => Municipality, { nullable: true })
  municipality!: Municipality | null;

  @Field(() => [MunicipalityError])
  userErrors!: InstanceType<typeof MunicipalityError>[];
}

@ObjectType()
abstract class ConciliationBoardResult {
  @Field(() => ConciliationBoard, { nullable: true })
  conciliationBoard!: ConciliationBoard | null;

  @Field(() => [ConciliationBoardError])
  userErrors!: InstanceType<typeof ConciliationBoardError>[];
}

@ObjectType()
export class MunicipalityCreatePayload extends MunicipalityResult {}

@ObjectType()
export class MunicipalityUpdatePayload extends MunicipalityResult {}

@ObjectType()
export class ConciliationBoardCreatePayload extends ConciliationBoardResult {}

@ObjectType()
export class ConciliationBoardUpdatePayload extends ConciliationBoardResult {}

@ObjectType()
export class ConciliationBoardMergePayload extends ConciliationBoardResult {
  @Field(() => [ID], {
    description: "Boards the merge left serving nothing and used by no forliksklage, which were removed.",
  })
  removedBoardIds!: string[];
}
