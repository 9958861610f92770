import { loadLegalTables } from "../legal-tables/legal-table.service";
import { FreeText } from "../../shared/text";
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
  registerEnumType,
} from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { connectionType, PageArgs } from "../../shared/pagination";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { findVisibleCase } from "../cases/case.service";
import { ConciliationBoard } from "../register/conciliation-board.entity";
import { Document } from "../documents/document.entity";
import { BINDING_NEMNDER, CaseCategory, EligibilityReasonCode, Instance } from "./eligibility.rules";
import { ConciliationCase, ConciliationStatus, HearingAttendance, PartyRole } from "./conciliation-case.entity";
import { eligibilityOf, type Deps } from "./conciliation.service";
import { listConciliationCases } from "./conciliation.list";
import { changeBoard } from "./commands/change-board";
import { createConciliationCase } from "./commands/create";
import { markSent } from "./commands/send";
import { markSigned } from "./commands/sign";
import { scheduleHearing } from "./commands/schedule-hearing";
import { ConciliationCaseError, conciliationUserErrors, type ConciliationErrorCode } from "./conciliation.errors";
import { payloadOf, runMutation } from "../../graphql/mutation";
import type { Result } from "../../shared/result";
import { attendanceLoader } from "./conciliation.loaders";

registerEnumType(EligibilityReasonCode, {
  name: "EligibilityReasonCode",
  description: "Why the forliksråd may not take a case (tvisteloven § 6-2 (1)).",
  valuesConfig: {
    FAMILY_CASE: { description: "§ 6-2 (1) a: a family case other than the money settlement." },
    PUBLIC_LAW_AGAINST_STATE: { description: "§ 6-2 (1) b: a public-law case against the state or an official." },
    IP_RIGHTS: { description: "§ 6-2 (1) c: patent, circuit layout, plant breeder, trademark or design rights." },
    ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY: {
      description: "§ 6-2 (1) d: the validity of an arbitral award or a court settlement.",
    },
    BINDING_NEMND: {
      description: "§ 6-2 (1) e: decided by a nemnd whose decision binds unless brought before the courts.",
    },
    OTHER_STATUTORY: { description: "§ 6-2 (1) f: excluded by another statute." },
  },
});
registerEnumType(Instance, {
  name: "Instance",
  description: "Where a case goes.",
  valuesConfig: {
    FORLIKSRAAD: { description: "Forliksrådet (conciliation board)." },
    TINGRETT: { description: "Tingretten (district court), by writ of summons (stevning)." },
  },
});

@ObjectType({ description: "One exclusion from the forliksråd (tvisteloven § 6-2)." })
class EligibilityReason {
  @Field(() => EligibilityReasonCode)
  code!: EligibilityReasonCode;

  @Field()
  message!: string;
}

@ObjectType({ description: "May the case go to the forliksråd (tvisteloven § 6-2), and where does it go otherwise." })
class ConciliationEligibility {
  @Field()
  eligible!: boolean;

  @Field(() => [EligibilityReason], { description: "Every exclusion that applies; empty when eligible." })
  reasons!: EligibilityReason[];

  @Field(() => Instance, { description: "FORLIKSRAAD when eligible, else TINGRETT." })
  instance!: Instance;

  @Field({
    description:
      "The claim may skip the forliksråd and go straight to tingretten: at or above the threshold with lawyers on both sides (§ 6-2 (2) a).",
  })
  mayBypass!: boolean;

  @Field(() => SafeIntResolver, { description: "The § 6-2 (2) a threshold in øre on the filing date." })
  bypassThreshold!: number;

  @Field(() => SafeIntResolver, {
    description:
      "The amount in dispute (tvistesum) in øre: principal less payments and credits; interest and costs do not count (§ 17-3).",
  })
  claimAmount!: number;
}

@ObjectType({
  description: "A nemnd whose decisions bind the parties unless brought before the courts (tvisteloven § 6-2 (1) e).",
})
class BindingNemnd {
  @Field({ description: "Pass this as bindingNemnd." })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: "The statute that makes its decision binding." })
  authority!: string;
}

