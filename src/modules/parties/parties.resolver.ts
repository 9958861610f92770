import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import type { Page } from "../../shared/pagination";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { Municipality } from "../register/municipality.entity";
import { Creditor } from "./creditor.entity";
import { Debtor } from "./debtor.entity";
import { creditorUserErrors, debtorUserErrors } from "./parties.errors";
import {
  CreditorCreateInput,
  CreditorsArgs,
  CreditorUpdateInput,
  DebtorCreateInput,
  DebtorsArgs,
  DebtorUpdateInput,
} from "./parties.inputs";
import {
  CreditorConnection,
  CreditorCreatePayload,
  CreditorUpdatePayload,
  DebtorConnection,
  DebtorCreatePayload,
  DebtorUpdatePayload,
} from "./parties.payloads";
import {
  createCreditor,
  createDebtor,
  findCreditor,
  findDebtor,
  listCreditors,
  listDebtors,
  updateCreditor,
  updateDebtor,
} from "./parties.service";

async function municipalityOf(ctx: Context, party: Creditor | Debtor): Promise<Lean<Municipality>> {
  const found = await ctx.loaders.load(Municipality, party.municipality.id);
  if (!found) throw new Error(`Municipality ${party.municipality.id} is missing`);
  return found;
}

@Resolver(() => Creditor)
export class CreditorResolver {
  @Authorized(Scope.READ)
  @Query(() => CreditorConnection, { description: "Creditors the caller's key sees, ordered by name." })
  creditors(@Args() args: CreditorsArgs, @Ctx() ctx: Context): Promise<Page<Creditor>> {
    return listCreditors(ctx.em, requireAuth(ctx), args.search, args);
  }

  @Authorized(Scope.READ)
  @Query(() => Creditor, { nullable: true, description: "A creditor the caller's key sees, or null." })
  creditor(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Creditor | null> {
    return findCreditor(ctx.em, requireAuth(ctx), id);
  }

  @FieldResolver(() => Municipality, { description: "The kommune of the business address." })
  municipality(@Root() creditor: Creditor, @Ctx() ctx: Context): Promise<Lean<Municipality>> {
    return municipalityOf(ctx, creditor);
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => CreditorCreatePayload, {
    description: "Registers a creditor (kreditor). A key bound to listed creditors is bound to the new one too.",
  })
  async creditorCreate(@Arg("input") input: CreditorCreateInput, @Ctx() ctx: Context): Promise<CreditorCreatePayload> {
    const result = await createCreditor(ctx.em, requireAuth(ctx), input, ctx.clock.today());
    return result.ok
      ? { creditor: result.value.party, userErrors: [], warnings: result.value.warnings }
      : { creditor: null, userErrors: creditorUserErrors(result.errors), warnings: [] };
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => CreditorUpdatePayload, {
    description: "Changes a creditor's name, organisasjonsnummer, address or kommune.",
  })
  async creditorUpdate(@Arg("input") input: CreditorUpdateInput, @Ctx() ctx: Context): Promise<CreditorUpdatePayload> {
    const result = await updateCreditor(ctx.em, requireAuth(ctx), input, ctx.clock.today());
    return result.ok
      ? { creditor: result.value.party, userErrors: [], warnings: result.value.warnings }
      : { creditor: null, userErrors: creditorUserErrors(result.errors), warnings: [] };
  }
}

@Resolver(() => Debtor)
export class DebtorResolver {
  @Authorized(Scope.READ)
  @Query(() => DebtorConnection, { description: "Debtors of the creditors the caller's key sees, ordered by name." })
  debtors(@Args() args: DebtorsArgs, @Ctx() ctx: Context): Promise<Page<Debtor>> {
    return listDebtors(ctx.em, requireAuth(ctx), { creditorId: args.creditorId, search: args.search }, args);
  }

  @Authorized(Scope.READ)
  @Query(() => Debtor, { nullable: true, description: "A debtor of a creditor the caller's key sees, or null." })
  debtor(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Debtor | null> {
    return findDebtor(ctx.em, requireAuth(ctx), id);
  }

  @FieldResolver(() => Creditor)
  async creditor(@Root() debtor: Debtor, @Ctx() ctx: Context): Promise<Lean<Creditor>> {
    const found = await ctx.loaders.load(Creditor, debtor.creditor.id);
    if (!found) throw new Error(`Creditor ${debtor.creditor.id} is missing`);
    return found;
  }

  @FieldResolver(() => Municipality, { description: "The kommune of the home or business address." })
  municipality(@Root() debtor: Debtor, @Ctx() ctx: Context): Promise<Lean<Municipality>> {
    return municipalityOf(ctx, debtor);
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DebtorCreatePayload, { description: "Registers a debtor (skyldner) in a creditor's ledger." })
  async debtorCreate(@Arg("input") input: DebtorCreateInput, @Ctx() ctx: Context): Promise<DebtorCreatePayload> {
    const result = await createDebtor(ctx.em, requireAuth(ctx), input, ctx.clock.today());
    return result.ok
      ? { debtor: result.value.party, userErrors: [], warnings: result.value.warnings }
      : { debtor: null, userErrors: debtorUserErrors(result.errors), warnings: [] };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DebtorUpdatePayload, { description: "Changes a debtor's name, identifiers, address or kommune." })
  async debtorUpdate(@Arg("input") input: DebtorUpdateInput, @Ctx() ctx: Context): Promise<DebtorUpdatePayload> {
    const result = await updateDebtor(ctx.em, requireAuth(ctx), input, ctx.clock.today());
    return result.ok
      ? { debtor: result.value.party, userErrors: [], warnings: result.value.warnings }
      : { debtor: null, userErrors: debtorUserErrors(result.errors), warnings: [] };
  }
}
