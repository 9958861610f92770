import { BigIntType, Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { CollectionCase } from "../cases/collection-case.entity";
import { Document } from "../documents/document.entity";
import { Creditor } from "../parties/creditor.entity";
import {
  AdmissibilityRule,
  ComplaintChannel,
  ComplaintSubject,
  DecisionOutcome,
  DesiredOutcome,
} from "./complaint.rules";
import { EnforcementMeasure } from "../enforcement/enforcement-measure.entity";

export enum ComplaintStatus {
  RECEIVED = "RECEIVED",
  KEPT = "KEPT",
  FORWARDED = "FORWARDED",
  DECIDED = "DECIDED",
}

export enum ReconsiderationDecision {
  UPHELD = "UPHELD",
  KEPT = "KEPT",
}

export enum ComplaintDecider {
  AGENCY = "AGENCY",
  INSTANCE = "INSTANCE",
}

registerEnumType(ComplaintStatus, {
  name: "ComplaintStatus",
  description: "Where a complaint (klage) stands.",
  valuesConfig: {
    RECEIVED: { description: "Received (mottatt); the agency has not yet reconsidered its decision." },
    KEPT: {
      description:
        "The agency kept its decision (opprettholdt): forward the complaint to the instance that decides it.",
    },
    FORWARDED: { description: "Forwarded (oversendt) to the deciding instance, awaiting its decision." },
    DECIDED: { description: "Decided (avgjort): by the agency reversing its decision, or by the instance." },
  },
});

registerEnumType(ReconsiderationDecision, {
  name: "ReconsiderationDecision",
  description: "The agency's own reconsideration (omgjøringsvurdering) of the decision complained against.",
  valuesConfig: {
    UPHELD: { description: "The agency reverses its own decision (omgjør): the complaint is upheld and decided." },
    KEPT: { description: "The agency keeps its decision (opprettholder): the complaint must be forwarded." },
  },
});

registerEnumType(ComplaintDecider, {
  name: "ComplaintDecider",
  valuesConfig: {
    AGENCY: { description: "The agency itself, reversing its decision." },
    INSTANCE: { description: "The instance the complaint was forwarded to (klageinstans)." },
  },
});

registerEnumType(ComplaintChannel, {
  name: "ComplaintChannel",
  description: "How the complaint arrived; a complaint must be written.",
  valuesConfig: {
    LETTER: { description: "By letter (brev)." },
    EMAIL: { description: "By e-mail (e-post)." },
    PORTAL: { description: "Through a web portal or form." },
    ORAL: {
      description:
        "By telephone or in person (muntlig): not a complaint until it is written; refused with NOT_WRITTEN.",
    },
  },
});

registerEnumType(ComplaintSubject, {
  name: "ComplaintSubject",
  description: "What the complaint (klage) is about.",
  valuesConfig: {
    DEDUCTION: { description: "A wage or benefit deduction (utleggstrekk)." },
    CASE_HANDLING: { description: "The case handling (saksbehandlingen)." },
    CLAIM: { description: "The claim itself (kravet)." },
    TAX_SET_OFF: { description: "A tax set-off (skattemotregning)." },
    CHOICE_OF_ASSETS: {
      description: "Which assets a lien (utleggspant) was taken in; within one month of the notification.",
    },
    OTHER: { description: "Something else." },
  },
});

registerEnumType(DesiredOutcome, {
  name: "DesiredOutcome",
  description: "What the debtor wants the complaint to achieve.",
  valuesConfig: {
    STOP_DEDUCTION: { description: "Stop the deduction (utleggstrekk); name it with measureId." },
    DELETE_CLAIM: { description: "Delete the claim (slette kravet)." },
    REDUCE_CLAIM: { description: "Reduce the claim (redusere kravet) by reductionAmount." },
    OTHER: { description: "Something else, described in desiredOutcomeText." },
  },
});

registerEnumType(DecisionOutcome, {
  name: "ComplaintOutcome",
  description: "The decision on a complaint (vedtak i klagesaken).",
  valuesConfig: {
    UPHELD: {
      description: "Upheld (tatt til følge): the desired outcome is granted, and only now does collection stop.",
    },
    PARTLY_UPHELD: {
      description: "Partly upheld (delvis tatt til følge): the claim is reduced by grantedReduction, if given.",
    },
    REJECTED: { description: "Rejected (ikke tatt til følge): collection continues unchanged." },
  },
});

registerEnumType(AdmissibilityRule, {
  name: "AdmissibilityRule",
  description: "The filing-deadline rule (klagefrist) that decided whether a complaint was in time.",
  valuesConfig: {
    ENFORCEMENT_ONGOING: { description: "Admissible while enforced collection is not concluded." },
    LIEN_UNTIL_FORCED_SALE: {
      description: "Against an utleggspant: until a forced sale (tvangsdekning) is requested.",
    },
    DEDUCTION_UNTIL_PERIOD_END: { description: "Against an utleggstrekk: until the deduction period ends." },
    CHOICE_OF_ASSETS_ONE_MONTH: {
      description: "About the choice of assets: within one calendar month after the notification.",
    },
    LETTER_DEADLINE: { description: "The deadline stated in the letter." },
  },
});

@ObjectType("ComplaintAdmissibility", {
  description: "Whether the complaint was in time (innenfor klagefristen), and by which rule.",
})
export class ComplaintAdmissibility {
  @Field({ description: "In time when received; false for a complaint accepted late." })
  admissible!: boolean;

  @Field(() => AdmissibilityRule)
  rule!: AdmissibilityRule;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Last day a complaint was in time under the rule; null when the rule sets no date.",
  })
  deadline!: string | null;

  @Field()
  reason!: string;
}