@InputType()
class ConciliationCaseCreateInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseCategory)
  category!: CaseCategory;

  @FreeText()
  @Field({ description: "Short factual description (kort beskrivelse av faktum) for the forliksklage." })
  factualDescription!: string;

  @Field(() => SafeIntResolver, {
    description:
      "Øre asked for legal help (juridisk bistand); claimed at most 4 × R, or ½ R when collection fees are claimed too (tvisteloven § 6-13 (1) d).",
  })
  legalCostsRequested!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Claim standardkompensasjon (forsinkelsesrenteloven § 3 a): only from a business debtor (B2B). Default false; claim.standardCompensationAvailable shows what it would be.",
  })
  claimStandardCompensation?: boolean | null;

  @Field({ description: "Ask for judgment in absence (fraværsdom) if the debtor does not answer or appear." })
  requestJudgmentInAbsence!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD. The day it is filed; interest runs to it. Default today.",
  })
  filingDate?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Documents to attach (the invoice, the objection), uploaded with POST /documents.",
  })
  documentIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "A forliksråd other than the one of the debtor's kommune (bytte forliksråd).",
  })
  boardId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The debtor is the state, a public authority or an official." })
  againstState?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Namsmannen sent the case here (tvangsfullbyrdelsesloven § 7-7) after the debtor objected to an utleggsbegjæring: its utlegg fee was paid, so enforcement later adds none. Default false.",
  })
  transferredFromEnforcement?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Code of a binding nemnd that decided the case (see bindingNemnder).",
  })
  bindingNemnd?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Citation of another statute that excludes the forliksråd (§ 6-2 (1) f).",
  })
  statutoryExclusion?: string | null;
}

@InputType()
class ConciliationCaseChangeBoardInput {
  @Field(() => ID)
  conciliationCaseId!: string;

  @Field(() => ID, { description: "A forliksråd from conciliationBoards(search:)." })
  boardId!: string;
}

@InputType()
class ConciliationCaseMarkSignedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "YYYY-MM-DD." })
  signedOn!: string;

  @Field({ description: "The name of the person who signed for the creditor, as written under the signature." })
  signedBy!: string;
}

@InputType()
class ConciliationCaseMarkSentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "YYYY-MM-DD. The day the creditor posted it to the forliksråd." })
  sentOn!: string;
}

@InputType()
class RepresentativeInput {
  @Field(() => PartyRole)
  party!: PartyRole;

  @Field()
  name!: string;

  @Field({ description: "E.g. daglig leder, stedfortreder, advokat." })
  role!: string;
}

@InputType()
class ConciliationCaseScheduleHearingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "YYYY-MM-DD." })
  hearingDate!: string;

  @Field()
  place!: string;

  @Field(() => [RepresentativeInput], {
    nullable: true,
    description: "Who attends for each party; at most one per party.",
  })
  representatives?: RepresentativeInput[] | null;
}

@InputType()
class ConciliationCaseFilter {
  @Field(() => [ConciliationStatus], { nullable: true })
  status?: ConciliationStatus[] | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  boardId?: string | null;
}

@ObjectType()
class ConciliationCasePayload {
  @Field(() => ConciliationCase, { nullable: true })
  conciliationCase!: ConciliationCase | null;

  @Field(() => [ConciliationCaseError])
  userErrors!: ConciliationCaseError[];
}

@ObjectType()
class ConciliationCaseCreatePayload extends ConciliationCasePayload {}
@ObjectType()
class ConciliationCaseChangeBoardPayload extends ConciliationCasePayload {}
@ObjectType()
class ConciliationCaseMarkSignedPayload extends ConciliationCasePayload {}
@ObjectType()
class ConciliationCaseMarkSentPayload extends ConciliationCasePayload {}
@ObjectType()
class ConciliationCaseScheduleHearingPayload extends ConciliationCasePayload {}

const ConciliationCaseConnection = connectionType("ConciliationCase", ConciliationCase);

function payload(result: Result<ConciliationCase, ConciliationErrorCode>): ConciliationCasePayload {
  return payloadOf(result, (conciliationCase) => ({ conciliationCase }), { conciliationCase: null });
}

/** Wiring of optional modules (documents) into the conciliation service. */
export function conciliationDeps(ctx: Context): Deps {
  return { today: ctx.clock.today() };
}

@Resolver(() => ConciliationCase)
export class ConciliationResolver {
  @Authorized(Scope.READ)
  @Query(() => ConciliationEligibility, {
    nullable: true,
    description:
      "May the case go to the forliksråd (tvisteloven § 6-2)? Null when the case is unknown or not the caller's.",
  })
  async conciliationEligibility(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("category", () => CaseCategory) category: CaseCategory,
    @Arg("claimantHasLawyer", { defaultValue: false }) claimantHasLawyer: boolean,
    @Arg("debtorHasLawyer", { defaultValue: false }) debtorHasLawyer: boolean,
    @Ctx() ctx: Context,
    @Arg("bindingNemnd", () => String, {
      nullable: true,
      description: "Code of a nemnd that decided the case (see bindingNemnder).",
    })
    bindingNemnd?: string | null,
    @Arg("againstState", () => Boolean, {
      nullable: true,
      description: "The debtor is the state, a public authority or an official.",
    })
    againstState?: boolean | null,
    @Arg("statutoryExclusion", () => String, {
      nullable: true,
      description: "Citation of another statute that excludes the forliksråd.",
    })
    statutoryExclusion?: string | null,
    @Arg("filingDate", () => LocalDateResolver, {
      nullable: true,
      description: "Default today: picks the bypass threshold.",
    })
    filingDate?: string | null,
  ): Promise<ConciliationEligibility | null> {
    const c = await findVisibleCase(ctx.em, requireAuth(ctx), caseId);
    if (!c) return null;
    return eligibilityOf(
      c,
      {
        category,
        claimantHasLawyer,
        debtorHasLawyer,
        bindingNemnd,
        againstState,
        statutoryExclusion,
        filingDate: filingDate ?? ctx.clock.today(),
      },
      await loadLegalTables(ctx.em),
    );
  }

