import { Embedded, Entity, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { PostalAddress } from "../parties/address";

@Entity({ tableName: "conciliation_board" })
@ObjectType({ implements: Node, description: "Conciliation board — forliksråd. Serves one or more kommuner." })
export class ConciliationBoard extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("ConciliationBoard", this.id);
  }

  @Field()
  @Property()
  name: string;

  @Field(() => PostalAddress, { nullable: true })
  @Embedded(() => PostalAddress, { prefix: "address_", nullable: true })
  address: PostalAddress | null = null;

  constructor(name: string) {
    super();
    this.name = name;
  }
}
