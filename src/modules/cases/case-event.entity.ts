import { BigIntType, Entity, Enum, Index, JsonType, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { toGlobalId } from "../../shared/global-id";
import { Node } from "../../shared/node";
import { CaseStatus } from "./case.rules";
import { CollectionCase } from "./collection-case.entity";

/**
 * The one event log: the case's append-only timeline. Written in the same transaction as the change it records;
 * subscriptions, webhooks and eventsSince all read from here.
 */
@Entity({ tableName: "case_event" })
@Unique({ properties: ["case", "sequence"] })
@Index({ properties: ["creditorId", "id"] })
@ObjectType("CaseEvent", {
  implements: Node,
  description: "An entry on a case's timeline (tidslinje): who did what, when, and the status before and after.",
})
export class CaseEvent {
  @PrimaryKey({ type: new BigIntType("number") })
  id!: number;

  @Field(() => ID, { name: "id", description: "Stable event id; also the webhook-id of its deliveries." })
  get globalId(): string {
    return toGlobalId("CaseEvent", this.id);
  }

  /** Null for an event about the creditor as a whole (e.g. legal_table.stale); such an event has sequence 0. */
  @ManyToOne(() => CollectionCase, { nullable: true, deleteRule: "no action" })
  case: CollectionCase | null;

  /** Denormalised for tenant filtering without a join. */
  @Property({ type: new BigIntType("number") })
  creditorId: number;

  @Field(() => Int, {
    description:
      "Position on the case's timeline, from 1 without gaps; 0 for an event about the creditor, without a case (e.g. legal_table.stale).",
  })
  @Property()
  sequence: number;

  @Field({ description: "Event type from the catalogue, e.g. case.frozen." })
  @Property()
  type: string;

  @Field({ description: "When it happened." })
  @Property({ type: "timestamptz", defaultRaw: "now()" })
  occurredAt: Date = new Date();

  @Field({ description: "Who: the API key's name, or system." })
  @Property()
  actor: string;

  @Field({ description: "What happened, in one sentence." })
  @Property({ type: "text" })
  summary: string;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: () => CaseStatus, nullable: true })
  statusBefore: CaseStatus | null;

  @Field(() => CaseStatus, { nullable: true })
  @Enum({ items: () => CaseStatus, nullable: true })
  statusAfter: CaseStatus | null;

  @Field(() => GraphQLJSONObject, { description: "Event-specific data (see docs/events.md)." })
  @Property({ type: JsonType })
  data: Record<string, unknown>;

  constructor(fields: {
    case: CollectionCase;
    creditorId: number;
    sequence: number;
    type: string;
    actor: string;
    summary: string;
    statusBefore: CaseStatus | null;
    statusAfter: CaseStatus | null;
    data: Record<string, unknown>;
    occurredAt?: Date;
  }) {
    this.case = fields.case;
    this.creditorId = fields.creditorId;
    this.sequence = fields.sequence;
    this.type = fields.type;
    this.actor = fields.actor;
    this.summary = fields.summary;
    this.statusBefore = fields.statusBefore;
    this.statusAfter = fields.statusAfter;
    this.data = fields.data;
    if (fields.occurredAt) this.occurredAt = fields.occurredAt;
  }
}