  @Authorized(Scope.READ)
  @Query(() => [BindingNemnd], {
    description:
      "Nemnder whose decisions bind unless brought before the courts: a case they decided goes to tingretten.",
  })
  bindingNemnder(): BindingNemnd[] {
    return BINDING_NEMNDER.map((n) => ({ ...n }));
  }

  @Authorized(Scope.READ)
  @Query(() => ConciliationCaseConnection, { description: "The caller's forliksklager, oldest first." })
  async conciliationCases(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("filter", () => ConciliationCaseFilter, { nullable: true }) filter?: ConciliationCaseFilter,
  ): Promise<InstanceType<typeof ConciliationCaseConnection>> {
    return listConciliationCases(ctx.em, requireAuth(ctx), filter ?? {}, page.first, page.after);
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ConciliationCaseCreatePayload, {
    description:
      "Drafts a forliksklage from a case: the forliksråd of the debtor's kommune, the claim computed from the rules. Also the way out of a freeze.",
  })
  async conciliationCaseCreate(
    @Arg("input") input: ConciliationCaseCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationCaseCreatePayload> {
    return payload(
      await runMutation(ctx, conciliationUserErrors, (em, rec) =>
        createConciliationCase(em, rec, requireAuth(ctx), input, conciliationDeps(ctx)),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ConciliationCaseChangeBoardPayload, {
    description: "Chooses another forliksråd for a draft (bytte forliksråd).",
  })
  async conciliationCaseChangeBoard(
    @Arg("input") input: ConciliationCaseChangeBoardInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationCaseChangeBoardPayload> {
    return payload(
      await runMutation(ctx, conciliationUserErrors, (em, rec) => changeBoard(em, rec, requireAuth(ctx), input)),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ConciliationCaseMarkSignedPayload, {
    description: "Records that the creditor signed the forliksklage. tvist never signs.",
  })
  async conciliationCaseMarkSigned(
    @Arg("input") input: ConciliationCaseMarkSignedInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationCaseMarkSignedPayload> {
    return payload(
      await runMutation(ctx, conciliationUserErrors, (em, rec) =>
        markSigned(em, rec, requireAuth(ctx), input, ctx.clock.today()),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ConciliationCaseMarkSentPayload, {
    description: "Records that the creditor posted the signed forliksklage: the case goes IN_CONCILIATION.",
  })
  async conciliationCaseMarkSent(
    @Arg("input") input: ConciliationCaseMarkSentInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationCaseMarkSentPayload> {
    return payload(
      await runMutation(ctx, conciliationUserErrors, (em, rec) =>
        markSent(em, rec, requireAuth(ctx), input, ctx.clock.today()),
      ),
    );
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => ConciliationCaseScheduleHearingPayload, {
    description: "Records the hearing (forliksmøte) and works out each party's møteplikt.",
  })
  async conciliationCaseScheduleHearing(
    @Arg("input") input: ConciliationCaseScheduleHearingInput,
    @Ctx() ctx: Context,
  ): Promise<ConciliationCaseScheduleHearingPayload> {
    const result = await runMutation(ctx, conciliationUserErrors, (em, rec) =>
      scheduleHearing(em, rec, requireAuth(ctx), input),
    );
    return payloadOf(result, (v) => ({ conciliationCase: v.conciliationCase }), { conciliationCase: null });
  }

  @FieldResolver(() => CollectionCase, { name: "case" })
  async collectionCase(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, cc.case.id);
  }

  @FieldResolver(() => ConciliationBoard, { description: "The forliksråd it is addressed to." })
  async board(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<ConciliationBoard | undefined> {
    return ctx.loaders.load(ConciliationBoard, cc.board.id);
  }

  @FieldResolver(() => [Document], {
    description: "Attached documents (vedlegg), in order: the invoice PDF first when there is one.",
  })
  async documents(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<Document[]> {
    const docs = await Promise.all(cc.documentIds.map((id) => ctx.loaders.load(Document, id)));
    return docs.filter((d): d is Document => d !== undefined);
  }

  @FieldResolver(() => [HearingAttendance], {
    description: "Each party's møteplikt at the hearing; empty until one is scheduled.",
  })
  async attendance(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<HearingAttendance[]> {
    return attendanceLoader(ctx.loaders).load(cc.id);
  }
}
