import { Field, ObjectType } from "type-graphql";
import { CollectionCase } from "./collection-case.entity";

type ClassOf<T> = new (...args: never[]) => T;

/**
 * `<name> { <key>: <type>, case, userErrors }`: the payload of a mutation that acts on one object of a case (an
 * objection, a complaint, an enforcement measure) and answers with it and the case.
 */
export function caseObjectPayload<K extends string, T, E>(
  name: string,
  key: K,
  type: ClassOf<T>,
  error: ClassOf<E>,
  caseDescription?: string,
) {
  @ObjectType(name)
  class CaseObjectPayload {}
  Field(() => type, { nullable: true })(CaseObjectPayload.prototype, key);
  Field(() => CollectionCase, { nullable: true, description: caseDescription })(CaseObjectPayload.prototype, "case");
  Field(() => [error])(CaseObjectPayload.prototype, "userErrors");
  return CaseObjectPayload as unknown as new () => { [P in K]: T | null } & {
    case: CollectionCase | null;
    userErrors: E[];
  };
}
