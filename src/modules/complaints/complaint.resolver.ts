import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { runMutation } from "../../graphql/mutation";
import { acting } from "../../graphql/acting";
import type { Lean } from "../../graphql/fast/lean";
import type { Outcome } from "../../shared/outcome";
import { connectionType, PageArgs } from "../../shared/pagination";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { Document } from "../documents/document.entity";
import { EnforcementMeasure } from "../enforcement/enforcement-measure.entity";
import type { Acting } from "../enforcement/enforcement.service";
import type { Auth } from "../access/auth";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../events/command";
import { decideComplaint } from "./commands/decide";
import { forwardComplaint } from "./commands/forward";
import { reconsiderComplaint } from "./commands/reconsider";
import { submitComplaint } from "./commands/submit";
import { Complaint } from "./complaint.entity";
import { complaintUserErrors, type ComplaintFailure } from "./complaint.errors";
import {
  ComplaintDecideInput,
  ComplaintFilter,
  ComplaintForwardInput,
  ComplaintReconsiderInput,
  ComplaintSubmitInput,
} from "./complaint.inputs";
import { complaintAttachmentsLoader, complaintsLoader } from "./complaint.loaders";
import {
  ComplaintDecidePayload,
  ComplaintForwardPayload,
  ComplaintReconsiderPayload,
  ComplaintSubmitPayload,
} from "./complaint.payloads";
import { isOverdue } from "./complaint.rules";
import type { ComplaintOutcome } from "./complaint.service";
import { listComplaints } from "./list-complaints";

const ComplaintConnection = connectionType("Complaint", Complaint);

type ComplaintCommand<I> = (
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: I,
) => Promise<Outcome<ComplaintOutcome, ComplaintFailure>>;

/** Runs one complaint command and answers its payload. */
async function runComplaintCommand<I>(ctx: Context, command: ComplaintCommand<I>, input: I) {
  const result = await runMutation(ctx, complaintUserErrors, (em, rec) =>
    command(em, rec, requireAuth(ctx), acting(ctx), input),
  );
  return result.ok
    ? { complaint: result.value.complaint, case: result.value.case, userErrors: [] }
    : { complaint: null, case: null, userErrors: result.errors };
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
    return runComplaintCommand(ctx, submitComplaint, input);
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
    return runComplaintCommand(ctx, reconsiderComplaint, input);
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
    return runComplaintCommand(ctx, forwardComplaint, input);
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
    return runComplaintCommand(ctx, decideComplaint, input);
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

/** Case.complaints. */
@Resolver(() => CollectionCase)
export class CaseComplaintsResolver {
  @FieldResolver(() => [Complaint], {
    description: "Complaints (klager) against enforcement on this case, oldest first.",
  })
  async complaints(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<Complaint[]> {
    return complaintsLoader(ctx.loaders).load(c.id);
  }
}
