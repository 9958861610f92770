import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { Context } from "../../context";
import { userErrorType } from "../../shared/user-error";
import { Scope } from "../access/api-key.entity";
import { CollectionCase } from "../cases/collection-case.entity";
import { Invoice } from "../invoices/invoice.entity";
import { pushInvoices, type PushErrorCode as PushErrorCodeType, type PushItemErrorCode as PushItemErrorCodeType, type PushResponse } from "./ingest.service";

export const PushItemErrorCode = {
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_FORMAT: "INVALID_FORMAT",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  INVALID_DATE: "INVALID_DATE",
  UNKNOWN_CURRENCY: "UNKNOWN_CURRENCY",
  UNSUPPORTED_VALUE: "UNSUPPORTED_VALUE",
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_DEBTOR: "UNKNOWN_DEBTOR",
  DUE_BEFORE_ISSUE: "DUE_BEFORE_ISSUE",
  INVALID_KID: "INVALID_KID",
  CASE_CLOSED: "CASE_CLOSED",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  UNKNOWN_KOMMUNE: "UNKNOWN_KOMMUNE",
  CONCURRENT_UPDATE: "CONCURRENT_UPDATE",
} as const satisfies { [K in PushItemErrorCodeType]: K };
export const InvoicePushItemError = userErrorType("InvoicePushItemError", PushItemErrorCode, "A problem with one pushed item: nothing was written for it. `field` points into input.items.");

export const PushErrorCode = {
  UNKNOWN_PLUGIN: "UNKNOWN_PLUGIN",
  BATCH_TOO_LARGE: "BATCH_TOO_LARGE",
  IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",
  IDEMPOTENCY_KEY_IN_USE: "IDEMPOTENCY_KEY_IN_USE",
  INVALID_IDEMPOTENCY_KEY: "INVALID_IDEMPOTENCY_KEY",
} as const satisfies { [K in PushErrorCodeType]: K };
export const InvoicesPushError = userErrorType("InvoicesPushError", PushErrorCode, "A problem with the whole push: nothing was written.");

@InputType()
export class InvoicesPushInput {
  @Field({ description: "The plugin whose format the items are in, e.g. conta or kravia; also their sourceSystem." })
  pluginId!: string;

  @Field(() => [GraphQLJSON], { description: "Up to 1000 invoices, each in the plugin's own JSON format." })
  items!: unknown[];

  @Field(() => String, {
    nullable: true,
    description: "Makes the push safe to retry: a repeat with the same key and input returns the first response without running again.",
  })
  idempotencyKey?: string | null;
}

@ObjectType({ description: "The outcome of one pushed invoice." })
class InvoicePushResult {
  @Field(() => Int, { description: "Position in input.items, from 0." })
  index!: number;

  @Field(() => String, { nullable: true, description: "The item's id in the plugin's system, when it could be read." })
  externalId!: string | null;

  @Field(() => Invoice, { nullable: true })
  invoice!: Invoice | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field({ description: "False when the invoice was known already (an update, or nothing changed) or the item failed." })
  created!: boolean;

  @Field(() => [InvoicePushItemError])
  userErrors!: InstanceType<typeof InvoicePushItemError>[];
}

@ObjectType()
class InvoicesPushPayload {
  @Field(() => [InvoicePushResult], { description: "One result per item, in input order." })
  results!: InvoicePushResult[];

  @Field(() => [InvoicesPushError])
  userErrors!: InstanceType<typeof InvoicesPushError>[];
}

/** The stored (or fresh) response with its records loaded: two queries, whatever the batch size. */
async function toPayload(ctx: Context, response: PushResponse): Promise<InvoicesPushPayload> {
  const invoiceIds = response.results.flatMap((r) => (r.invoiceId === null ? [] : [r.invoiceId]));
  const caseIds = response.results.flatMap((r) => (r.caseId === null ? [] : [r.caseId]));
  const invoices = new Map(invoiceIds.length ? (await ctx.em.find(Invoice, { id: { $in: invoiceIds } })).map((i) => [i.id, i]) : []);
  const cases = new Map(caseIds.length ? (await ctx.em.find(CollectionCase, { id: { $in: caseIds } })).map((c) => [c.id, c]) : []);
  return {
    results: response.results.map((r) => ({
      index: r.index,
      externalId: r.externalId,
      invoice: r.invoiceId === null ? null : (invoices.get(r.invoiceId) ?? null),
      case: r.caseId === null ? null : (cases.get(r.caseId) ?? null),
      created: r.created,
      userErrors: r.userErrors,
    })),
    userErrors: response.userErrors,
  };
}

@Resolver()
export class IngestResolver {
  @Authorized(Scope.WRITE)
  @Mutation(() => InvoicesPushPayload, {
    description:
      "Pushes up to 1000 invoices in a plugin's format. Each item gets its own result: a bad item gets typed errors and writes nothing, the others land. " +
      "Idempotent on (plugin id, the item's external id): pushing an invoice again updates it, never duplicates it.",
  })
  async invoicesPush(@Arg("input") input: InvoicesPushInput, @Ctx() ctx: Context): Promise<InvoicesPushPayload> {
    return toPayload(ctx, await pushInvoices(ctx, input));
  }
}
