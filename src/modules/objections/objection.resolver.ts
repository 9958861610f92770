import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { LocalDateResolver } from "graphql-scalars";
import { idOf } from "../../shared/global-id";
import { addDays } from "../../shared/local-date";
import { connectionType, PageArgs } from "../../shared/pagination";
import type { Result } from "../../shared/result";
import { payloadOf, runMutation } from "../../graphql/mutation";
import { Scope } from "../access/api-key.entity";
import { canSeeCreditor } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { Objection } from "./objection.entity";
import {
  ObjectionEscalateInput,
  ObjectionFilter,
  ObjectionMarkUnfoundedInput,
  ObjectionRegisterInput,
  ObjectionResolveByCreditNoteInput,
  ObjectionWithdrawInput,
} from "./objection.inputs";
import { objectionDocumentsLoader, objectionsLoader } from "./objection.loaders";
import { Document } from "../documents/document.entity";
import { ObjectionStatus } from "./objection.rules";
import { objectionUserErrors, type ObjectionErrorCode } from "./objection.errors";
import {
  ObjectionEscalatePayload,
  ObjectionMarkUnfoundedPayload,
  ObjectionRegisterPayload,
  ObjectionResolveByCreditNotePayload,
  ObjectionWithdrawPayload,
} from "./objection.payloads";
import { escalateObjection } from "./commands/escalate";
import { markObjectionUnfounded } from "./commands/mark-unfounded";
import { registerObjection } from "./commands/register";
import { resolveObjectionByCreditNote } from "./commands/resolve-by-credit-note";
import { withdrawObjection } from "./commands/withdraw";
import { listObjections } from "./objection.list";
import type { ObjectionOutcome } from "./objection.service";

const ObjectionConnection = connectionType("Objection", Objection);

function outcome(result: Result<ObjectionOutcome, ObjectionErrorCode>) {
  return payloadOf(result, (v) => ({ objection: v.objection, case: v.case }), { objection: null, case: null });
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @Authorized(Scope.READ)
  @Query(() => ObjectionConnection, { description: "The caller's objections (innsigelser), oldest first." })
  async objections(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => ObjectionFilter, { nullable: true }) filter?: ObjectionFilter,
  ): Promise<InstanceType<typeof ObjectionConnection>> {
    return listObjections(ctx.em, requireAuth(ctx), filter ?? {}, page.first, page.after);
  }

  @Authorized(Scope.READ)
  @Query(() => Objection, { nullable: true, description: "An objection by id; null when unknown or not the caller's." })
  async objection(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Lean<Objection> | null> {
    const n = idOf(id, "Objection");
    const o = n === undefined ? null : await ctx.loaders.load(Objection, n);
    return o && canSeeCreditor(requireAuth(ctx), o.creditor.id) ? o : null;
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ObjectionRegisterPayload, {
    description:
      "Registers the debtor's objection (innsigelse). A written one freezes the case in the same transaction (case.frozen); an oral one is recorded without a freeze, and the case then offers REQUEST_WRITTEN_OBJECTION.",
  })
  async objectionRegister(
    @Arg("input") input: ObjectionRegisterInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionRegisterPayload> {
    const policy = { objectionResponseDays: ctx.services.config.objectionResponseDays };
    return outcome(
      await runMutation(ctx, objectionUserErrors, (em, rec) =>
        registerObjection(em, rec, requireAuth(ctx), input, policy),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ObjectionWithdrawPayload, {
    description:
      "The debtor withdrew the objection. When no other written objection holds the case, the freeze ends (case.unfrozen).",
  })
  async objectionWithdraw(
    @Arg("input") input: ObjectionWithdrawInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionWithdrawPayload> {
    return outcome(
      await runMutation(ctx, objectionUserErrors, (em, rec) => withdrawObjection(em, rec, requireAuth(ctx), input)),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ObjectionMarkUnfoundedPayload, {
    description:
      "Records that the objection is obviously unfounded (åpenbart grunnløs), with the reason and who decided. When no other written objection holds the case, the freeze ends.",
  })
  async objectionMarkUnfounded(
    @Arg("input") input: ObjectionMarkUnfoundedInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionMarkUnfoundedPayload> {
    return outcome(
      await runMutation(ctx, objectionUserErrors, (em, rec) =>
        markObjectionUnfounded(em, rec, requireAuth(ctx), input),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ObjectionResolveByCreditNotePayload, {
    description:
      "Settles the dispute with a credit note (kreditnota). In full: the case closes as CREDITED. In part: the old case closes and a new invoice for what remains opens a new case that replaces it.",
  })
  async objectionResolveByCreditNote(
    @Arg("input") input: ObjectionResolveByCreditNoteInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionResolveByCreditNotePayload> {
    const result = await runMutation(ctx, objectionUserErrors, (em, rec) =>
      resolveObjectionByCreditNote(em, rec, requireAuth(ctx), input),
    );
    return payloadOf(result, (v) => v, {
      objection: null,
      case: null,
      creditNote: null,
      newInvoice: null,
      newCase: null,
    });
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ObjectionEscalatePayload, {
    description:
      "The creditor takes the disputed claim to the forliksråd: the objection becomes ESCALATED and the case stays FROZEN until the forliksklage is sent.",
  })
  async objectionEscalate(
    @Arg("input") input: ObjectionEscalateInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionEscalatePayload> {
    return outcome(
      await runMutation(ctx, objectionUserErrors, (em, rec) =>
        escalateObjection(em, rec, requireAuth(ctx), input.objectionId),
      ),
    );
  }

  @FieldResolver(() => CollectionCase)
  async case(@Root() o: Objection, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, o.case.id);
  }

  @FieldResolver(() => [Document], { description: "Attached documents (dokumenter), e.g. the written objection." })
  async documents(@Root() o: Objection, @Ctx() ctx: Context): Promise<Document[]> {
    return objectionDocumentsLoader(ctx.loaders).load(o);
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description:
      "While OPEN and written: the day the creditor's answer is due (OBJECTION_RESPONSE_DAYS after receivedOn).",
  })
  answerDueOn(@Root() o: Objection, @Ctx() ctx: Context): string | null {
    return o.status === ObjectionStatus.OPEN && o.written
      ? addDays(o.receivedOn, ctx.services.config.objectionResponseDays)
      : null;
  }
}

@Resolver(() => CollectionCase)
export class CaseObjectionsResolver {
  @FieldResolver(() => [Objection], {
    description: "The debtor's objections (innsigelser) on this case, oldest first.",
  })
  async objections(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<Objection[]> {
    return objectionsLoader(ctx.loaders).load(c.id);
  }
}
