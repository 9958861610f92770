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
import type { Lean } from "../../graphql/fast/lean";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import { CheckedPerItem } from "../../shared/text";
import { Scope } from "../access/api-key.entity";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction, MoneyKind } from "../cases/money.entities";
import { Invoice } from "../invoices/invoice.entity";
import { PartyWarning } from "../parties/parties.payloads";
import {
  pushInvoices,
  pushMoney,
  type InvoicePushItemErrorCode as InvoiceCodes,
  type MoneyPushItemErrorCode as MoneyCodes,
  type PushErrorCode as BatchCodes,
} from "./ingest.service";

const PAYLOAD_CODES = {
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_FORMAT: "INVALID_FORMAT",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  INVALID_DATE: "INVALID_DATE",
  UNKNOWN_CURRENCY: "UNKNOWN_CURRENCY",
  UNSUPPORTED_VALUE: "UNSUPPORTED_VALUE",
} as const;

export const InvoicePushItemErrorCode = {
  ...PAYLOAD_CODES,
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_DEBTOR: "UNKNOWN_DEBTOR",
  DUE_BEFORE_ISSUE: "DUE_BEFORE_ISSUE",
  INVALID_KID: "INVALID_KID",
  CASE_CLOSED: "CASE_CLOSED",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  UNKNOWN_KOMMUNE: "UNKNOWN_KOMMUNE",
  UNKNOWN_POSTAL_CODE: "UNKNOWN_POSTAL_CODE",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
} as const satisfies { [K in Exclude<InvoiceCodes, CommonErrorCode>]: K };
export const InvoicePushItemError = userErrorType(
  "InvoicePushItemError",
  InvoicePushItemErrorCode,
  "A problem with one pushed invoice: nothing was written for it. `field` points into input.items.",
);

export const MoneyPushItemErrorCode = {
  ...PAYLOAD_CODES,
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  UNKNOWN_INVOICE: "UNKNOWN_INVOICE",
  CASE_CLOSED: "CASE_CLOSED",
  AMOUNT_EXCEEDS_OUTSTANDING: "AMOUNT_EXCEEDS_OUTSTANDING",
  CONFLICTING_REPEAT: "CONFLICTING_REPEAT",
} as const satisfies { [K in Exclude<MoneyCodes, CommonErrorCode>]: K };
export const MoneyPushItemError = userErrorType(
  "MoneyPushItemError",
  MoneyPushItemErrorCode,
  "A problem with one pushed payment or credit note: nothing was written for it. `field` points into input.items.",
);

const batchCodes = () =>
  ({
    UNKNOWN_PLUGIN: "UNKNOWN_PLUGIN",
    BATCH_TOO_LARGE: "BATCH_TOO_LARGE",
    UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
    IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",
    IDEMPOTENCY_KEY_IN_USE: "IDEMPOTENCY_KEY_IN_USE",
    INVALID_IDEMPOTENCY_KEY: "INVALID_IDEMPOTENCY_KEY",
  }) as const satisfies { [K in BatchCodes]: K };
const WHOLE = "A problem with the whole push: nothing was written.";
export const InvoicesPushError = userErrorType("InvoicesPushError", batchCodes(), WHOLE);
export const PaymentsPushError = userErrorType("PaymentsPushError", batchCodes(), WHOLE);
export const CreditNotesPushError = userErrorType("CreditNotesPushError", batchCodes(), WHOLE);

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
): Promise<Lean<T> | null> =>
  id === null ? Promise.resolve(null) : ctx.loaders.load(entity, id).then((r) => r ?? null);

@Resolver(() => InvoicePushResult)
export class InvoicePushResultResolver {
  @FieldResolver(() => Invoice, { nullable: true })
  invoice(@Root() r: InvoicePushResult, @Ctx() ctx: Context): Promise<Lean<Invoice> | null> {
    return load(ctx, Invoice, r.recordId);
  }

  @FieldResolver(() => CollectionCase, { nullable: true })
  case(@Root() r: InvoicePushResult, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | null> {
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
  async transaction(@Root() p: MoneyPushPart, @Ctx() ctx: Context): Promise<Lean<CaseTransaction>> {
    return (await load(ctx, CaseTransaction, p.recordId))!;
  }

  @FieldResolver(() => CollectionCase)
  async case(@Root() p: MoneyPushPart, @Ctx() ctx: Context): Promise<Lean<CollectionCase>> {
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
  transaction(@Root() r: MoneyPushResult, @Ctx() ctx: Context): Promise<Lean<CaseTransaction> | null> {
    return load(ctx, CaseTransaction, r.recordId);
  }

  @FieldResolver(() => CollectionCase, {
    nullable: true,
    description: "The case paid or credited (the first part's, when the item has several: see parts).",
  })
  case(@Root() r: MoneyPushResult, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | null> {
    return load(ctx, CollectionCase, r.caseId);
  }
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
    return pushInvoices(ctx, input);
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => PaymentsPushPayload, {
    description: `Pushes up to 1000 payments (innbetalinger) in a plugin's format, each matched to its case by the creditor's invoice with that external id. ${IDEMPOTENT}`,
  })
  async paymentsPush(@Arg("input") input: PaymentsPushInput, @Ctx() ctx: Context): Promise<PaymentsPushPayload> {
    return pushMoney(ctx, MoneyKind.PAYMENT, input);
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CreditNotesPushPayload, {
    description: `Pushes up to 1000 credit notes (kreditnotaer) in a plugin's format, each matched to its case by the creditor's invoice with that external id. ${IDEMPOTENT}`,
  })
  async creditNotesPush(
    @Arg("input") input: CreditNotesPushInput,
    @Ctx() ctx: Context,
  ): Promise<CreditNotesPushPayload> {
    return pushMoney(ctx, MoneyKind.CREDIT_NOTE, input);
  }
}
