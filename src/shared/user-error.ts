import { Field, ObjectType, registerEnumType } from "type-graphql";

/**
 * Builds `<Name>Error { code: <Name>ErrorCode!, field: [String!], message: String! }` for one mutation family.
 * Expected failures are data, never top-level errors.
 */
export function userErrorType<E extends Record<string, string>>(name: string, codes: E, description?: string) {
  registerEnumType(codes, { name: `${name}Code` });

  @ObjectType(name, { description: description ?? "A problem with the input: nothing was changed." })
  class UserError {
    @Field(() => codes)
    code!: E[keyof E];

    @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. ["input", "kid"].' })
    field!: string[] | null;

    @Field({ description: "What is wrong and how to fix it." })
    message!: string;
  }
  return UserError;
}
