import { FreeText } from "../../shared/text";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { commandContext } from "../../events/context";
import { idOf } from "../../shared/global-id";
import { connectionType, PageArgs, type Page } from "../../shared/pagination";
import { payloadOf, runMutation } from "../../graphql/mutation";
import { toResult } from "../../shared/outcome";
import { Scope } from "../access/api-key.entity";
import { canSeeCreditor } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { Invoice } from "../invoices/invoice.entity";
import { Creditor } from "../parties/creditor.entity";
import { Debtor } from "../parties/debtor.entity";
import {
  availableActions,
  CaseAction,
  CaseStatus,
  CollectionStepKind,
  DeadlineKind,
  nextDeadline,
  type CaseFacts,
} from "./case.rules";
import { CaseEvent } from "./case-event.entity";
import { CollectionCase } from "./collection-case.entity";
import { CaseTransaction, CollectionStep, MoneyKind } from "./money.entities";
import { closeCase, listCases, listTimeline, recordCollectionStep, registerMoney } from "./case.service";
import { CaseError, caseUserErrors } from "./case.errors";
import { latestEventLoader, prefetchCaseFields, stepsLoader } from "./case.loaders";
import { selectedFields } from "../../shared/selection";
import { enforcementAvailableFor } from "../judgments/judgment.loaders";
import { objectionsLoader } from "../objections/objection.loaders";
import { objectionFacts } from "../objections/objection.rules";

registerEnumType(CaseAction, {
  name: "CaseAction",
  description: "What may be done on a case now, as the rules say.",
  valuesConfig: {
    SEND_COLLECTION_NOTICE: { description: "Send an inkassovarsel (collectionStepRecord)." },
    SEND_PAYMENT_DEMAND: { description: "Send a betalingsoppfordring (collectionStepRecord)." },
    REGISTER_OBJECTION: { description: "Register the debtor's objection — innsigelse (objectionRegister)." },
    REQUEST_WRITTEN_OBJECTION: {
      description:
        "The debtor objected orally: ask for the objection in writing, and register it when it comes (a written channel, or ORAL with the document uploaded).",
    },
    WITHDRAW_OBJECTION: { description: "The debtor withdrew an objection (objectionWithdraw)." },
    MARK_OBJECTION_UNFOUNDED: {
      description: "Record that an objection is åpenbart grunnløs, with a reason (objectionMarkUnfounded).",
    },
    RESOLVE_OBJECTION_BY_CREDIT: {
      description:
        "Settle an objection with a credit note — kreditnota, perhaps with a new invoice (objectionResolveByCreditNote).",
    },
    ESCALATE_TO_CONCILIATION: { description: "Take the disputed claim to the forliksråd (objectionEscalate)." },
    CREATE_ENFORCEMENT_PETITION: {
      description:
        "Ask namsmannen for enforcement of the judgment — utleggsbegjæring (enforcementPetitionCreate): the creditor won, payment is due, money is owed and the judgment is final.",
    },
  },
});
registerEnumType(DeadlineKind, {
  name: "DeadlineKind",
  valuesConfig: {
    OBJECTION_RESPONSE_DUE: {
      description:
        "The creditor's answer to a written objection (innsigelse) is due (OBJECTION_RESPONSE_DAYS after it came in).",
    },
  },
});

@ObjectType({ description: "The next deadline that matters on a case." })
class NextDeadline {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => LocalDateResolver)
  dueAt!: string;

  @Field()
  pastDue!: boolean;
}

type CaseErrorT = InstanceType<typeof CaseError>;

@InputType()
class CollectionStepRecordInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CollectionStepKind)
  kind!: CollectionStepKind;

  @Field(() => String, { description: "Date the letter was sent (YYYY-MM-DD)." })
  sentOn!: string;

  @Field(() => String, {
    nullable: true,
    description: "Last day to pay; at least 14 calendar days after sentOn (the default).",
  })
  deadline?: string | null;
}

@InputType()
class PaymentRegisterInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => SafeIntResolver, { description: "Øre." })
  amount!: number;

  @Field(() => String)
  paidOn!: string;

  @Field(() => String, { nullable: true })
  reference?: string | null;
}

@InputType()
class CreditNoteRegisterInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => SafeIntResolver, { description: "Øre." })
  amount!: number;

  @Field(() => String)
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: "Kreditnotanummer." })
  creditNoteNumber?: string | null;
}

@InputType()
class CaseCloseInput {
  @Field(() => ID)
  caseId!: string;

