import { BigIntType, Entity, Enum, Index, JsonType, ManyToOne, OneToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { CollectionCase } from "../cases/collection-case.entity";
import { Creditor } from "../parties/creditor.entity";
import { ConciliationCase } from "../conciliation/conciliation-case.entity";
import { JudgmentOutcome } from "../conciliation/claim.rules";
import type { AmountSplit } from "./judgment.rules";

registerEnumType(JudgmentOutcome, {
  name: "JudgmentOutcome",
  description: "What the forliksråd decided.",
  valuesConfig: {
    WON: { description: "The creditor won (dom for kravet)." },
    PARTLY_WON: { description: "The creditor won in part." },
    COURT_SETTLEMENT: { description: "Rettsforlik: enforceable when it orders the debtor to pay." },
    LOST: { description: "The creditor lost: nothing is owed." },
    DISMISSED: { description: "Avvist: the forliksråd did not decide the claim." },
    REFERRED_TO_TINGRETT: { description: "Innstilt: the case goes on in tingretten." },
    JUDGMENT_IN_ABSENCE: { description: "Fraværsdom for the creditor: counts as won." },
  },
});

@ObjectType({ description: "An amount split into principal, interest, fees and costs. Øre." })
export class AmountSplitView implements AmountSplit {
  @Field(() => SafeIntResolver, { description: "Hovedstol." })
  principal!: number;

  @Field(() => SafeIntResolver, { description: "Renter." })
  interest!: number;

  @Field(() => SafeIntResolver, { description: "Gebyrer." })
  fees!: number;

  @Field(() => SafeIntResolver, { description: "Sakskostnader." })
  costs!: number;

  @Field(() => SafeIntResolver, { description: "The four together." })
  total!: number;
}

export function splitView(s: AmountSplit): AmountSplitView {
  return {
    principal: s.principal,
    interest: s.interest,
    fees: s.fees,
    costs: s.costs,
    total: s.principal + s.interest + s.fees + s.costs,
  };
}

/** Forliksdom — the forliksråd's judgment (or settlement, dismissal, referral) on a forliksklage. */
@Entity({ tableName: "judgment" })
@Index({ properties: ["creditor", "id"] })
@ObjectType({
  implements: Node,
  description:
    "Judgment — forliksdom: the forliksråd's decision on a forliksklage, with the review deadline and the day it becomes final (rettskraftig) on the court calendar.",
})
export class Judgment extends BaseEntity<
  "caseNumber" | "interestTo" | "paymentDueDate" | "enforcementNoticeSentOn" | "documentId"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Judgment", this.id);
  }

  @OneToOne(() => ConciliationCase, { owner: true })
  conciliationCase: ConciliationCase;

  @ManyToOne(() => CollectionCase)
  @Index()
  case: CollectionCase;

  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field(() => JudgmentOutcome)
  @Enum(() => JudgmentOutcome)
  outcome: JudgmentOutcome;

  @Field(() => LocalDateResolver, { description: "The day the judgment was given (avsagt)." })
  @Property({ type: "date" })
  judgmentDate: string;

  @Field(() => LocalDateResolver, { description: "The day it was served (forkynt) on the debtor." })
  @Property({ type: "date" })
  serviceDate: string;

  @Field(() => String, { nullable: true, description: "The forliksråd's case number (saksnummer)." })
  @Property({ type: "string", nullable: true })
  caseNumber: string | null = null;

  /** Minor units (øre). */
  @Field(() => SafeIntResolver, {
    description: "What the debtor was ordered to pay, in øre (0 when nothing was ordered).",
  })
  @Property({ type: new BigIntType("number") })
  amountOwed: number;

  /** The ordered amount split as the judgment states it; all zero when nothing was ordered. */
  @Property({ type: JsonType })
  split: AmountSplit;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day the interest in the split runs to, inclusive; more runs on the principal from the next day.",
  })
  @Property({ type: "date", nullable: true })
  interestTo: string | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Oppfyllelsesfrist: the last day to pay, as the judgment says.",
  })
  @Property({ type: "date", nullable: true })
  paymentDueDate: string | null = null;

  @Field(() => LocalDateResolver, {
    description:
      "Last day to bring the judgment before tingretten: one month from service on the court calendar (domstolloven §§ 148, 149, and § 140 when court holidays suspend it).",
  })
  @Property({ type: "date" })
  reviewDeadline: string;

  @Field(() => LocalDateResolver, {
    description: "The day the judgment becomes final (rettskraftig): the day after the review deadline.",
  })
  @Property({ type: "date" })
  finalOn: string;

  @Field({
    description:
      "Court holidays (rettsferie) stopped the review deadline when it was computed (COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE).",
  })
  @Property()
  courtHolidaysSuspended: boolean;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day a 14-day notice of enforcement was sent (needed for a judgment a year old or more).",
  })
  @Property({ type: "date", nullable: true })
  enforcementNoticeSentOn: string | null = null;

  /** The judgment PDF, once uploaded as a document. */
  @Property({ type: new BigIntType("number"), nullable: true })
  documentId: number | null = null;

  constructor(
    cc: ConciliationCase,
    fields: {
      outcome: JudgmentOutcome;
      judgmentDate: string;
      serviceDate: string;
      amountOwed: number;
      split: AmountSplit;
      reviewDeadline: string;
      finalOn: string;
      courtHolidaysSuspended: boolean;
    },
  ) {
    super();
    this.conciliationCase = cc;
    this.case = cc.case;
    this.creditor = cc.creditor;
    this.outcome = fields.outcome;
    this.judgmentDate = fields.judgmentDate;
    this.serviceDate = fields.serviceDate;
    this.amountOwed = fields.amountOwed;
    this.split = fields.split;
    this.reviewDeadline = fields.reviewDeadline;
    this.finalOn = fields.finalOn;
    this.courtHolidaysSuspended = fields.courtHolidaysSuspended;
  }

  @Field(() => AmountSplitView, {
    name: "split",
    description: "What was ordered, split into principal, interest, fees and costs.",
  })
  get splitView(): AmountSplitView {
    return splitView(this.split);
  }
}