@ObjectType("LateAcceptance", {
  description: "A caseworker accepted the complaint although it was late (oversittet klagefrist).",
})
export class LateAcceptance {
  @Field()
  reason!: string;

  @Field({ description: "The API key's name." })
  acceptedBy!: string;

  @Field()
  acceptedAt!: Date;
}

@ObjectType("ComplaintReconsideration", { description: "The agency's own reconsideration (omgjøringsvurdering)." })
export class ComplaintReconsideration {
  @Field(() => ReconsiderationDecision)
  decision!: ReconsiderationDecision;

  @Field()
  reason!: string;

  @Field(() => LocalDateResolver)
  reconsideredOn!: string;

  @Field({ description: "The API key's name." })
  reconsideredBy!: string;
}

export interface ComplaintInit {
  case: CollectionCase;
  measure: EnforcementMeasure | null;
  channel: ComplaintChannel;
  receivedOn: string;
  subject: ComplaintSubject;
  reason: string;
  desiredOutcome: DesiredOutcome;
  reductionAmount: number | null;
  desiredOutcomeText: string | null;
  signerName: string | null;
  signedAt: Date | null;
  signedDocument: Document | null;
  admissible: boolean;
  admissibilityRule: AdmissibilityRule;
  admissibilityDeadline: string | null;
  admissibilityReason: string;
  dueOn: string;
  receivedBy: string;
}

type Defaulted =
  | "status"
  | "lateReason"
  | "lateAcceptedBy"
  | "lateAcceptedAt"
  | "reconsiderationDecision"
  | "reconsiderationReason"
  | "reconsideredOn"
  | "reconsideredBy"
  | "forwardedTo"
  | "forwardedOn"
  | "outcome"
  | "decidedOn"
  | "decidedBy"
  | "decisionReason"
  | "grantedReduction"
  | "effectsSummary"
  | "followUpNeeded"
  | "refundAmount"
  | "overdueNotifiedAt"
  | "attachments";

