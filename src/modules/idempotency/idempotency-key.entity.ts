import { BigIntType, Entity, JsonType, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { ApiKey } from "../access/api-key.entity";

/** A mutation's idempotency key: its first response, replayed for a repeat of the same request. Per API key. */
@Entity({ tableName: "idempotency_key" })
@Unique({ properties: ["apiKey", "key"] })
export class IdempotencyKey {
  [OptionalProps]?: "response" | "createdAt" | "completedAt";

  @PrimaryKey({ type: new BigIntType("number") })
  id!: number;

  @ManyToOne(() => ApiKey, { deleteRule: "cascade" })
  apiKey: ApiKey;

  @Property({ length: 255 })
  key: string;

  /** The mutation, e.g. invoicesPush. */
  @Property()
  operation: string;

  /** SHA-256 (hex) of the operation and its canonical input. */
  @Property({ length: 64 })
  requestHash: string;

  /** The first response; null while the first request still runs. */
  @Property({ type: JsonType, nullable: true })
  response: unknown = null;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  completedAt: Date | null = null;

  constructor(apiKey: ApiKey, key: string, operation: string, requestHash: string) {
    this.apiKey = apiKey;
    this.key = key;
    this.operation = operation;
    this.requestHash = requestHash;
  }
}
