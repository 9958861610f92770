import { Field, ObjectType } from "type-graphql";
import { connectionType } from "../../shared/pagination";
import { userErrorType } from "../../shared/user-error";
import { Creditor } from "./creditor.entity";
import { Debtor } from "./debtor.entity";
import { CreditorErrorCode, DebtorErrorCode } from "./parties.rules";
import { PartyWarningCode } from "../register/postal-code.rules";

export const CreditorConnection = connectionType("Creditor", Creditor);
export const DebtorConnection = connectionType("Debtor", Debtor);

export const CreditorError = userErrorType("CreditorError", CreditorErrorCode);
export const DebtorError = userErrorType("DebtorError", DebtorErrorCode);
export const PartyWarning = userErrorType("PartyWarning", PartyWarningCode, "Worth a check, but the change was made.");

@ObjectType()
abstract class CreditorResult {
  @Field(() => Creditor, { nullable: true })
  creditor!: Creditor | null;

  @Field(() => [CreditorError])
  userErrors!: InstanceType<typeof CreditorError>[];

  @Field(() => [PartyWarning], {
    description: "Checks the write passed with, e.g. a kommunenummer that differs from the postnummer's.",
  })
  warnings!: InstanceType<typeof PartyWarning>[];
}

@ObjectType()
abstract class DebtorResult {
  @Field(() => Debtor, { nullable: true })
  debtor!: Debtor | null;

  @Field(() => [DebtorError])
  userErrors!: InstanceType<typeof DebtorError>[];

  @Field(() => [PartyWarning], {
    description: "Checks the write passed with, e.g. a kommunenummer that differs from the postnummer's.",
  })
  warnings!: InstanceType<typeof PartyWarning>[];
}

@ObjectType()
export class CreditorCreatePayload extends CreditorResult {}

@ObjectType()
export class CreditorUpdatePayload extends CreditorResult {}

@ObjectType()
export class DebtorCreatePayload extends DebtorResult {}

@ObjectType()
export class DebtorUpdatePayload extends DebtorResult {}
