import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { CollectionCase } from "../cases/collection-case.entity";
import { Creditor } from "../parties/creditor.entity";
import { DeductorKind, MeasureKind } from "../complaints/complaint.rules";

export enum MeasureStatus {
  ACTIVE = "ACTIVE",
  ENDED = "ENDED",
}

export enum LienAssetKind {
  REAL_ESTATE = "REAL_ESTATE",
  VEHICLE = "VEHICLE",
  BANK_ACCOUNT = "BANK_ACCOUNT",
  OTHER = "OTHER",
}

registerEnumType(MeasureKind, {
  name: "EnforcementMeasureKind",
  description: "The kind of enforcement measure (tvangsinnfordring).",
  valuesConfig: {
    DEDUCTION: { description: "Utleggstrekk: the employer or NAV deducts from pay or benefits." },
    LIEN: { description: "Utleggspant: a lien on property, an account or other assets." },
  },
});

registerEnumType(DeductorKind, {
  name: "DeductorKind",
  description: "Who makes an utleggstrekk (trekkpliktig).",
  valuesConfig: {
    EMPLOYER: { description: "The employer (arbeidsgiver), from pay." },
    NAV: { description: "NAV, from benefits (ytelser)." },
  },
});

registerEnumType(MeasureStatus, {
  name: "EnforcementMeasureStatus",
  valuesConfig: {
    ACTIVE: { description: "In force." },
    ENDED: { description: "Ended (opphørt): the deduction stopped or the lien was lifted." },
  },
});

registerEnumType(LienAssetKind, {
  name: "LienAssetKind",
  description: "What an utleggspant is taken in.",
  valuesConfig: {
    REAL_ESTATE: { description: "Real property (fast eiendom)." },
    VEHICLE: { description: "A registered vehicle (motorvogn)." },
    BANK_ACCOUNT: { description: "A bank account (bankinnskudd)." },
    OTHER: { description: "Other assets (løsøre, fordringer)." },
  },
});

@ObjectType("DeductionDetails", { description: "Utleggstrekk: who deducts, and the deduction period (trekkperiode)." })
export class DeductionDetails {
  @Field(() => DeductorKind)
  deductor!: DeductorKind;

  @Field(() => LocalDateResolver)
  periodStart!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "Last day of the period; null while it runs without an end. A complaint against the deduction is admissible until this day.",
  })
  periodEnd!: string | null;
}

@ObjectType("LienDetails", { description: "Utleggspant: the asset and the forced sale, if requested." })
export class LienDetails {
  @Field(() => LienAssetKind)
  assetKind!: LienAssetKind;

  @Field(() => String, {
    nullable: true,
    description: "Which asset, e.g. the property's gnr/bnr or the account number.",
  })
  assetDescription!: string | null;

  @Field(() => LocalDateResolver, { description: "Day the lien was registered (tinglyst / registrert)." })
  registeredOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "Day a forced sale (tvangsdekning) was requested; a complaint against the lien is admissible until this day.",
  })
  forcedSaleRequestedOn!: string | null;
}

export interface EnforcementMeasureInit {
  case: CollectionCase;
  kind: MeasureKind;
  notifiedOn: string;
  letterDeadline: string | null;
  recordedBy: string;
}

/** An enforcement measure on a case: utleggstrekk (deduction) or utleggspant (lien). */
@Entity({ tableName: "enforcement_measure" })
@Index({ properties: ["creditor", "id"] })
@Index({ properties: ["case", "id"] })
@ObjectType("EnforcementMeasure", {
  implements: Node,
  description:
    "Enforcement measure — utleggstrekk (wage or benefit deduction) or utleggspant (lien on assets) — taken to collect a case's claim.",
})
export class EnforcementMeasure extends BaseEntity<
  | "status"
  | "deductor"
  | "periodStart"
  | "periodEnd"
  | "assetKind"
  | "assetDescription"
  | "registeredOn"
  | "forcedSaleRequestedOn"
  | "endedOn"
  | "endReason"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("EnforcementMeasure", this.id);
  }

  @ManyToOne(() => CollectionCase)
  case: CollectionCase;

  /** Denormalised from the case for tenant filtering without a join. */
  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field(() => MeasureKind)
  @Enum(() => MeasureKind)
  kind: MeasureKind;

  @Field(() => MeasureStatus)
  @Enum(() => MeasureStatus)
  status: MeasureStatus = MeasureStatus.ACTIVE;

  @Field(() => LocalDateResolver, {
    description:
      "Day the debtor was notified of the utlegg (varslet); a complaint about the choice of assets is due one month later.",
  })
  @Property({ type: "date" })
  notifiedOn: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "A complaint deadline stated in the letter to the debtor (klagefrist), if any.",
  })
  @Property({ type: "date", nullable: true })
  letterDeadline: string | null;

  @Enum({ items: () => DeductorKind, nullable: true })
  deductor: DeductorKind | null = null;

  @Property({ type: "date", nullable: true })
  periodStart: string | null = null;

  @Property({ type: "date", nullable: true })
  periodEnd: string | null = null;

  @Enum({ items: () => LienAssetKind, nullable: true })
  assetKind: LienAssetKind | null = null;

  @Property({ type: "text", nullable: true })
  assetDescription: string | null = null;

  @Property({ type: "date", nullable: true })
  registeredOn: string | null = null;

  @Property({ type: "date", nullable: true })
  forcedSaleRequestedOn: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Day the measure ended (opphørte)." })
  @Property({ type: "date", nullable: true })
  endedOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "Why it ended, e.g. an upheld complaint or concluded enforcement.",
  })
  @Property({ type: "text", nullable: true })
  endReason: string | null = null;

  @Field({ description: "Who recorded it: the API key's name." })
  @Property()
  recordedBy: string;

  constructor(init: EnforcementMeasureInit) {
    super();
    this.case = init.case;
    this.creditor = init.case.creditor;
    this.kind = init.kind;
    this.notifiedOn = init.notifiedOn;
    this.letterDeadline = init.letterDeadline;
    this.recordedBy = init.recordedBy;
  }

  @Field(() => DeductionDetails, { nullable: true, description: "Set for an utleggstrekk (DEDUCTION)." })
  get deduction(): DeductionDetails | null {
    if (this.kind !== MeasureKind.DEDUCTION || !this.deductor || !this.periodStart) return null;
    return { deductor: this.deductor, periodStart: this.periodStart, periodEnd: this.periodEnd };
  }

  @Field(() => LienDetails, { nullable: true, description: "Set for an utleggspant (LIEN)." })
  get lien(): LienDetails | null {
    if (this.kind !== MeasureKind.LIEN || !this.assetKind || !this.registeredOn) return null;
    return {
      assetKind: this.assetKind,
      assetDescription: this.assetDescription,
      registeredOn: this.registeredOn,
      forcedSaleRequestedOn: this.forcedSaleRequestedOn,
    };
  }

  /** Ends the measure on `on`; a deduction's period ends then too, unless it ended earlier. */
  end(on: string, reason: string): void {
    this.status = MeasureStatus.ENDED;
    this.endedOn = on;
    this.endReason = reason;
    if (this.kind === MeasureKind.DEDUCTION && (this.periodEnd === null || this.periodEnd > on)) this.periodEnd = on;
  }
}
