import { Field, ObjectType } from "type-graphql";
import { connectionType } from "../../shared/pagination";
import { userErrorType } from "../../shared/user-error";
import { Creditor } from "./creditor.entity";
import { Debtor } from "./debtor.entity";
import { CreditorErrorCode, DebtorErrorCode } from "./parties.rules";

export const CreditorConnection = connectionType("Creditor", Creditor);
export const DebtorConnection = connectionType("Debtor", Debtor);

export const CreditorError = userErrorType("CreditorError", CreditorErrorCode);
export const DebtorError = userErrorType("DebtorError", DebtorErrorCode);

@ObjectType()
abstract class CreditorResult {
  @Field(() => Creditor, { nullable: true })
  creditor!: Creditor | null;

  @Field(() => [CreditorError])
  userErrors!: InstanceType<typeof CreditorError>[];
}

@ObjectType()
abstract class DebtorResult {
  @Field(() => Debtor, { nullable: true })
  debtor!: Debtor | null;

  @Field(() => [DebtorError])
  userErrors!: InstanceType<typeof DebtorError>[];
}

@ObjectType()
export class CreditorCreatePayload extends CreditorResult {}

@ObjectType()
export class CreditorUpdatePayload extends CreditorResult {}

@ObjectType()
export class DebtorCreatePayload extends DebtorResult {}

@ObjectType()
export class DebtorUpdatePayload extends DebtorResult {}
