import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { SafeIntResolver } from "graphql-scalars";
import type { FilterQuery } from "@mikro-orm/core";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { idOf } from "../../shared/global-id";
import { afterCursor, connectionType, PageArgs, toPage } from "../../shared/pagination";
import { payloadOf, runMutation } from "../../graphql/mutation";
import { Scope } from "../access/api-key.entity";
import { canSeeCreditor, creditorScope } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { Creditor } from "../parties/creditor.entity";
import { Debtor } from "../parties/debtor.entity";
import { Invoice } from "./invoice.entity";
import { Document } from "../documents/document.entity";
import { numericIds, registerInvoice } from "./invoice.service";
import { InvoiceError, invoiceUserErrors } from "./invoice.errors";

@InputType({ description: "An invoice in tvist's own format. Amounts in øre; dates YYYY-MM-DD." })
export class InvoiceRegisterInput {
  @Field(() => ID)
  creditorId!: string;

  @Field(() => ID)
  debtorId!: string;

  @Field()
  invoiceNumber!: string;

  @Field({
    description:
      "The accounting system, e.g. conta. Together with the creditor and externalId it identifies the invoice.",
  })
  sourceSystem!: string;

  @Field()
  externalId!: string;

  @Field(() => String)
  issueDate!: string;

  @Field(() => String)
  dueDate!: string;

  @Field(() => SafeIntResolver, { description: "Øre, VAT included." })
  amount!: number;

  @Field(() => String, { nullable: true, defaultValue: "NOK" })
  currency?: string | null;

  @Field(() => String, { nullable: true })
  kid?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "An uploaded PDF of the invoice (POST /documents); attached to a forliksklage.",
  })
  pdfDocumentId?: string | null;
}

@ObjectType()
class InvoiceRegisterPayload {
  @Field(() => Invoice, { nullable: true })
  invoice!: Invoice | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field({ description: "False when the invoice was known already (an update, or nothing changed)." })
  created!: boolean;

  @Field(() => [InvoiceError])
  userErrors!: InstanceType<typeof InvoiceError>[];
}

const InvoiceConnection = connectionType("Invoice", Invoice);

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized(Scope.WRITE)
  @Mutation(() => InvoiceRegisterPayload, {
    description:
      "Registers an unpaid invoice and opens its collection case. Idempotent on (creditor, sourceSystem, externalId): sending it again updates the invoice, never duplicates it.",
  })
  async invoiceRegister(
    @Arg("input") input: InvoiceRegisterInput,
    @Ctx() ctx: Context,
  ): Promise<InvoiceRegisterPayload> {
    const auth = requireAuth(ctx);
    const result = await runMutation(ctx, invoiceUserErrors, (em, rec) =>
      registerInvoice(em, rec, auth, { ...input, ...numericIds(input.creditorId, input.debtorId) }),
    );
    return payloadOf(result, ({ invoice, case: c, created }) => ({ invoice, case: c, created }), {
      invoice: null,
      case: null,
      created: false,
    });
  }

  @Authorized(Scope.READ)
  @Query(() => InvoiceConnection, { description: "The caller's invoices, oldest first." })
  async invoices(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("creditorId", () => ID, { nullable: true }) creditorId?: string,
  ): Promise<InstanceType<typeof InvoiceConnection>> {
    const auth = requireAuth(ctx);
    const where: FilterQuery<Invoice> & Record<string, unknown> = {};
    const scope = creditorScope(auth);
    if (scope) where.creditor = scope;
    if (creditorId) {
      const id = idOf(creditorId, "Creditor");
      where.creditor = id !== undefined && canSeeCreditor(auth, id) ? id : 0;
    }
    const cursor = afterCursor(page.after);
    if (cursor) where.id = { $gt: cursor[1] };
    const rows = await ctx.em.find(Invoice, where, { orderBy: { id: "asc" }, limit: page.first + 1 });
    return toPage(rows, page.first, (i) => i.id);
  }

  @Authorized(Scope.READ)
  @Query(() => Invoice, { nullable: true })
  async invoice(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Lean<Invoice> | null> {
    const n = idOf(id, "Invoice");
    const invoice = n === undefined ? null : await ctx.loaders.load(Invoice, n);
    return invoice && canSeeCreditor(requireAuth(ctx), invoice.creditor.id) ? invoice : null;
  }

  @FieldResolver(() => Creditor)
  creditor(
    @Root() invoice: Invoice,
    @Ctx() ctx: Context,
  ): Lean<Creditor> | undefined | Promise<Lean<Creditor> | undefined> {
    return ctx.loaders.get(Creditor, invoice.creditor.id);
  }

  @FieldResolver(() => Debtor)
  debtor(@Root() invoice: Invoice, @Ctx() ctx: Context): Lean<Debtor> | undefined | Promise<Lean<Debtor> | undefined> {
    return ctx.loaders.get(Debtor, invoice.debtor.id);
  }

  @FieldResolver(() => CollectionCase, { description: "The invoice's collection case." })
  async case(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<CollectionCase | null> {
    return ctx.em.findOne(CollectionCase, { invoice: invoice.id });
  }

  @FieldResolver(() => Document, { nullable: true, description: "The invoice PDF, if one was uploaded." })
  async pdf(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Lean<Document> | null> {
    return invoice.pdfDocumentId ? ((await ctx.loaders.load(Document, invoice.pdfDocumentId)) ?? null) : null;
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description: "The invoice this one replaces (after a partial credit note).",
  })
  async replacesInvoice(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Lean<Invoice> | null> {
    return invoice.replacesInvoice ? ((await ctx.loaders.load(Invoice, invoice.replacesInvoice.id)) ?? null) : null;
  }

  @FieldResolver(() => Invoice, {
    nullable: true,
    description: "The new invoice that replaced this one after a partial credit note.",
  })
  async replacedBy(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<Invoice | null> {
    const found = await ctx.em.findOne(Invoice, { replacesInvoice: invoice.id });
    return found && canSeeCreditor(requireAuth(ctx), found.creditor.id) ? found : null;
  }
}
