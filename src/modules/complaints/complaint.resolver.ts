import type { CommonErrorCode } from "../../shared/user-error";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { commandContext } from "../../events/context";
import { runCommand } from "../../events/command";
import { connectionType, PageArgs } from "../../shared/pagination";
import type { Result } from "../../shared/result";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { ClaimOrigin } from "../cases/claim-origin";
import { CollectionCase } from "../cases/collection-case.entity";
import { Document } from "../documents/document.entity";
import { Creditor } from "../parties/creditor.entity";
import { Complaint } from "./complaint.entity";
import {
  CaseSetClaimOriginInput,
  ComplaintDecideInput,
  ComplaintFilter,
  ComplaintForwardInput,
  ComplaintReconsiderInput,
  ComplaintSubmitInput,
  EnforcementMeasureFilter,
  EnforcementMeasureRecordInput,
  EnforcementMeasureUpdateInput,
} from "./complaint.inputs";
import { complaintAttachmentsLoader, complaintsLoader, measuresLoader } from "./complaint.loaders";
import {
  CaseSetClaimOriginPayload,
  ComplaintDecidePayload,
  ComplaintErrorCode,
  ComplaintForwardPayload,
  ComplaintReconsiderPayload,
  ComplaintSubmitPayload,
  EnforcementErrorCode,
  EnforcementMeasureRecordPayload,
  EnforcementMeasureUpdatePayload,
} from "./complaint.payloads";
import { isOverdue } from "./complaint.rules";
import {
  decideComplaint,
  forwardComplaint,
  listComplaints,
  reconsiderComplaint,
  submitComplaint,
  type ComplaintErrorCode as ComplaintServiceCode,
  type ComplaintOutcome,
} from "./complaint.service";
import { EnforcementMeasure } from "../enforcement/enforcement-measure.entity";
import {
  effectiveClaimOrigin,
  listMeasures,
  recordMeasure,
  setClaimOrigin,
  updateMeasure,
  type Acting,
  type EnforcementErrorCode as EnforcementServiceCode,
  type MeasureOutcome,
} from "../enforcement/enforcement.service";

// the GraphQL enums and the services' codes must be the same sets
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const complaintCodesMatch: Same<keyof typeof ComplaintErrorCode | CommonErrorCode, ComplaintServiceCode> = true;
const enforcementCodesMatch: Same<keyof typeof EnforcementErrorCode | CommonErrorCode, EnforcementServiceCode> = true;
void complaintCodesMatch;
void enforcementCodesMatch;

const ComplaintConnection = connectionType("Complaint", Complaint);
const EnforcementMeasureConnection = connectionType("EnforcementMeasure", EnforcementMeasure);

/** The command's actor and instant, and the legal date by the request's clock. */
function acting(ctx: Context): Acting {
  const command = commandContext(ctx);
  return { actor: command.actor, now: command.now, today: ctx.clock.today() };
}

function complaintOutcome(result: Result<ComplaintOutcome, ComplaintServiceCode>) {
  return result.ok
    ? { complaint: result.value.complaint, case: result.value.case, userErrors: [] }
    : { complaint: null, case: null, userErrors: result.errors };
}

function measureOutcome(result: Result<MeasureOutcome, EnforcementServiceCode>) {
  return result.ok
    ? { measure: result.value.measure, case: result.value.case, userErrors: [] }
    : { measure: null, case: null, userErrors: result.errors };
}

