import { Field, ObjectType } from "type-graphql";
import { userErrorType } from "../../shared/user-error";
import { PostalCode } from "./postal-code.entity";
import { PostalCodeErrorCode } from "./postal-code.rules";

export const PostalCodeError = userErrorType("PostalCodeError", PostalCodeErrorCode);

@ObjectType()
export class PostalCodeSetPayload {
  @Field(() => PostalCode, { nullable: true })
  postalCode!: PostalCode | null;

  @Field(() => [PostalCodeError])
  userErrors!: InstanceType<typeof PostalCodeError>[];
}
