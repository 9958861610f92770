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
import type { Lean } from "../../graphql/fast/lean";
import { commandContext } from "../../events/context";
import { runCommand } from "../../events/command";
import { userErrorType } from "../../shared/user-error";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { JudgmentOutcome } from "../conciliation/claim.rules";
import { ConciliationCase } from "../conciliation/conciliation-case.entity";
import { conciliationByCaseLoader } from "../conciliation/conciliation.loaders";
import { Document } from "../documents/document.entity";
import { PostalAddressInput } from "../parties/address";
import { EnforcementPetition, Judgment } from "./judgment.entity";
import { judgmentByCaseLoader, judgmentByConciliationLoader, petitionByCaseLoader } from "./judgment.loaders";
import {
  createEnforcementPetition,
  recordEnforcementNotice,
  registerJudgment,
  type JudgmentDeps,
} from "./judgment.service";

const JudgmentRegisterErrorCode = {
  UNKNOWN_CONCILIATION_CASE: "UNKNOWN_CONCILIATION_CASE",
  CASE_CLOSED: "CASE_CLOSED",
  WRONG_STATUS: "WRONG_STATUS",
  INVALID_DATE: "INVALID_DATE",
  DATE_IN_FUTURE: "DATE_IN_FUTURE",
  DATE_OUT_OF_ORDER: "DATE_OUT_OF_ORDER",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  AMOUNT_NOT_ORDERED: "AMOUNT_NOT_ORDERED",
  MISSING_FIELD: "MISSING_FIELD",
  BREAKDOWN_REQUIRED: "BREAKDOWN_REQUIRED",
  BREAKDOWN_MISMATCH: "BREAKDOWN_MISMATCH",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
} as const;
const JudgmentRegisterError = userErrorType("JudgmentRegisterError", JudgmentRegisterErrorCode);
type JudgmentRegisterErrorT = InstanceType<typeof JudgmentRegisterError>;

const EnforcementErrorCode = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  CASE_CLOSED: "CASE_CLOSED",
  CASE_FROZEN: "CASE_FROZEN",
  NO_JUDGMENT: "NO_JUDGMENT",
  WRONG_STATUS: "WRONG_STATUS",
  INVALID_DATE: "INVALID_DATE",
  DATE_IN_FUTURE: "DATE_IN_FUTURE",
  DATE_OUT_OF_ORDER: "DATE_OUT_OF_ORDER",
  NOTICE_NOT_NEEDED: "NOTICE_NOT_NEEDED",
  NOTICE_ALREADY_SENT: "NOTICE_ALREADY_SENT",
  OUTCOME_NOT_ENFORCEABLE: "OUTCOME_NOT_ENFORCEABLE",
  NOTHING_OWED: "NOTHING_OWED",
  PAYMENT_NOT_DUE: "PAYMENT_NOT_DUE",
  NOT_FINAL: "NOT_FINAL",
  AGAINST_STATE: "AGAINST_STATE",
  NOTICE_REQUIRED: "NOTICE_REQUIRED",
  NOTICE_RUNNING: "NOTICE_RUNNING",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  MISSING_OWNER_BIRTH_NUMBER: "MISSING_OWNER_BIRTH_NUMBER",
  INVALID_BIRTH_NUMBER: "INVALID_BIRTH_NUMBER",
  MISSING_OWNER_ADDRESS: "MISSING_OWNER_ADDRESS",
  INVALID_ADDRESS: "INVALID_ADDRESS",
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  NOT_A_SOLE_PROPRIETORSHIP: "NOT_A_SOLE_PROPRIETORSHIP",
} as const;
const EnforcementError = userErrorType(
  "EnforcementPetitionError",
  EnforcementErrorCode,
  "A problem with an enforcement mutation's input or the judgment: nothing was changed.",
);
type EnforcementErrorT = InstanceType<typeof EnforcementError>;

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

@InputType()
class EnforcementNoticeRecordInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "YYYY-MM-DD. The day the 14-day notice (varsel) was sent to the debtor." })
  sentOn!: string;
}

