import { ArrayType, Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { Creditor } from "../parties/creditor.entity";
import { maskUserinfo } from "./url-guard";

/** Where a creditor's integration wants case events POSTed, signed per Standard Webhooks. */
@Entity({ tableName: "webhook_endpoint" })
@Index({ properties: ["creditor", "id"] })
@ObjectType({ description: "A URL that receives a creditor's case events as signed webhooks (Standard Webhooks)." })
export class WebhookEndpoint extends BaseEntity<
  "eventTypes" | "format" | "previousSecret" | "secretRotatedAt" | "enabled" | "disabledAt" | "disabledReason"
> {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("WebhookEndpoint", this.id);
  }

  @ManyToOne(() => Creditor)
  creditor: Creditor;

  /** As registered; shown only through shownUrl. */
  @Property({ type: "text" })
  url: string;

  @Field(() => String, {
    name: "url",
    description: "http(s) URL the events are POSTed to; a user name or password in it is shown as ***.",
  })
  get shownUrl(): string {
    return maskUserinfo(this.url);
  }

  @Field(() => [String], { description: "Event types sent; empty for all." })
  @Property({ type: ArrayType, default: "{}" })
  eventTypes: string[] = [];

  @Field({ description: "Payload format: TVIST, or the id of a plugin that formats events for its system." })
  @Property({ default: "TVIST" })
  format: string = "TVIST";

  /** whsec_ + base64 key; kept because Standard Webhooks signs with the shared secret. Never exposed after creation. */
  @Property({ hidden: true })
  secret: string;

  /** The secret before the last rotation; still signed with for 24 h after secretRotatedAt. */
  @Property({ type: "string", nullable: true, hidden: true })
  previousSecret: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When the secret was last rotated; both secrets sign for 24 h after.",
  })
  @Property({ type: "timestamptz", nullable: true })
  secretRotatedAt: Date | null = null;

  @Field({ description: "Whether events are delivered." })
  @Property({ default: true })
  enabled: boolean = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  disabledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "Why deliveries stopped, e.g. the receiver answered 410 Gone." })
  @Property({ type: "text", nullable: true })
  disabledReason: string | null = null;

  constructor(creditor: Creditor, url: string, secret: string) {
    super();
    this.creditor = creditor;
    this.url = url;
    this.secret = secret;
  }
}
