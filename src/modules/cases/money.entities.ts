import { BigIntType, Entity, Enum, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { CollectionStepKind } from "./case.rules";
import { Creditor } from "../parties/creditor.entity";
import { CollectionCase } from "./collection-case.entity";

registerEnumType(CollectionStepKind, {
  name: "CollectionStepKind",
  valuesConfig: {
    COLLECTION_NOTICE: { description: "Inkassovarsel (inkassoloven § 9)." },
    PAYMENT_DEMAND: { description: "Betalingsoppfordring (inkassoloven § 10)." },
  },
});

@Entity({ tableName: "collection_step" })
@ObjectType({ description: "A collection step the collector took: inkassovarsel or betalingsoppfordring." })
export class CollectionStep extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("CollectionStep", this.id);
  }

  @ManyToOne(() => CollectionCase)
  case: CollectionCase;

  @Field(() => CollectionStepKind)
  @Enum(() => CollectionStepKind)
  kind: CollectionStepKind;

  @Field(() => LocalDateResolver, { description: "Date sent." })
  @Property({ type: "date" })
  sentOn: string;

  @Field(() => LocalDateResolver, {
    description: "Last day to pay (or object), at least 14 calendar days after sentOn.",
  })
  @Property({ type: "date" })
  deadline: string;

  /** Minor units (øre). */
  @Field(() => SafeIntResolver, { description: "Fee added, in øre, from the fee table in force on sentOn." })
  @Property({ type: new BigIntType("number") })
  fee: number;

  constructor(c: CollectionCase, kind: CollectionStepKind, sentOn: string, deadline: string, fee: number) {
    super();
    this.case = c;
    this.kind = kind;
    this.sentOn = sentOn;
    this.deadline = deadline;
    this.fee = fee;
  }
}

export enum MoneyKind {
  PAYMENT = "PAYMENT",
  CREDIT_NOTE = "CREDIT_NOTE",
}
registerEnumType(MoneyKind, {
  name: "MoneyKind",
  valuesConfig: { PAYMENT: { description: "Innbetaling." }, CREDIT_NOTE: { description: "Kreditnota." } },
});

/** A payment or a credit note registered against a case. */
@Entity({ tableName: "case_transaction" })
@Unique({ properties: ["creditor", "sourceSystem", "kind", "externalId"] })
@ObjectType("CaseTransaction", { description: "A payment (innbetaling) or a credit note (kreditnota) on a case." })
export class CaseTransaction extends BaseEntity<"reference" | "sourceSystem" | "externalId"> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("CaseTransaction", this.id);
  }

  @ManyToOne(() => CollectionCase)
  case: CollectionCase;

  /** The case's creditor, kept here so that external ids are unique per creditor. */
  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field(() => MoneyKind)
  @Enum(() => MoneyKind)
  kind: MoneyKind;

  /** Minor units (øre). */
  @Field(() => SafeIntResolver, { description: "Amount in øre." })
  @Property({ type: new BigIntType("number") })
  amount: number;

  @Field(() => LocalDateResolver, { description: "Payment date or credit note date." })
  @Property({ type: "date" })
  date: string;

  @Field(() => String, { nullable: true, description: "Payment reference or credit note number." })
  @Property({ type: "string", nullable: true })
  reference: string | null = null;

  @Field(() => String, { nullable: true, description: "The system that pushed it (a plugin id), when pushed." })
  @Property({ type: "string", nullable: true })
  sourceSystem: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "Its id in that system; with the creditor and sourceSystem it makes a push idempotent.",
  })
  @Property({ type: "string", nullable: true })
  externalId: string | null = null;

  constructor(c: CollectionCase, kind: MoneyKind, amount: number, date: string) {
    super();
    this.case = c;
    this.creditor = c.creditor;
    this.kind = kind;
    this.amount = amount;
    this.date = date;
  }
}
