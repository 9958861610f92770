import { BigIntType, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";

/** The instant of the command that changes an entity (Recorder): its updatedAt is that instant, not the flush's. */
export const CHANGED_AT = Symbol("changedAt");

@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: "createdAt" | "updatedAt" | Optional;

  @PrimaryKey({ type: new BigIntType("number") })
  id!: number;

  @Field()
  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  [CHANGED_AT]?: Date;

  @Field()
  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: (e: BaseEntity) => e[CHANGED_AT] ?? new Date() })
  updatedAt: Date = new Date();
}
