import { ArgsType, Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { PostalAddressInput } from "../parties/address";
import { PageArgs } from "../../shared/pagination";

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Part of the name (any case), or the start of the kommunenummer.",
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: "Fylkesnummer, e.g. 46." })
  countyCode?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The date the codes must be valid on; default today (Europe/Oslo).",
  })
  validOn?: string | null;
}

@ArgsType()
export class ConciliationBoardsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Part of the board's name, or the name or code of a kommune it serves.",
  })
  search?: string | null;
}

@InputType({ description: "A new kommune row. An old code stays: end it with municipalityUpdate(validTo) instead." })
export class MunicipalityCreateInput {
  @Field({ description: "Kommunenummer, 4 digits." })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: "Fylkesnummer, 2 digits: the first two of the code." })
  countyCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "Fylke name; default the name already registered for countyCode.",
  })
  countyName?: string | null;

  @Field({ description: "First valid day, YYYY-MM-DD." })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: "Last valid day, YYYY-MM-DD; omit while in force." })
  validTo?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The forliksråd serving it; default a new board "<name> forliksråd".',
  })
  boardId?: string | null;
}

@InputType()
export class MunicipalityUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Last valid day, YYYY-MM-DD; null puts the code in force again. Omit to keep.",
  })
  validTo?: string | null;

  @Field(() => ID, { nullable: true, description: "The forliksråd serving this kommune. Omit to keep." })
  boardId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Replaces the neighbouring kommuner (both directions are kept). Omit to keep.",
  })
  neighbourIds?: string[] | null;
}

@InputType()
export class ConciliationBoardCreateInput {
  @Field()
  name!: string;

  @Field(() => PostalAddressInput, { nullable: true })
  address?: PostalAddressInput | null;

  @Field(() => [String], {
    defaultValue: [],
    description: "Kommunenummer of the kommuner it serves (in force today); they leave their previous board.",
  })
  municipalityCodes!: string[];
}

@InputType()
export class ConciliationBoardUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: "Null removes the address. Omit to keep." })
  address?: PostalAddressInput | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Replaces the kommuner it serves (in force today). A kommune left out must have another board first. Omit to keep.",
  })
  municipalityCodes?: string[] | null;
}

@InputType({ description: "Kommuner to serve from one shared (interkommunalt) forliksråd." })
export class ConciliationBoardMergeInput {
  @Field(() => [String], {
    description: "Kommunenummer (in force today) of the kommuner to share the board; they leave their previous boards.",
  })
  municipalityCodes!: string[];

  @Field(() => ID, {
    nullable: true,
    description: "An existing board to merge them into. Omit to create a new board named `name`.",
  })
  intoBoardId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of the shared board, e.g. "Vesterålen forliksråd"; with intoBoardId it renames that board. Required without intoBoardId.',
  })
  name?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: "The shared board's address. Omit to keep." })
  address?: PostalAddressInput | null;
}
