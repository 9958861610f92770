import { Embedded, Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { Municipality } from "../register/municipality.entity";
import { PostalAddress } from "./address";
import { Creditor } from "./creditor.entity";

export enum DebtorKind {
  PERSON = "PERSON",
  ORGANISATION = "ORGANISATION",
}
registerEnumType(DebtorKind, {
  name: "DebtorKind",
  description: "A person (privatperson) or an organisation (virksomhet).",
});

/** Debtor — skyldner. Belongs to one creditor's ledger: the same person under two creditors is two debtors. */
@Entity({ tableName: "debtor" })
@Index({ properties: ["creditor", "orgNumber"] })
@Index({ properties: ["creditor", "name", "id"] })
@ObjectType({
  implements: Node,
  description: "Debtor — skyldner: the invoice's customer, a person or an organisation.",
})
export class Debtor extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("Debtor", this.id);
  }

  @ManyToOne(() => Creditor)
  creditor: Creditor;

  @Field(() => DebtorKind)
  @Enum(() => DebtorKind)
  kind: DebtorKind;

  @Field()
  @Property()
  name: string;

  @Field(() => String, { nullable: true, description: "Organisasjonsnummer, for an organisation." })
  @Property({ type: "string", nullable: true })
  orgNumber: string | null = null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Fødselsdato, for a person." })
  @Property({ type: "date", nullable: true })
  birthDate: string | null = null;

  @Field(() => PostalAddress)
  @Embedded(() => PostalAddress, { prefix: "address_" })
  address: PostalAddress;

  @ManyToOne(() => Municipality)
  municipality: Municipality;

  constructor(creditor: Creditor, kind: DebtorKind, name: string, address: PostalAddress, municipality: Municipality) {
    super();
    this.creditor = creditor;
    this.kind = kind;
    this.name = name;
    this.address = address;
    this.municipality = municipality;
  }
}