  @FreeText()
  @Field({ description: "Why the case is closed; not blank. Recorded in the timeline." })
  reason!: string;
}

@InputType()
class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  status?: CaseStatus[] | null;

  @Field(() => ID, { nullable: true })
  creditorId?: string | null;

  @Field(() => ID, { nullable: true })
  debtorId?: string | null;

  @Field(() => Date, { nullable: true, description: "Only cases changed at or after this instant." })
  updatedSince?: Date | null;
}

@ObjectType()
class CollectionStepRecordPayload {
  @Field(() => CollectionStep, { nullable: true })
  step!: CollectionStep | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [CaseError])
  userErrors!: CaseErrorT[];
}

@ObjectType()
class CaseTransactionPayload {
  @Field(() => CaseTransaction, { nullable: true })
  transaction!: CaseTransaction | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [CaseError])
  userErrors!: CaseErrorT[];
}

@ObjectType()
class CaseClosePayload {
  @Field(() => CollectionCase, { nullable: true })
  case!: Lean<CollectionCase> | null;

  @Field(() => [CaseError])
  userErrors!: CaseErrorT[];
}

const CaseConnection = connectionType("Case", CollectionCase);

/** The rules' view of a case, batched across a page. */
async function loadFacts(c: CollectionCase, ctx: Context): Promise<CaseFacts> {
  const [invoice, steps, objections] = await Promise.all([
    ctx.loaders.load(Invoice, c.invoice.id),
    stepsLoader(ctx.loaders).load(c.id),
    objectionsLoader(ctx.loaders).load(c.id),
  ]);
  return {
    status: c.status,
    outstanding: c.outstandingAmount,
    dueDate: invoice!.dueDate,
    steps,
    objections: objectionFacts(objections),
  };
}
const CaseEventConnection = connectionType("CaseEvent", CaseEvent);

