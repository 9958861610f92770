import { ArrayType, Entity, Index, ManyToMany, Collection, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { toGlobalId } from "../../shared/global-id";
import { BaseEntity } from "../../shared/base.entity";
import { Creditor } from "../parties/creditor.entity";

export enum Scope {
  READ = "read",
  WRITE = "write",
  ADMIN = "admin",
}
registerEnumType(Scope, {
  name: "Scope",
  description: "READ sees, WRITE also changes, ADMIN also manages keys and registers.",
});

/** An integration's credential. Only the SHA-256 of the key is stored; the key itself is shown once. */
@Entity({ tableName: "api_key" })
@ObjectType({ description: "An API key of an integration. The key itself is shown once, at creation." })
export class ApiKey extends BaseEntity<"allCreditors" | "revokedAt" | "lastUsedAt"> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("ApiKey", this.id);
  }

  @Field()
  @Property()
  name: string;

  @Field({ description: "First characters of the key, for recognising it." })
  @Property()
  prefix: string;

  @Unique()
  @Property()
  hash: string;

  @Field(() => [Scope])
  @Property({ type: ArrayType })
  scopes: Scope[];

  @Field({ description: "Sees every creditor, present and future." })
  @Property({ default: false })
  allCreditors: boolean = false;

  @ManyToMany(() => Creditor, undefined, { pivotTable: "api_key_creditor" })
  creditors = new Collection<Creditor>(this);

  @Field(() => Date, { nullable: true })
  @Index()
  @Property({ type: "timestamptz", nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  lastUsedAt: Date | null = null;

  constructor(name: string, prefix: string, hash: string, scopes: Scope[]) {
    super();
    this.name = name;
    this.prefix = prefix;
    this.hash = hash;
    this.scopes = scopes;
  }
}
