import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { Creditor } from "./creditor.entity";

/** The creditor's id in another system (e.g. Kravia's creditorId): pushes that name the creditor by it find it. */
@Entity({ tableName: "creditor_external_id" })
@Unique({ properties: ["creditor", "sourceSystem"] })
@Index({ properties: ["sourceSystem", "externalId"] })
@ObjectType({ description: "The creditor's id in another system, set by creditorExternalIdSet." })
export class CreditorExternalId extends BaseEntity {
  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field({ description: "The system, a plugin id such as kravia." })
  @Property()
  sourceSystem: string;

  @Field({ description: "The creditor's id in that system; unique in it among the creditors one API key sees." })
  @Property()
  externalId: string;

  constructor(creditor: Creditor, sourceSystem: string, externalId: string) {
    super();
    this.creditor = creditor;
    this.sourceSystem = sourceSystem;
    this.externalId = externalId;
  }
}