@Resolver(() => CollectionCase)
export class CaseResolver {
  @Authorized(Scope.READ)
  @Query(() => CaseConnection, { description: "The caller's collection cases, oldest first." })
  async cases(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => CaseFilter, { nullable: true }) filter?: CaseFilter,
  ): Promise<Page<Lean<CollectionCase>>> {
    const result = await listCases(ctx.loaders.rows, requireAuth(ctx), filter ?? {}, page.first, page.after);
    await prefetchCaseFields(
      ctx.loaders,
      result.nodes,
      new Set([...selectedFields(info, ["edges", "node"]), ...selectedFields(info, ["nodes"])]),
    );
    return result;
  }

  @Authorized(Scope.READ)
  @Query(() => CollectionCase, { nullable: true, description: "A case by id; null when unknown or not the caller's." })
  async case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | null> {
    const n = idOf(id, "Case");
    const c = n === undefined ? null : await ctx.loaders.load(CollectionCase, n);
    return c && canSeeCreditor(requireAuth(ctx), c.creditor.id) ? c : null;
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CollectionStepRecordPayload, {
    description: "Records an inkassovarsel or betalingsoppfordring sent on a case, with its deadline and fee.",
  })
  async collectionStepRecord(
    @Arg("input") input: CollectionStepRecordInput,
    @Ctx() ctx: Context,
  ): Promise<CollectionStepRecordPayload> {
    const result = await runMutation(ctx, caseUserErrors, (em, rec) =>
      recordCollectionStep(em, rec, requireAuth(ctx), input),
    );
    return payloadOf(result, (step) => ({ step, case: step.case }), { step: null, case: null });
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CaseTransactionPayload, {
    description: "Registers a payment (innbetaling). Paid in full, the case closes as PAID.",
  })
  async paymentRegister(
    @Arg("input") input: PaymentRegisterInput,
    @Ctx() ctx: Context,
  ): Promise<CaseTransactionPayload> {
    const result = await runMutation(ctx, caseUserErrors, (em, rec) =>
      registerMoney(em, rec, requireAuth(ctx), MoneyKind.PAYMENT, {
        caseId: input.caseId,
        amount: input.amount,
        date: input.paidOn,
        dateField: "paidOn",
        reference: input.reference,
      }),
    );
    return payloadOf(result, (money) => money, { transaction: null, case: null });
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CaseTransactionPayload, {
    description: "Registers a credit note (kreditnota). Credited in full, the case closes as CREDITED.",
  })
  async creditNoteRegister(
    @Arg("input") input: CreditNoteRegisterInput,
    @Ctx() ctx: Context,
  ): Promise<CaseTransactionPayload> {
    const result = await runMutation(ctx, caseUserErrors, (em, rec) =>
      registerMoney(em, rec, requireAuth(ctx), MoneyKind.CREDIT_NOTE, {
        caseId: input.caseId,
        amount: input.amount,
        date: input.issuedOn,
        dateField: "issuedOn",
        reference: input.creditNoteNumber,
      }),
    );
    return payloadOf(result, (money) => money, { transaction: null, case: null });
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CaseClosePayload, { description: "Closes a case for another reason than payment or credit." })
  async caseClose(@Arg("input") input: CaseCloseInput, @Ctx() ctx: Context): Promise<CaseClosePayload> {
    const result = await closeCase(commandContext(ctx), ctx.loaders.rows, requireAuth(ctx), input.caseId, input.reason);
    return payloadOf(toResult(result, caseUserErrors), (c) => ({ case: c }), { case: null });
  }

  @FieldResolver(() => Invoice)
  invoice(
    @Root() c: CollectionCase,
    @Ctx() ctx: Context,
  ): Lean<Invoice> | undefined | Promise<Lean<Invoice> | undefined> {
    return ctx.loaders.get(Invoice, c.invoice.id);
  }

  @FieldResolver(() => Debtor)
  debtor(@Root() c: CollectionCase, @Ctx() ctx: Context): Lean<Debtor> | undefined | Promise<Lean<Debtor> | undefined> {
    return ctx.loaders.get(Debtor, c.debtor.id);
  }

  @FieldResolver(() => Creditor)
  creditor(
    @Root() c: CollectionCase,
    @Ctx() ctx: Context,
  ): Lean<Creditor> | undefined | Promise<Lean<Creditor> | undefined> {
    return ctx.loaders.get(Creditor, c.creditor.id);
  }

  @FieldResolver(() => [CollectionStep])
  steps(@Root() c: CollectionCase, @Ctx() ctx: Context): CollectionStep[] | Promise<CollectionStep[]> {
    return stepsLoader(ctx.loaders).get(c.id);
  }

  @FieldResolver(() => [CaseTransaction], { description: "Payments and credit notes, oldest first." })
  async transactions(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<CaseTransaction[]> {
    return ctx.em.find(CaseTransaction, { case: c.id }, { orderBy: { id: "asc" } });
  }

  @FieldResolver(() => [CaseAction], {
    description: "Actions the rules allow now. While FROZEN no fee-bearing or escalating action is offered.",
  })
  async availableActions(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<CaseAction[]> {
    const today = ctx.clock.today();
    const [facts, enforcementAvailable] = await Promise.all([
      loadFacts(c, ctx),
      enforcementAvailableFor(ctx.loaders, c, today),
    ]);
    return availableActions({ ...facts, enforcementAvailable }, today);
  }

  @FieldResolver(() => NextDeadline, {
    nullable: true,
    description:
      "The next deadline that matters; on a FROZEN case, when the creditor's answer to the objection is due.",
  })
  async nextDeadline(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<NextDeadline | null> {
    return nextDeadline(await loadFacts(c, ctx), ctx.clock.today(), {
      objectionResponseDays: ctx.services.config.objectionResponseDays,
    });
  }

  @FieldResolver(() => CollectionCase, {
    nullable: true,
    description: "The case of the new invoice that replaced this one after a partial credit note.",
  })
  async replacedBy(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<CollectionCase | null> {
    const found = await ctx.em.findOne(CollectionCase, { invoice: { replacesInvoice: c.invoice.id } });
    return found && canSeeCreditor(requireAuth(ctx), found.creditor.id) ? found : null;
  }

  @FieldResolver(() => CaseEvent, { nullable: true, description: "The newest timeline entry." })
  latestEvent(
    @Root() c: CollectionCase,
    @Ctx() ctx: Context,
  ): Lean<CaseEvent> | null | Promise<Lean<CaseEvent> | null> {
    return latestEventLoader(ctx.loaders).get(c.id);
  }

  @FieldResolver(() => CaseEventConnection, { description: "The case's timeline (tidslinje), in order; append-only." })
  async timeline(
    @Root() c: CollectionCase,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<InstanceType<typeof CaseEventConnection>> {
    return listTimeline(ctx.em, c, page.first, page.after);
  }

  @FieldResolver(() => Int, { description: "Number of timeline entries." })
  eventCount(@Root() c: CollectionCase): number {
    return c.lastSequence;
  }
}
