import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  Authorized,
} from "type-graphql";
import { SafeIntResolver } from "graphql-scalars";
import type { Context } from "../../graphql/context";
import { runMutation } from "../../graphql/mutation";
import type { Lean } from "../../graphql/fast/lean";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { JudgmentOutcome } from "../conciliation/claim.rules";
import { ConciliationCase } from "../conciliation/conciliation-case.entity";
import { conciliationByCaseLoader } from "../conciliation/conciliation.loaders";
import { Document } from "../documents/document.entity";
import { Judgment } from "./judgment.entity";
import { JudgmentRegisterError, judgmentUserErrors } from "./judgment.errors";
import { judgmentByCaseLoader, judgmentByConciliationLoader } from "./judgment.loaders";
import { registerJudgment, type JudgmentDeps } from "./judgment.service";

type JudgmentRegisterErrorT = InstanceType<typeof JudgmentRegisterError>;

@InputType({ description: "The amount ordered split as the judgment states it. Øre." })
class JudgmentBreakdownInput {
  @Field(() => SafeIntResolver)
  principal!: number;

  @Field(() => SafeIntResolver)
  interest!: number;

  @Field(() => SafeIntResolver)
  fees!: number;

  @Field(() => SafeIntResolver)
  costs!: number;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD. The day the interest above runs to; default the judgment date.",
  })
  interestTo?: string | null;
}

@InputType()
class JudgmentRegisterInput {
  @Field(() => ID)
  conciliationCaseId!: string;

  @Field(() => String, { description: "YYYY-MM-DD. The day the judgment was given (avsagt)." })
  judgmentDate!: string;

  @Field(() => String, {
    description: "YYYY-MM-DD. The day it was served (forkynt): the review deadline runs from it.",
  })
  serviceDate!: string;

  @Field(() => JudgmentOutcome)
  outcome!: JudgmentOutcome;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "Øre the debtor was ordered to pay; above 0 for WON, PARTLY_WON and JUDGMENT_IN_ABSENCE; 0 or left out when nothing is ordered.",
  })
  amountOwed?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD. Oppfyllelsesfrist as the judgment states it; required when an amount is ordered.",
  })
  paymentDueDate?: string | null;

  @Field(() => JudgmentBreakdownInput, {
    nullable: true,
    description: "Needed when the amount ordered differs from the forliksklage's claim.",
  })
  breakdown?: JudgmentBreakdownInput | null;

  @Field(() => String, { nullable: true, description: "The forliksråd's case number (saksnummer)." })
  caseNumber?: string | null;

  @Field(() => ID, { nullable: true, description: "The judgment PDF, uploaded with POST /documents." })
  documentId?: string | null;
}

@ObjectType()
class JudgmentRegisterPayload {
  @Field(() => Judgment, { nullable: true })
  judgment!: Judgment | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [JudgmentRegisterError])
  userErrors!: JudgmentRegisterErrorT[];
}

/** Wiring of optional modules (documents) and configuration into the judgment service. */
export function judgmentDeps(ctx: Context): JudgmentDeps {
  return {
    today: ctx.clock.today(),
    courtHolidaysSuspendReviewDeadline: ctx.services.config.courtHolidaysSuspendReviewDeadline,
  };
}

@Resolver(() => Judgment)
export class JudgmentResolver {
  @Authorized(Scope.WRITE)
  @Mutation(() => JudgmentRegisterPayload, {
    description:
      "Registers the forliksråd's judgment (forliksdom): outcome, dates, amount; computes the review deadline and when it becomes final. The case goes to JUDGMENT.",
  })
  async judgmentRegister(
    @Arg("input") input: JudgmentRegisterInput,
    @Ctx() ctx: Context,
  ): Promise<JudgmentRegisterPayload> {
    const result = await runMutation(ctx, judgmentUserErrors, (em, rec) =>
      registerJudgment(em, rec, requireAuth(ctx), input, judgmentDeps(ctx)),
    );
    return result.ok
      ? { judgment: result.value, case: result.value.case, userErrors: [] }
      : { judgment: null, case: null, userErrors: result.errors };
  }

  @FieldResolver(() => ConciliationCase, { description: "The forliksklage it decided." })
  async conciliationCase(@Root() j: Judgment, @Ctx() ctx: Context): Promise<Lean<ConciliationCase> | undefined> {
    return ctx.loaders.load(ConciliationCase, j.conciliationCase.id);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The judgment PDF, if uploaded." })
  async document(@Root() j: Judgment, @Ctx() ctx: Context): Promise<Lean<Document> | null> {
    return j.documentId === null ? null : ((await ctx.loaders.load(Document, j.documentId)) ?? null);
  }

  @FieldResolver(() => CollectionCase, { name: "case" })
  async collectionCase(@Root() j: Judgment, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, j.case.id);
  }
}

/** Case.conciliationCase, Case.judgment and ConciliationCase.judgment. */
@Resolver(() => CollectionCase)
export class CaseDisputeResolver {
  @FieldResolver(() => ConciliationCase, { nullable: true, description: "The newest forliksklage of the case." })
  async conciliationCase(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<ConciliationCase | null> {
    return conciliationByCaseLoader(ctx.loaders).load(c.id);
  }

  @FieldResolver(() => Judgment, { nullable: true, description: "The registered judgment (forliksdom), if any." })
  async judgment(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<Judgment | null> {
    return judgmentByCaseLoader(ctx.loaders).load(c.id);
  }
}

@Resolver(() => ConciliationCase)
export class ConciliationJudgmentResolver {
  @FieldResolver(() => Judgment, { nullable: true, description: "The judgment registered on it, if any." })
  async judgment(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<Judgment | null> {
    return judgmentByConciliationLoader(ctx.loaders).load(cc.id);
  }
}