@InputType({ description: "The owner of an enkeltpersonforetak (ENK) debtor." })
class SoleProprietorOwnerInput {
  @Field(() => String, { nullable: true, description: "Fødselsnummer, 11 digits (MOD11)." })
  birthNumber?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: "Private address (bostedsadresse) of the owner." })
  privateAddress?: PostalAddressInput | null;
}

@InputType()
class EnforcementPetitionCreateInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: "YYYY-MM-DD. The day of the petition; the rules are checked on it." })
  petitionDate!: string;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "Øre the creditor asks for preparing the petition (its own work); claimed at most ½ × R (politiet.no). Default 0.",
  })
  preparationCostsRequested?: number | null;

  @Field(() => SoleProprietorOwnerInput, {
    nullable: true,
    description:
      "Give it when the debtor is an enkeltpersonforetak (ENK): namsmannen needs the owner's fødselsnummer and private address.",
  })
  soleProprietorOwner?: SoleProprietorOwnerInput | null;
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

@ObjectType()
class EnforcementNoticeRecordPayload {
  @Field(() => Judgment, { nullable: true })
  judgment!: Judgment | null;

  @Field(() => [EnforcementError])
  userErrors!: EnforcementErrorT[];
}

@ObjectType()
class EnforcementPetitionCreatePayload {
  @Field(() => EnforcementPetition, { nullable: true })
  enforcementPetition!: EnforcementPetition | null;

  @Field(() => CollectionCase, { nullable: true })
  case!: CollectionCase | null;

  @Field(() => [EnforcementError])
  userErrors!: EnforcementErrorT[];
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
    const result = await runCommand(commandContext(ctx), (em, rec) =>
      registerJudgment(em, rec, requireAuth(ctx), input, judgmentDeps(ctx)),
    );
    return result.ok
      ? { judgment: result.value, case: result.value.case, userErrors: [] }
      : { judgment: null, case: null, userErrors: result.errors };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => EnforcementNoticeRecordPayload, {
    description:
      "Records the 14-day notice of enforcement a judgment a year old or more needs before an utleggsbegjæring.",
  })
  async enforcementNoticeRecord(
    @Arg("input") input: EnforcementNoticeRecordInput,
    @Ctx() ctx: Context,
  ): Promise<EnforcementNoticeRecordPayload> {
    const result = await runCommand(commandContext(ctx), (em, rec) =>
      recordEnforcementNotice(em, rec, requireAuth(ctx), input, ctx.clock.today()),
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
    const result = await runCommand(commandContext(ctx), (em, rec) =>
      createEnforcementPetition(em, rec, requireAuth(ctx), input, ctx.clock.today()),
    );
    return result.ok
      ? { enforcementPetition: result.value, case: result.value.case, userErrors: [] }
      : { enforcementPetition: null, case: null, userErrors: result.errors };
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

@Resolver(() => EnforcementPetition)
export class EnforcementPetitionResolver {
  @FieldResolver(() => Judgment, { description: "The judgment enforced (tvangsgrunnlag)." })
  async judgment(@Root() p: EnforcementPetition, @Ctx() ctx: Context): Promise<Lean<Judgment> | undefined> {
    return ctx.loaders.load(Judgment, p.judgment.id);
  }

  @FieldResolver(() => CollectionCase, { name: "case" })
  async collectionCase(@Root() p: EnforcementPetition, @Ctx() ctx: Context): Promise<Lean<CollectionCase> | undefined> {
    return ctx.loaders.load(CollectionCase, p.case.id);
  }
}

/** Case.conciliationCase, Case.judgment, Case.enforcementPetition and ConciliationCase.judgment. */
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

  @FieldResolver(() => EnforcementPetition, { nullable: true, description: "The utleggsbegjæring, if one was made." })
  async enforcementPetition(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<EnforcementPetition | null> {
    return petitionByCaseLoader(ctx.loaders).load(c.id);
  }
}

@Resolver(() => ConciliationCase)
export class ConciliationJudgmentResolver {
  @FieldResolver(() => Judgment, { nullable: true, description: "The judgment registered on it, if any." })
  async judgment(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<Judgment | null> {
    return judgmentByConciliationLoader(ctx.loaders).load(cc.id);
  }
}
