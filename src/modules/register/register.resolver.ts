import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../../graphql/context";
import type { Page } from "../../shared/pagination";
import { Scope } from "../access/api-key.entity";
import { GLOBAL_ADMIN } from "../access/auth";
import { ConciliationBoard } from "./conciliation-board.entity";
import { Municipality } from "./municipality.entity";
import {
  ConciliationBoardCreateInput,
  ConciliationBoardsArgs,
  ConciliationBoardUpdateInput,
  MunicipalitiesArgs,
  MunicipalityCreateInput,
  MunicipalityUpdateInput,
} from "./register.inputs";
import {
  ConciliationBoardConnection,
  ConciliationBoardCreatePayload,
  ConciliationBoardUpdatePayload,
  MunicipalityConnection,
  MunicipalityCreatePayload,
  MunicipalityUpdatePayload,
} from "./register.payloads";
import {
  createConciliationBoard,
  createMunicipality,
  findConciliationBoard,
  listConciliationBoards,
  listMunicipalities,
  municipalitiesOfBoard,
  neighboursOf,
  resolveMunicipality,
  updateConciliationBoard,
  updateMunicipality,
} from "./register.service";
import { conciliationBoardUserErrors, municipalityUserErrors } from "./register.errors";

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Authorized(Scope.READ)
  @Query(() => MunicipalityConnection, {
    description: "The municipality register (kommuneregister): kommuner valid on a date, ordered by code.",
  })
  municipalities(@Args() args: MunicipalitiesArgs, @Ctx() ctx: Context): Promise<Page<Municipality>> {
    return listMunicipalities(
      ctx.em,
      { search: args.search, countyCode: args.countyCode, validOn: args.validOn ?? ctx.clock.today() },
      args,
    );
  }

  @Authorized(Scope.READ)
  @Query(() => Municipality, {
    nullable: true,
    description: "The kommune with this kommunenummer on a date (default today), or null.",
  })
  municipality(
    @Arg("code") code: string,
    @Arg("validOn", () => LocalDateResolver, { nullable: true }) validOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Municipality | null> {
    return resolveMunicipality(ctx.em, code.trim(), validOn ?? ctx.clock.today());
  }

  @FieldResolver(() => ConciliationBoard, { nullable: true, description: "The forliksråd that serves this kommune." })
  async board(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<ConciliationBoard | null> {
    return municipality.board ? ((await ctx.loaders.load(ConciliationBoard, municipality.board.id)) ?? null) : null;
  }

  @FieldResolver(() => [Municipality], { description: "Neighbouring kommuner (nabokommuner), for møteplikt." })
  neighbours(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<Municipality[]> {
    return neighboursOf(ctx.loaders, municipality);
  }

  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => MunicipalityCreatePayload, {
    description:
      "Adds a kommune row to the register (a new code, or a new period of a code). Global administrator only: the register is shared by every creditor.",
  })
  async municipalityCreate(
    @Arg("input") input: MunicipalityCreateInput,
    @Ctx() ctx: Context,
  ): Promise<MunicipalityCreatePayload> {
    const result = await createMunicipality(ctx.em, input);
    return result.ok
      ? { municipality: result.value, userErrors: [] }
      : { municipality: null, userErrors: municipalityUserErrors(result.errors) };
  }

  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => MunicipalityUpdatePayload, {
    description:
      "Renames a kommune row, ends its validity, or changes its forliksråd or neighbours. Global administrator only.",
  })
  async municipalityUpdate(
    @Arg("input") input: MunicipalityUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<MunicipalityUpdatePayload> {
    const result = await updateMunicipality(ctx.em, input);
    return result.ok
      ? { municipality: result.value, userErrors: [] }
      : { municipality: null, userErrors: municipalityUserErrors(result.errors) };
  }
}

@Resolver(() => ConciliationBoard)
export class ConciliationBoardResolver {
  @Authorized(Scope.READ)
  @Query(() => ConciliationBoardConnection, { description: "The forliksråd register, ordered by name." })
  conciliationBoards(@Args() args: ConciliationBoardsArgs, @Ctx() ctx: Context): Promise<Page<ConciliationBoard>> {
    return listConciliationBoards(ctx.em, args.search, args);
  }

  @Authorized(Scope.READ)
  @Query(() => ConciliationBoard, { nullable: true })
  conciliationBoard(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ConciliationBoard | null> {
    return findConciliationBoard(ctx.em, id);
  }

  @FieldResolver(() => [Municipality], {
    description: "The kommuner it serves on a date (default today), ordered by code.",
  })
  municipalities(
    @Root() board: ConciliationBoard,
    @Arg("validOn", () => LocalDateResolver, { nullable: true }) validOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Municipality[]> {
    return municipalitiesOfBoard(ctx.loaders, board.id, validOn ?? ctx.clock.today());
  }

  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => ConciliationBoardCreatePayload, {
    description:
      "Adds a forliksråd serving the kommuner given; they leave their previous board. Global administrator only: the register is shared by every creditor.",
  })
  async conciliationBoardCreate(
    @Arg("input") input: ConciliationBoardCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationBoardCreatePayload> {
    const result = await createConciliationBoard(ctx.em, input, ctx.clock.today());
    return result.ok
      ? { conciliationBoard: result.value, userErrors: [] }
      : { conciliationBoard: null, userErrors: conciliationBoardUserErrors(result.errors) };
  }

  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => ConciliationBoardUpdatePayload, {
    description: "Renames or re-addresses a forliksråd, or changes the kommuner it serves. Global administrator only.",
  })
  async conciliationBoardUpdate(
    @Arg("input") input: ConciliationBoardUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationBoardUpdatePayload> {
    const result = await updateConciliationBoard(ctx.em, input, ctx.clock.today());
    return result.ok
      ? { conciliationBoard: result.value, userErrors: [] }
      : { conciliationBoard: null, userErrors: conciliationBoardUserErrors(result.errors) };
  }
}
