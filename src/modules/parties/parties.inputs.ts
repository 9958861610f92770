import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../shared/pagination";
import { PostalAddressInput } from "./address";
import { DebtorKind } from "./debtor.entity";

@ArgsType()
export class CreditorsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Part of the name (any case), or the start of the organisasjonsnummer.",
  })
  search?: string | null;
}

@ArgsType()
export class DebtorsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this creditor's debtors." })
  creditorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the name (any case), or the start of the organisasjonsnummer.",
  })
  search?: string | null;
}

@InputType()
export class CreditorCreateInput {
  @Field()
  name!: string;

  @Field({ description: "Organisasjonsnummer, 9 digits (MOD11)." })
  orgNumber!: string;

  @Field(() => PostalAddressInput)
  address!: PostalAddressInput;

  @Field(() => String, {
    nullable: true,
    description:
      "Kommunenummer (4 digits) of the business address, in force today. Omitted: the kommune of the postnummer (Norwegian addresses).",
  })
  kommunenummer?: string | null;
}

@InputType({ description: "Omitted fields are left as they are." })
export class CreditorUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  orgNumber?: string | null;

  @Field(() => PostalAddressInput, { nullable: true })
  address?: PostalAddressInput | null;

  @Field(() => String, { nullable: true, description: "Omitted with a new address: the kommune of its postnummer." })
  kommunenummer?: string | null;
}

@InputType()
export class DebtorCreateInput {
  @Field(() => ID)
  creditorId!: string;

  @Field(() => DebtorKind)
  kind!: DebtorKind;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Organisasjonsnummer: required for an ORGANISATION, not allowed for a PERSON.",
  })
  orgNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Fødselsdato YYYY-MM-DD: required for a PERSON, not allowed for an ORGANISATION.",
  })
  birthDate?: string | null;

  @Field(() => PostalAddressInput)
  address!: PostalAddressInput;

  @Field(() => String, {
    nullable: true,
    description:
      "Kommunenummer (4 digits) of the home or business address, in force today. Omitted: the kommune of the postnummer (Norwegian addresses).",
  })
  kommunenummer?: string | null;
}

@InputType({ description: "Omitted fields are left as they are; the kind and creditor do not change." })
export class DebtorUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Null removes it (a person has none)." })
  orgNumber?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD. Null removes it (an organisation has none)." })
  birthDate?: string | null;

  @Field(() => PostalAddressInput, { nullable: true })
  address?: PostalAddressInput | null;

  @Field(() => String, { nullable: true, description: "Omitted with a new address: the kommune of its postnummer." })
  kommunenummer?: string | null;
}
