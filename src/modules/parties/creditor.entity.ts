import { Embedded, Entity, ManyToOne, Index, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { Municipality } from "../register/municipality.entity";
import { PostalAddress } from "./address";

@Entity({ tableName: "creditor" })
@ObjectType({ implements: Node, description: "Creditor — kreditor: the business that issued the invoices." })
export class Creditor extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Creditor", this.id);
  }

  @Field()
  @Property()
  name: string;

  @Field({ description: "Organisasjonsnummer (9 digits, MOD11); unique among the creditors one API key sees." })
  @Index()
  @Property()
  orgNumber: string;

  @Field(() => PostalAddress)
  @Embedded(() => PostalAddress, { prefix: "address_" })
  address: PostalAddress;

  @ManyToOne(() => Municipality)
  municipality: Municipality;

  constructor(name: string, orgNumber: string, address: PostalAddress, municipality: Municipality) {
    super();
    this.name = name;
    this.orgNumber = orgNumber;
    this.address = address;
    this.municipality = municipality;
  }
}
