import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { acting } from "../../graphql/acting";
import { commandContext } from "../../events/context";
import { runCommand } from "../../events/command";
import { toResult } from "../../shared/outcome";
import { connectionType, PageArgs } from "../../shared/pagination";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { ClaimOrigin } from "../cases/claim-origin";
import { CollectionCase } from "../cases/collection-case.entity";
import { Judgment } from "../judgments/judgment.entity";
import { Creditor } from "../parties/creditor.entity";
import { createEnforcementPetition } from "./commands/create-petition";
import { recordEnforcementNotice } from "./commands/record-notice";
import { recordMeasure } from "./commands/record-measure";
import { setClaimOrigin } from "./commands/set-claim-origin";
import { updateMeasure } from "./commands/update-measure";
import { EnforcementMeasure } from "./enforcement-measure.entity";
import { EnforcementPetition } from "./enforcement-petition.entity";
import { enforcementUserErrors } from "./enforcement.errors";
import {
  CaseSetClaimOriginInput,
  EnforcementMeasureFilter,
  EnforcementMeasureRecordInput,
  EnforcementMeasureUpdateInput,
  EnforcementNoticeRecordInput,
  EnforcementPetitionCreateInput,
} from "./enforcement.inputs";
import { measuresLoader, petitionByCaseLoader } from "./enforcement.loaders";
import {
  CaseSetClaimOriginPayload,
  EnforcementMeasureRecordPayload,
  EnforcementMeasureUpdatePayload,
  EnforcementNoticeRecordPayload,
  EnforcementPetitionCreatePayload,
} from "./enforcement.payloads";
import { effectiveClaimOrigin } from "./enforcement.service";
import { listMeasures } from "./list-measures";

const EnforcementMeasureConnection = connectionType("EnforcementMeasure", EnforcementMeasure);

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
    const result = await runCommand(commandContext(ctx), async (em, rec) =>
      toResult(await setClaimOrigin(em, rec, requireAuth(ctx), input), enforcementUserErrors),
    );
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
    const result = await runCommand(commandContext(ctx), async (em, rec) =>
      toResult(await recordMeasure(em, rec, requireAuth(ctx), acting(ctx), input), enforcementUserErrors),
    );
    return result.ok ? { ...result.value, userErrors: [] } : { measure: null, case: null, userErrors: result.errors };
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
    const result = await runCommand(commandContext(ctx), async (em, rec) =>
      toResult(await updateMeasure(em, rec, requireAuth(ctx), acting(ctx), input), enforcementUserErrors),
    );
    return result.ok ? { ...result.value, userErrors: [] } : { measure: null, case: null, userErrors: result.errors };
  }

  @FieldResolver(() => CollectionCase)
  async case(@Root() m: EnforcementMeasure, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, m.case.id);
  }
}

@Resolver(() => EnforcementPetition)
export class EnforcementPetitionResolver {
  @Authorized(Scope.WRITE)
  @Mutation(() => EnforcementNoticeRecordPayload, {
    description:
      "Records the 14-day notice of enforcement a judgment a year old or more needs before an utleggsbegjæring.",
  })
  async enforcementNoticeRecord(
    @Arg("input") input: EnforcementNoticeRecordInput,
    @Ctx() ctx: Context,
  ): Promise<EnforcementNoticeRecordPayload> {
    const result = await runCommand(commandContext(ctx), async (em, rec) =>
      toResult(
        await recordEnforcementNotice(em, rec, requireAuth(ctx), input, ctx.clock.today()),
        enforcementUserErrors,
      ),
    );
    return result.ok ? { judgment: result.value, userErrors: [] } : { judgment: null, userErrors: result.errors };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => EnforcementPetitionCreatePayload, {
    description:
      "Creates the utleggsbegjæring for a won judgment that is due and unpaid: the case goes to ENFORCEMENT.",
  })
  async enforcementPetitionCreate(
    @Arg("input") input: EnforcementPetitionCreateInput,
    @Ctx() ctx: Context,
  ): Promise<EnforcementPetitionCreatePayload> {
    const result = await runCommand(commandContext(ctx), async (em, rec) =>
      toResult(
        await createEnforcementPetition(em, rec, requireAuth(ctx), input, ctx.clock.today()),
        enforcementUserErrors,
      ),
    );
    return result.ok
      ? { enforcementPetition: result.value, case: result.value.case, userErrors: [] }
      : { enforcementPetition: null, case: null, userErrors: result.errors };
  }

  @FieldResolver(() => Judgment, { description: "The judgment enforced (tvangsgrunnlag)." })
  async judgment(@Root() p: EnforcementPetition, @Ctx() ctx: Context): Promise<Lean<Judgment> | undefined> {
    return ctx.loaders.load(Judgment, p.judgment.id);
  }

  @FieldResolver(() => CollectionCase, { name: "case" })
  async collectionCase(@Root() p: EnforcementPetition, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, p.case.id);
  }
}

/** Case.claimOrigin, Case.enforcementMeasures and Case.enforcementPetition. */
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

  @FieldResolver(() => EnforcementPetition, { nullable: true, description: "The utleggsbegjæring, if one was made." })
  async enforcementPetition(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<EnforcementPetition | null> {
    return petitionByCaseLoader(ctx.loaders).load(c.id);
  }
}