@Resolver(() => EnforcementMeasure)
export class EnforcementMeasureResolver {
  @Authorized(Scope.READ)
  @Query(() => EnforcementMeasureConnection, {
    description: "The caller's enforcement measures (utleggstrekk and utleggspant), oldest first.",
  })
  async enforcementMeasures(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => EnforcementMeasureFilter, { nullable: true }) filter?: EnforcementMeasureFilter,
  ): Promise<InstanceType<typeof EnforcementMeasureConnection>> {
    return listMeasures(ctx.em, requireAuth(ctx), filter ?? {}, page.first, page.after);
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => CaseSetClaimOriginPayload, {
    description:
      "Records the body that created the claim (kravhaver: NRK, Lånekassen, Politiet, or the creditor itself). A complaint the agency keeps is forwarded to it by default.",
  })
  async caseSetClaimOrigin(
    @Arg("input") input: CaseSetClaimOriginInput,
    @Ctx() ctx: Context,
  ): Promise<CaseSetClaimOriginPayload> {
    const result = await runCommand(commandContext(ctx), (em, rec) => setClaimOrigin(em, rec, requireAuth(ctx), input));
    return result.ok ? { case: result.value, userErrors: [] } : { case: null, userErrors: result.errors };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => EnforcementMeasureRecordPayload, {
    description:
      "Records an enforcement measure on a case: an utleggstrekk (DEDUCTION, with deduction) or an utleggspant (LIEN, with lien), with the day the debtor was notified.",
  })
  async enforcementMeasureRecord(
    @Arg("input") input: EnforcementMeasureRecordInput,
    @Ctx() ctx: Context,
  ): Promise<EnforcementMeasureRecordPayload> {
    return measureOutcome(
      await runCommand(commandContext(ctx), (em, rec) => recordMeasure(em, rec, requireAuth(ctx), acting(ctx), input)),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => EnforcementMeasureUpdatePayload, {
    description:
      "Records that a forced sale (tvangsdekning) was requested on a lien, ends a measure, and/or marks enforced collection on the case concluded.",
  })
  async enforcementMeasureUpdate(
    @Arg("input") input: EnforcementMeasureUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<EnforcementMeasureUpdatePayload> {
    return measureOutcome(
      await runCommand(commandContext(ctx), (em, rec) => updateMeasure(em, rec, requireAuth(ctx), acting(ctx), input)),
    );
  }

  @FieldResolver(() => CollectionCase)
  async case(@Root() m: EnforcementMeasure, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, m.case.id);
  }
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized(Scope.READ)
  @Query(() => ComplaintConnection, {
    description:
      "The caller's complaints (klager), oldest first. overdue: true lists those undecided past their due date.",
  })
  async complaints(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
  ): Promise<InstanceType<typeof ComplaintConnection>> {
    return listComplaints(ctx.em, requireAuth(ctx), filter ?? {}, ctx.clock.today(), page.first, page.after);
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ComplaintSubmitPayload, {
    description:
      "Registers a complaint (klage) against enforcement. An incomplete one gets every missing element at once and is not stored; a late one is refused with the deadline that passed (COMPLAINT_LATE) unless acceptLate is given. The complaint does not stop collection.",
  })
  async complaintSubmit(
    @Arg("input") input: ComplaintSubmitInput,
    @Ctx() ctx: Context,
  ): Promise<ComplaintSubmitPayload> {
    return complaintOutcome(
      await runCommand(commandContext(ctx), (em, rec) =>
        submitComplaint(em, rec, requireAuth(ctx), acting(ctx), input),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ComplaintReconsiderPayload, {
    description:
      "The agency reconsiders its own decision (omgjøringsvurdering): UPHELD reverses it, decides the complaint and carries out the desired outcome; KEPT leaves it to be forwarded.",
  })
  async complaintReconsider(
    @Arg("input") input: ComplaintReconsiderInput,
    @Ctx() ctx: Context,
  ): Promise<ComplaintReconsiderPayload> {
    return complaintOutcome(
      await runCommand(commandContext(ctx), (em, rec) =>
        reconsiderComplaint(em, rec, requireAuth(ctx), acting(ctx), input),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ComplaintForwardPayload, {
    description:
      "Forwards a kept complaint to the instance that decides it (klageinstans); by default the claim's originator.",
  })
  async complaintForward(
    @Arg("input") input: ComplaintForwardInput,
    @Ctx() ctx: Context,
  ): Promise<ComplaintForwardPayload> {
    return complaintOutcome(
      await runCommand(commandContext(ctx), (em, rec) =>
        forwardComplaint(em, rec, requireAuth(ctx), acting(ctx), input),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ComplaintDecidePayload, {
    description:
      "Registers the instance's decision. Upheld (or partly, with grantedReduction): the deduction ends, or the claim is deleted (the case closes) or reduced, and the refund of what was paid beyond what is owed is computed (refund.due).",
  })
  async complaintDecide(
    @Arg("input") input: ComplaintDecideInput,
    @Ctx() ctx: Context,
  ): Promise<ComplaintDecidePayload> {
    return complaintOutcome(
      await runCommand(commandContext(ctx), (em, rec) =>
        decideComplaint(em, rec, requireAuth(ctx), acting(ctx), input),
      ),
    );
  }

  @FieldResolver(() => CollectionCase)
  async case(@Root() k: Complaint, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, k.case.id);
  }

  @FieldResolver(() => EnforcementMeasure, {
    nullable: true,
    description: "The enforcement measure complained against, if any.",
  })
  async measure(@Root() k: Complaint, @Ctx() ctx: Context): Promise<Lean<EnforcementMeasure> | null> {
    return k.measure ? ((await ctx.loaders.load(EnforcementMeasure, k.measure.id)) ?? null) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: "The uploaded signed complaint, if given." })
  async signedDocument(@Root() k: Complaint, @Ctx() ctx: Context): Promise<Lean<Document> | null> {
    return k.signedDocument ? ((await ctx.loaders.load(Document, k.signedDocument.id)) ?? null) : null;
  }

  @FieldResolver(() => [Document], { description: "The documentation attached (vedlegg)." })
  async attachments(@Root() k: Complaint, @Ctx() ctx: Context): Promise<Document[]> {
    return complaintAttachmentsLoader(ctx.loaders).load(k);
  }

  @FieldResolver(() => Boolean, { description: "Undecided after dueOn, by today's date (forsinket)." })
  overdue(@Root() k: Complaint, @Ctx() ctx: Context): boolean {
    return isOverdue(k.dueOn, k.decidedOn, ctx.clock.today());
  }
}

@Resolver(() => CollectionCase)
export class CaseEnforcementResolver {
  @FieldResolver(() => ClaimOrigin, {
    description:
      "Who created the claim (kravhaver); the creditor itself unless another body was recorded with caseSetClaimOrigin.",
  })
  async claimOrigin(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<ClaimOrigin> {
    const creditor = await ctx.loaders.load(Creditor, c.creditor.id);
    return effectiveClaimOrigin(c, creditor!);
  }

  @FieldResolver(() => [EnforcementMeasure], {
    description: "Enforcement measures (utleggstrekk, utleggspant) on this case, oldest first.",
  })
  async enforcementMeasures(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<EnforcementMeasure[]> {
    return measuresLoader(ctx.loaders).load(c.id);
  }

  @FieldResolver(() => [Complaint], {
    description: "Complaints (klager) against enforcement on this case, oldest first.",
  })
  async complaints(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<Complaint[]> {
    return complaintsLoader(ctx.loaders).load(c.id);
  }
}
