import { BigIntType, Embedded, Entity, Enum, Index, ManyToOne, OneToOne, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { Creditor } from "../parties/creditor.entity";
import { Debtor } from "../parties/debtor.entity";
import { Invoice } from "../invoices/invoice.entity";
import { CaseStatus, NEW_CASE, outstanding } from "./case.rules";
import { ClaimOrigin } from "./claim-origin";

registerEnumType(CaseStatus, {
  name: "CaseStatus",
  description: "Where a collection case stands.",
  valuesConfig: {
    ACTIVE: { description: "Collection runs." },
    FROZEN: { description: "Frozen by a written objection (innsigelse): no fees, notices or legal steps." },
    IN_CONCILIATION: { description: "A forliksklage has been sent to the forliksråd." },
    JUDGMENT: { description: "A judgment (forliksdom) is registered." },
    ENFORCEMENT: { description: "An utleggsbegjæring has been sent to namsmannen." },
    PAID: { description: "Paid in full (closed)." },
    CREDITED: { description: "Credited in full by a kreditnota (closed)." },
    CLOSED: { description: "Closed otherwise." },
  },
});

/** Collection case — inkassosak: one per invoice; the collector owns it. */
@Entity({ tableName: "collection_case" })
@Index({ properties: ["creditor", "id"] })
@Index({ properties: ["creditor", "status", "id"] })
@Index({ properties: ["updatedAt", "id"] })
@ObjectType("Case", { implements: Node, description: "Collection case — inkassosak: the collection of one invoice." })
export class CollectionCase extends BaseEntity<
  | "status"
  | "paidAmount"
  | "creditedAmount"
  | "feesAmount"
  | "lastSequence"
  | "closedAt"
  | "frozenFromStatus"
  | "version"
  | "claimOrigin"
  | "enforcementConcludedOn"
  | "judgmentAmount"
  | "reducedBeforeJudgment"
  | "caseNumber"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Case", this.id);
  }

  /** Drawn at random by the database (tvist_new_case_number()), so that it tells nothing about other creditors' cases. */
  @Field(() => Int, {
    description:
      "Saksnummer: a number in [100000000, 999999999] unique on this server, given when the case is opened; payments and credit notes may name the case by it.",
  })
  @Property({ unique: true, defaultRaw: "tvist_new_case_number()" })
  caseNumber!: number;

  @OneToOne(() => Invoice, { owner: true })
  invoice: Invoice;

  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @ManyToOne(() => Debtor)
  debtor: Debtor;

  @Field(() => CaseStatus)
  @Enum(() => CaseStatus)
  status: CaseStatus = NEW_CASE.status;

  /** The status to return to when a freeze ends. */
  @Enum({ items: () => CaseStatus, nullable: true })
  frozenFromStatus: CaseStatus | null = NEW_CASE.frozenFromStatus;

  /** Minor units (øre): the invoice amount the case collects. */
  @Field(() => SafeIntResolver, { description: "Principal (hovedstol) in øre." })
  @Property({ type: new BigIntType("number") })
  principalAmount: number;

  @Field(() => SafeIntResolver, { description: "Fees added by collection steps, in øre." })
  @Property({ type: new BigIntType("number"), default: NEW_CASE.feesAmount })
  feesAmount: number = NEW_CASE.feesAmount;

  @Field(() => SafeIntResolver, { description: "Paid so far, in øre." })
  @Property({ type: new BigIntType("number"), default: NEW_CASE.paidAmount })
  paidAmount: number = NEW_CASE.paidAmount;

  @Field(() => SafeIntResolver, { description: "Credited by kreditnota so far, in øre." })
  @Property({ type: new BigIntType("number"), default: NEW_CASE.creditedAmount })
  creditedAmount: number = NEW_CASE.creditedAmount;

  /** Øre the registered judgment orders the debtor to pay, plus enforcement fees added since; null before a judgment that decides the claim. */
  @Property({ type: new BigIntType("number"), nullable: true })
  judgmentAmount: number | null = NEW_CASE.judgmentAmount;

  /** Øre paid and credited before the judgment was registered: the judgment already accounts for them. */
  @Property({ type: new BigIntType("number"), default: NEW_CASE.reducedBeforeJudgment })
  reducedBeforeJudgment: number = NEW_CASE.reducedBeforeJudgment;

  /** Sequence number of the case's latest event. */
  @Property({ default: NEW_CASE.lastSequence })
  lastSequence: number = NEW_CASE.lastSequence;

  @Field(() => Date, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  closedAt: Date | null = NEW_CASE.closedAt;

  /** Who created the claim; null means the creditor itself (see Case.claimOrigin). */
  @Embedded(() => ClaimOrigin, { prefix: "claim_origin_", nullable: true })
  claimOrigin: ClaimOrigin | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "The day enforced collection (tvangsinnfordring) was concluded; complaints against it are late after that.",
  })
  @Property({ type: "date", nullable: true })
  enforcementConcludedOn: string | null = NEW_CASE.enforcementConcludedOn;

  @Property({ version: true, default: NEW_CASE.version })
  version: number = NEW_CASE.version;

  constructor(invoice: Invoice) {
    super();
    this.invoice = invoice;
    this.creditor = invoice.creditor;
    this.debtor = invoice.debtor;
    this.principalAmount = invoice.amount;
  }

  @Field(() => SafeIntResolver, {
    description:
      "What is still owed, in øre: principal and fees less payments and credits; after a judgment (forliksdom), what it orders less what was paid or credited since.",
  })
  get outstandingAmount(): number {
    return outstanding(this);
  }
}
