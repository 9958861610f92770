import { Field, ObjectType } from "type-graphql";
import { connectionType } from "../../shared/pagination";
import { Creditor } from "./creditor.entity";
import { Debtor } from "./debtor.entity";
import { CreditorError, DebtorError, PartyWarning } from "./parties.errors";

export const CreditorConnection = connectionType("Creditor", Creditor);
export const DebtorConnection = connectionType("Debtor", Debtor);

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
