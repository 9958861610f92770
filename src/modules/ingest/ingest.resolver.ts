import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { Context } from "../../graphql/context";
import { CheckedPerItem } from "../../shared/text";
import { Scope } from "../access/api-key.entity";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction, MoneyKind } from "../cases/money.entities";
import { Invoice } from "../invoices/invoice.entity";
import { PartyWarning } from "../parties/parties.errors";
import { requireAuth } from "../access/authorization";
import { pushInvoices } from "./commands/invoices-push";
import { pushMoney } from "./commands/money-push";
import {
  CreditNotesPushError,
  InvoicePushItemError,
  InvoicesPushError,
  MoneyPushItemError,
  PaymentsPushError,
  pushUserError,
} from "./ingest.errors";
import type { PushContext, PushItemResult, PushOutcome } from "./ingest.service";

/** The fields every push input shares; not in the schema itself (nothing refers to it). */
@InputType()
export class PushInput {
  @Field({ description: "The plugin whose format the items are in, e.g. conta or kravia; also their sourceSystem." })
  pluginId!: string;

  @CheckedPerItem()
  @Field(() => [GraphQLJSON], {
    description:
      "Up to 1000 items, each in the plugin's own JSON format; an item that breaks a rule (text, money) gets its own userErrors and the others land.",
  })
  items!: unknown[];

  @Field(() => String, {
    nullable: true,
    description:
      "Makes the push safe to retry: a repeat with the same key and input returns the first response without running again.",
  })
  idempotencyKey?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The creditor of the items whose format does not name one (e.g. conta, where the organisation is in the URL). Omitted: the API key's only creditor.",
  })
  creditorId?: string | null;
}

@InputType({ description: "Invoices in a plugin's own format." })
export class InvoicesPushInput extends PushInput {}

@InputType({ description: "Payments in a plugin's own format." })
export class PaymentsPushInput extends PushInput {}

@InputType({ description: "Credit notes in a plugin's own format." })
export class CreditNotesPushInput extends PushInput {}

