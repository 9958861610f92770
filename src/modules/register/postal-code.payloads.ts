import { Field, ObjectType } from "type-graphql";
import { PostalCode } from "./postal-code.entity";
import { PostalCodeError } from "./register.errors";

@ObjectType()
export class PostalCodeSetPayload {
  @Field(() => PostalCode, { nullable: true })
  postalCode!: PostalCode | null;

  @Field(() => [PostalCodeError])
  userErrors!: InstanceType<typeof PostalCodeError>[];
}
