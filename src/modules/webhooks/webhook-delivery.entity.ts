import { BigIntType, Entity, Enum, Index, JsonType, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { CaseEvent } from "../cases/case-event.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import type { AttemptEntry } from "./webhook.rules";

export enum DeliveryStatus {
  PENDING = "PENDING",
  RETRYING = "RETRYING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
}
registerEnumType(DeliveryStatus, {
  name: "WebhookDeliveryStatus",
  valuesConfig: {
    PENDING: { description: "Queued, not tried yet." },
    RETRYING: { description: "Failed so far; tried again at nextAttemptAt." },
    DELIVERED: { description: "The receiver answered 2xx." },
    FAILED: { description: "Every attempt failed, or the receiver answered 410 Gone." },
    CANCELLED: { description: "Not sent: the endpoint was disabled." },
  },
});

/** One attempt, as kept in the delivery's log. */
export type DeliveryAttempt = AttemptEntry;

/** One event to one endpoint: created with the event, in its transaction; updated per attempt. */
@Entity({ tableName: "webhook_delivery" })
@Unique({ properties: ["endpoint", "event"] })
@Index({ properties: ["endpoint", "caseId", "event"] })
@Index({ properties: ["endpoint", "status", "id"] })
@ObjectType({ description: "The delivery of one event to one webhook endpoint, with its attempts." })
export class WebhookDelivery extends BaseEntity<
  | "status"
  | "attemptCount"
  | "lastStatusCode"
  | "lastLatencyMs"
  | "lastError"
  | "nextAttemptAt"
  | "deliveredAt"
  | "attempts"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("WebhookDelivery", this.id);
  }

  @ManyToOne(() => WebhookEndpoint, { deleteRule: "cascade" })
  endpoint: WebhookEndpoint;

  @ManyToOne(() => CaseEvent)
  event: CaseEvent;

  /** Denormalised: deliveries of one case to one endpoint go in sequence order; null for an event without a case. */
  @Property({ type: new BigIntType("number"), nullable: true })
  caseId: number | null;

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.PENDING })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Field(() => Int, { description: "Attempts made so far." })
  @Property({ default: 0 })
  attemptCount: number = 0;

  @Field(() => Int, { nullable: true, description: "HTTP status of the last attempt; null when no answer came." })
  @Property({ type: "int", nullable: true })
  lastStatusCode: number | null = null;

  @Field(() => Int, { nullable: true, description: "Milliseconds the last attempt took." })
  @Property({ type: "int", nullable: true })
  lastLatencyMs: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: "When the next attempt is due." })
  @Property({ type: "timestamptz", nullable: true })
  nextAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: JsonType, default: "[]" })
  attempts: DeliveryAttempt[] = [];

  constructor(endpoint: WebhookEndpoint, event: CaseEvent) {
    super();
    this.endpoint = endpoint;
    this.event = event;
    this.caseId = event.case?.id ?? null;
  }
}