/** Complaint — klage — against enforcement by the collection authority. It does not stop collection; an upheld decision does. */
@Entity({ tableName: "complaint" })
@Index({ properties: ["creditor", "id"] })
@Index({ properties: ["case", "id"] })
@Index({ properties: ["decidedOn", "dueOn"] })
@ObjectType("Complaint", {
  implements: Node,
  description:
    "Complaint — klage — against enforced collection (tvangsinnfordring): what, why, the desired outcome, signed, with documentation. It does not stop collection; only an upheld decision does. Due for decision 3 weeks after receipt.",
})
export class Complaint extends BaseEntity<Defaulted> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Complaint", this.id);
  }

  @ManyToOne(() => CollectionCase)
  case: CollectionCase;

  /** Denormalised from the case for tenant filtering without a join. */
  @ManyToOne(() => Creditor)
  creditor: Creditor;

  /** The enforcement measure complained against, if any. */
  @ManyToOne(() => EnforcementMeasure, { nullable: true })
  measure: EnforcementMeasure | null;

  @Field(() => ComplaintStatus)
  @Enum(() => ComplaintStatus)
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Field(() => ComplaintChannel)
  @Enum(() => ComplaintChannel)
  channel: ComplaintChannel;

  @Field(() => LocalDateResolver, { description: "Day the complaint was received (mottatt)." })
  @Property({ type: "date" })
  receivedOn: string;

  @Field(() => ComplaintSubject)
  @Enum(() => ComplaintSubject)
  subject: ComplaintSubject;

  @Field({ description: "Why the debtor complains (begrunnelse)." })
  @Property({ type: "text" })
  reason: string;

  @Field(() => DesiredOutcome)
  @Enum(() => DesiredOutcome)
  desiredOutcome: DesiredOutcome;

  /** Minor units (øre). */
  @Field(() => SafeIntResolver, { nullable: true, description: "For REDUCE_CLAIM: the reduction asked for, in øre." })
  @Property({ type: new BigIntType("number"), nullable: true })
  reductionAmount: number | null;

  @Field(() => String, { nullable: true, description: "For OTHER: the outcome the debtor wants." })
  @Property({ type: "text", nullable: true })
  desiredOutcomeText: string | null;

  @Field(() => String, { nullable: true, description: "Who signed the complaint (underskrift)." })
  @Property({ type: "string", nullable: true })
  signerName: string | null;

  @Field(() => Date, { nullable: true, description: "When it was signed." })
  @Property({ type: "timestamptz", nullable: true })
  signedAt: Date | null;

  /** The uploaded signed complaint, instead of (or besides) signer and time. */
  @ManyToOne(() => Document, { nullable: true })
  signedDocument: Document | null;

  /** Documentation the debtor attached. */
  @ManyToMany(() => Document, undefined, { owner: true, pivotTable: "complaint_attachment" })
  attachments = new Collection<Document>(this);

  @Property()
  admissible: boolean;

  @Enum(() => AdmissibilityRule)
  admissibilityRule: AdmissibilityRule;

  @Property({ type: "date", nullable: true })
  admissibilityDeadline: string | null;

  @Property({ type: "text" })
  admissibilityReason: string;

  @Property({ type: "text", nullable: true })
  lateReason: string | null = null;

  @Property({ type: "string", nullable: true })
  lateAcceptedBy: string | null = null;

  @Property({ type: "timestamptz", nullable: true })
  lateAcceptedAt: Date | null = null;

  @Field(() => LocalDateResolver, { description: "Day a decision is due: 3 weeks after receipt (saksbehandlingstid)." })
  @Property({ type: "date" })
  dueOn: string;

  @Enum({ items: () => ReconsiderationDecision, nullable: true })
  reconsiderationDecision: ReconsiderationDecision | null = null;

  @Property({ type: "text", nullable: true })
  reconsiderationReason: string | null = null;

  @Property({ type: "date", nullable: true })
  reconsideredOn: string | null = null;

  @Property({ type: "string", nullable: true })
  reconsideredBy: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The instance the complaint was forwarded to (klageinstans), e.g. NRK or Lånekassen.",
  })
  @Property({ type: "string", nullable: true })
  forwardedTo: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Day it was forwarded (oversendt)." })
  @Property({ type: "date", nullable: true })
  forwardedOn: string | null = null;

  @Field(() => DecisionOutcome, { nullable: true })
  @Enum({ items: () => DecisionOutcome, nullable: true })
  outcome: DecisionOutcome | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Day of the decision (vedtaksdato); null while undecided.",
  })
  @Property({ type: "date", nullable: true })
  decidedOn: string | null = null;

  @Field(() => ComplaintDecider, { nullable: true })
  @Enum({ items: () => ComplaintDecider, nullable: true })
  decidedBy: ComplaintDecider | null = null;

  @Field(() => String, { nullable: true, description: "The decision's grounds (begrunnelse)." })
  @Property({ type: "text", nullable: true })
  decisionReason: string | null = null;

  /** Minor units (øre). */
  @Field(() => SafeIntResolver, { nullable: true, description: "PARTLY_UPHELD: the reduction granted, in øre." })
  @Property({ type: new BigIntType("number"), nullable: true })
  grantedReduction: number | null = null;

  @Field(() => String, { nullable: true, description: "What the decision changed." })
  @Property({ type: "text", nullable: true })
  effectsSummary: string | null = null;

  @Field({
    description:
      "Upheld, but what follows is for the caseworker to carry out (desired outcome OTHER, or partly upheld without an amount).",
  })
  @Property({ default: false })
  followUpNeeded: boolean = false;

  /** Minor units (øre). */
  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "What the debtor paid beyond what is owed after the decision, in øre (tilbakebetaling); set when the claim was deleted or reduced.",
  })
  @Property({ type: new BigIntType("number"), nullable: true })
  refundAmount: number | null = null;

  @Field(() => Date, { nullable: true, description: "When complaint.overdue was emitted; at most once per complaint." })
  @Property({ type: "timestamptz", nullable: true })
  overdueNotifiedAt: Date | null = null;

  @Field({ description: "Who registered it: the API key's name." })
  @Property()
  receivedBy: string;

  constructor(init: ComplaintInit) {
    super();
    this.case = init.case;
    this.creditor = init.case.creditor;
    this.measure = init.measure;
    this.channel = init.channel;
    this.receivedOn = init.receivedOn;
    this.subject = init.subject;
    this.reason = init.reason;
    this.desiredOutcome = init.desiredOutcome;
    this.reductionAmount = init.reductionAmount;
    this.desiredOutcomeText = init.desiredOutcomeText;
    this.signerName = init.signerName;
    this.signedAt = init.signedAt;
    this.signedDocument = init.signedDocument;
    this.admissible = init.admissible;
    this.admissibilityRule = init.admissibilityRule;
    this.admissibilityDeadline = init.admissibilityDeadline;
    this.admissibilityReason = init.admissibilityReason;
    this.dueOn = init.dueOn;
    this.receivedBy = init.receivedBy;
  }

  @Field(() => ComplaintAdmissibility)
  get admissibility(): ComplaintAdmissibility {
    return {
      admissible: this.admissible,
      rule: this.admissibilityRule,
      deadline: this.admissibilityDeadline,
      reason: this.admissibilityReason,
    };
  }

  @Field(() => LateAcceptance, { nullable: true, description: "Set when a caseworker accepted the complaint late." })
  get lateAcceptance(): LateAcceptance | null {
    if (this.lateReason === null || this.lateAcceptedBy === null || this.lateAcceptedAt === null) return null;
    return { reason: this.lateReason, acceptedBy: this.lateAcceptedBy, acceptedAt: this.lateAcceptedAt };
  }

  @Field(() => ComplaintReconsideration, {
    nullable: true,
    description: "The agency's own reconsideration, once made.",
  })
  get reconsideration(): ComplaintReconsideration | null {
    if (
      !this.reconsiderationDecision ||
      this.reconsiderationReason === null ||
      !this.reconsideredOn ||
      !this.reconsideredBy
    )
      return null;
    return {
      decision: this.reconsiderationDecision,
      reason: this.reconsiderationReason,
      reconsideredOn: this.reconsideredOn,
      reconsideredBy: this.reconsideredBy,
    };
  }
}
