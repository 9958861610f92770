import { BigIntType, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";

@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: "createdAt" | "updatedAt" | Optional;

  @PrimaryKey({ type: new BigIntType("number") })
  id!: number;

  @Field()
  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
