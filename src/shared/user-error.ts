import { Field, ObjectType, registerEnumType } from "type-graphql";
import { TEXT_ERROR_CODES } from "./text";
import { MONEY_ERROR_CODES } from "./money";

/**
 * Codes every mutation family has: text and money checked centrally (src/shared/input-check.ts), and a command that
 * kept losing the race for its case (src/events/command.ts).
 */
export const COMMON_ERROR_CODES = {
  ...TEXT_ERROR_CODES,
  ...MONEY_ERROR_CODES,
  CONCURRENT_UPDATE: "CONCURRENT_UPDATE",
} as const;
export type CommonErrorCode = keyof typeof COMMON_ERROR_CODES;

/** Descriptions of the common codes in every error enum (registerEnumType's valuesConfig). */
export const COMMON_ERROR_DESCRIPTIONS: Record<CommonErrorCode, { description: string }> = {
  INVALID_TEXT: {
    description:
      "A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description).",
  },
  TEXT_TOO_LONG: { description: "A string is longer than its field allows (see the field's description)." },
  AMOUNT_OUT_OF_RANGE: { description: "An amount, or a sum it would make, is more than 10^12 øre." },
  CONCURRENT_UPDATE: {
    description:
      "Other requests kept changing the same records at the same time; nothing was changed: send the request again.",
  },
};

/**
 * Builds `<Name>Error { code: <Name>ErrorCode!, field: [String!], message: String! }` for one mutation family, its
 * codes with COMMON_ERROR_CODES added. Expected failures are data, never top-level errors.
 */
export function userErrorType<E extends Record<string, string>>(name: string, codes: E, description?: string) {
  const all = { ...codes, ...COMMON_ERROR_CODES };
  registerEnumType(all, {
    name: `${name}Code`,
    valuesConfig: COMMON_ERROR_DESCRIPTIONS as Partial<Record<keyof typeof all, { description: string }>>,
  });

  @ObjectType(name, { description: description ?? "A problem with the input: nothing was changed." })
  class UserError {
    @Field(() => all)
    code!: E[keyof E] | CommonErrorCode;

    @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. ["input", "kid"].' })
    field!: string[] | null;

    @Field({ description: "What is wrong and how to fix it." })
    message!: string;
  }
  return UserError;
}