/** The records of a result are loaded only when asked for, batched over the whole response. */
@ObjectType({ description: "The outcome of one pushed invoice." })
class InvoicePushResult {
  @Field(() => Int, { description: "Position in input.items, from 0." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The item's id in the plugin's system, when it could be read." })
  externalId!: string | null;

  recordId!: number | null;
  caseId!: number | null;

  @Field({
    description: "False when the invoice was known already (an update, or nothing changed) or the item failed.",
  })
  created!: boolean;

  @Field(() => [InvoicePushItemError])
  userErrors!: InstanceType<typeof InvoicePushItemError>[];

  warnings?: InstanceType<typeof PartyWarning>[];
}

@ObjectType()
class InvoicesPushPayload {
  @Field(() => [InvoicePushResult], { description: "One result per item, in input order." })
  results!: InvoicePushResult[];

  @Field(() => [InvoicesPushError])
  userErrors!: InstanceType<typeof InvoicesPushError>[];
}

@ObjectType({
  description: "One part of a pushed payment or credit note: its own transaction on the case of one invoice.",
})
class MoneyPushPart {
  @Field({ description: "The part's id in the plugin's system." })
  externalId!: string;

  recordId!: number;
  caseId!: number;

  @Field({ description: "False when it was registered before (a repeat)." })
  created!: boolean;
}

@ObjectType({
  description:
    "The outcome of one pushed payment or credit note; one spread over several invoices lands whole or not at all.",
})
class MoneyPushResult {
  @Field(() => Int, { description: "Position in input.items, from 0." })
  index!: number;

  @Field(() => String, {
    nullable: true,
    description: "The item's id in the plugin's system (its first part's), when it could be read.",
  })
  externalId!: string | null;

  recordId!: number | null;
  caseId!: number | null;

  @Field({ description: "False when it was registered before (a repeat) or the item failed." })
  created!: boolean;

  @Field(() => [MoneyPushItemError])
  userErrors!: InstanceType<typeof MoneyPushItemError>[];

  parts?: MoneyPushPart[];
}

@ObjectType()
class PaymentsPushPayload {
  @Field(() => [MoneyPushResult], { description: "One result per item, in input order." })
  results!: MoneyPushResult[];

  @Field(() => [PaymentsPushError])
  userErrors!: InstanceType<typeof PaymentsPushError>[];
}

@ObjectType()
class CreditNotesPushPayload {
  @Field(() => [MoneyPushResult], { description: "One result per item, in input order." })
  results!: MoneyPushResult[];

  @Field(() => [CreditNotesPushError])
  userErrors!: InstanceType<typeof CreditNotesPushError>[];
}

const load = <T extends { id: number }>(
  ctx: Context,
  entity: new (...args: never[]) => T,
  id: number | null,
): Promise<T | null> => (id === null ? Promise.resolve(null) : ctx.loaders.load(entity, id).then((r) => r ?? null));

@Resolver(() => InvoicePushResult)
export class InvoicePushResultResolver {
  @FieldResolver(() => Invoice, { nullable: true })
  invoice(@Root() r: InvoicePushResult, @Ctx() ctx: Context): Promise<Invoice | null> {
    return load(ctx, Invoice, r.recordId);
  }

  @FieldResolver(() => CollectionCase, { nullable: true })
  case(@Root() r: InvoicePushResult, @Ctx() ctx: Context): Promise<CollectionCase | null> {
    return load(ctx, CollectionCase, r.caseId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "The case's number (Case.caseNumber), by which payments and credit notes may name it.",
  })
  async caseNumber(@Root() r: InvoicePushResult, @Ctx() ctx: Context): Promise<number | null> {
    return (await load(ctx, CollectionCase, r.caseId))?.caseNumber ?? null;
  }

  @FieldResolver(() => [PartyWarning], {
    description:
      "Checks the item passed with, e.g. a kommunenummer that differs from the postnummer's, or an invoice the payload asks to be sent, which tvist registers but does not send (INVOICE_NOT_DISTRIBUTED); `field` points into input.items.",
  })
  warnings(@Root() r: InvoicePushResult): InstanceType<typeof PartyWarning>[] {
    return r.warnings ?? [];
  }
}

@Resolver(() => MoneyPushPart)
export class MoneyPushPartResolver {
  @FieldResolver(() => CaseTransaction)
  async transaction(@Root() p: MoneyPushPart, @Ctx() ctx: Context): Promise<CaseTransaction> {
    return (await load(ctx, CaseTransaction, p.recordId))!;
  }

  @FieldResolver(() => CollectionCase)
  async case(@Root() p: MoneyPushPart, @Ctx() ctx: Context): Promise<CollectionCase> {
    return (await load(ctx, CollectionCase, p.caseId))!;
  }
}

@Resolver(() => MoneyPushResult)
export class MoneyPushResultResolver {
  @FieldResolver(() => [MoneyPushPart], {
    description: "One per invoice the item is for, in the plugin's order; empty when the item failed.",
  })
  parts(@Root() r: MoneyPushResult): MoneyPushPart[] {
    if (r.parts) return r.parts;
    // responses stored before parts existed had one part
    return r.recordId !== null && r.caseId !== null && r.externalId !== null
      ? [{ externalId: r.externalId, recordId: r.recordId, caseId: r.caseId, created: r.created }]
      : [];
  }

  @FieldResolver(() => CaseTransaction, {
    nullable: true,
    description: "The transaction registered (of the first part, when the item has several: see parts).",
  })
  transaction(@Root() r: MoneyPushResult, @Ctx() ctx: Context): Promise<CaseTransaction | null> {
    return load(ctx, CaseTransaction, r.recordId);
  }

  @FieldResolver(() => CollectionCase, {
    nullable: true,
    description: "The case paid or credited (the first part's, when the item has several: see parts).",
  })
  case(@Root() r: MoneyPushResult, @Ctx() ctx: Context): Promise<CollectionCase | null> {
    return load(ctx, CollectionCase, r.caseId);
  }
}

/** A push's context from a GraphQL request. */
export const pushContext = (ctx: Context): PushContext => ({
  em: ctx.em,
  auth: requireAuth(ctx),
  clock: ctx.clock,
  plugins: ctx.services.plugins,
  sinks: ctx.services.eventSinks,
});

/** The payload of a push: its results, or the whole push's userError. */
function payload<C extends string>(outcome: PushOutcome<C>) {
  return outcome.ok
    ? { results: outcome.results as PushItemResult<never>[], userErrors: [] }
    : { results: [], userErrors: [pushUserError(outcome.failure)] };
}

const IDEMPOTENT =
  "Idempotent on (creditor, plugin id, the item's external id); with idempotencyKey a retried request returns its first response.";

@Resolver()
export class IngestResolver {
  @Authorized(Scope.WRITE)
  @Mutation(() => InvoicesPushPayload, {
    description: `Pushes up to 1000 invoices in a plugin's format. Each item gets its own result: a bad item gets typed errors and writes nothing, the others land. Pushing an invoice again updates it, never duplicates it. ${IDEMPOTENT}`,
  })
  async invoicesPush(@Arg("input") input: InvoicesPushInput, @Ctx() ctx: Context): Promise<InvoicesPushPayload> {
    return payload(await pushInvoices(pushContext(ctx), input));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => PaymentsPushPayload, {
    description: `Pushes up to 1000 payments (innbetalinger) in a plugin's format, each matched to its case by the creditor's invoice with that external id. ${IDEMPOTENT}`,
  })
  async paymentsPush(@Arg("input") input: PaymentsPushInput, @Ctx() ctx: Context): Promise<PaymentsPushPayload> {
    return payload(await pushMoney(pushContext(ctx), MoneyKind.PAYMENT, input));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CreditNotesPushPayload, {
    description: `Pushes up to 1000 credit notes (kreditnotaer) in a plugin's format, each matched to its case by the creditor's invoice with that external id. ${IDEMPOTENT}`,
  })
  async creditNotesPush(
    @Arg("input") input: CreditNotesPushInput,
    @Ctx() ctx: Context,
  ): Promise<CreditNotesPushPayload> {
    return payload(await pushMoney(pushContext(ctx), MoneyKind.CREDIT_NOTE, input));
  }
}
