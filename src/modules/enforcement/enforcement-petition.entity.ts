import { BigIntType, Embedded, Entity, Index, JsonType, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { CollectionCase } from "../cases/collection-case.entity";
import { Creditor } from "../parties/creditor.entity";
import { PostalAddress } from "../parties/address";
import { LegalBasisView } from "../legal-tables/legal-basis.view";
import type { LegalBasis } from "../legal-tables/legal-table.rules";
import { AmountSplitView, Judgment, splitView } from "../judgments/judgment.entity";
import type { AmountSplit } from "../judgments/judgment.rules";

/** Utleggsbegjæring — the petition to namsmannen to enforce a judgment. */
@Entity({ tableName: "enforcement_petition" })
@Index({ properties: ["creditor", "id"] })
@ObjectType({
  implements: Node,
  description:
    "Enforcement petition — utleggsbegjæring: the petition to namsmannen to enforce a judgment, with the amount split and the generated PDF.",
})
export class EnforcementPetition extends BaseEntity<
  | "noticeSentOn"
  | "interestTo"
  | "feeBasis"
  | "preparationCosts"
  | "preparationCostsCap"
  | "preparationCostsBasis"
  | "ownerBirthNumber"
  | "ownerAddress"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("EnforcementPetition", this.id);
  }

  @ManyToOne(() => CollectionCase)
  @Index()
  case: CollectionCase;

  @ManyToOne(() => Judgment)
  judgment: Judgment;

  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field(() => LocalDateResolver, { description: "The day of the petition." })
  @Property({ type: "date" })
  petitionDate: string;

  /** Minor units (øre), what is left of the judgment, the enforcement fee included in fees. */
  @Property({ type: new BigIntType("number") })
  principal: number;

  @Property({ type: new BigIntType("number") })
  interest: number;

  @Property({ type: new BigIntType("number") })
  fees: number;

  @Property({ type: new BigIntType("number") })
  costs: number;

  @Field(() => SafeIntResolver, {
    description:
      "The utleggsbegjæring fee, in øre: 1.21 × R (rettsgebyrloven § 14); 0 when the forliksråd case came from namsmannen (tvangsfullbyrdelsesloven § 7-7).",
  })
  @Property({ type: new BigIntType("number") })
  enforcementFee: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "Interest in the split runs to this day; more runs on the principal from the next day until paid.",
  })
  @Property({ type: "date", nullable: true })
  interestTo: string | null = null;

  @Field({
    description:
      "Under one year had passed since the judgment became enforceable (tvangsfullbyrdelsesloven §§ 4-18, 4-19): no notice was needed.",
  })
  @Property()
  underOneYear: boolean;

  /** Minor units (øre), included in costs. */
  @Field(() => SafeIntResolver, {
    description: "The creditor's own cost of preparing the petition, in øre, included in costs: at most the cap.",
  })
  @Property({ type: new BigIntType("number"), default: 0 })
  preparationCosts: number = 0;

  @Field(() => SafeIntResolver, {
    description: "The cap on the preparation cost on the petition date, in øre: ½ × R (politiet.no).",
  })
  @Property({ type: new BigIntType("number"), default: 0 })
  preparationCostsCap: number = 0;

  /** As computed on the petition date; kept so the cap stays explainable when the tables change. */
  @Field(() => [LegalBasisView], {
    description:
      "The legal-table rows the preparation-cost cap comes from (R and the cap factor in force on the petition date).",
  })
  @Property({ type: JsonType, default: "[]" })
  preparationCostsBasis: LegalBasis[] = [];

  /** Fødselsnummer of the owner when the debtor is an enkeltpersonforetak; printed on the petition, never served by the API. */
  @Property({ type: "string", nullable: true })
  ownerBirthNumber: string | null = null;

  @Embedded(() => PostalAddress, { prefix: "owner_address_", nullable: true })
  ownerAddress: PostalAddress | null = null;

  @Field({
    description:
      "The debtor is an enkeltpersonforetak (ENK): the petition names its owner by fødselsnummer and private address.",
  })
  get soleProprietorship(): boolean {
    return this.ownerBirthNumber !== null;
  }

  @Field(() => PostalAddress, {
    name: "ownerAddress",
    nullable: true,
    description:
      "Private address of the owner when the debtor is an enkeltpersonforetak (ENK), as namsmannen requires.",
  })
  get ownerAddressView(): PostalAddress | null {
    return this.ownerBirthNumber !== null ? this.ownerAddress : null;
  }

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day the 14-day notice was sent, for a judgment a year old or more.",
  })
  @Property({ type: "date", nullable: true })
  noticeSentOn: string | null = null;

  /** As computed on the petition date; kept so the fee stays explainable when the tables change. */
  @Field(() => [LegalBasisView], {
    description:
      "The legal-table rows the enforcement fee comes from (R and the utleggsbegjæring factor); empty when no fee is added.",
  })
  @Property({ type: JsonType, default: "[]" })
  feeBasis: LegalBasis[] = [];

  constructor(
    judgment: Judgment,
    fields: { petitionDate: string; split: AmountSplit; enforcementFee: number; underOneYear: boolean },
  ) {
    super();
    this.judgment = judgment;
    this.case = judgment.case;
    this.creditor = judgment.creditor;
    this.petitionDate = fields.petitionDate;
    this.principal = fields.split.principal;
    this.interest = fields.split.interest;
    this.fees = fields.split.fees;
    this.costs = fields.split.costs;
    this.enforcementFee = fields.enforcementFee;
    this.underOneYear = fields.underOneYear;
  }

  @Field(() => AmountSplitView, {
    description: "The amount asked for, split into principal, interest, fees (the enforcement fee included) and costs.",
  })
  get amounts(): AmountSplitView {
    return splitView(this);
  }

  @Field({
    description:
      "Path of the generated utleggsbegjæring PDF, relative to the server: GET it with the same Authorization header.",
  })
  get pdfUrl(): string {
    return `/enforcement-petitions/${this.globalId}/utleggsbegjaering.pdf`;
  }
}
