import { Text, URL_TEXT } from "../../shared/text";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class WebhookEndpointCreateInput {
  @Field(() => ID, { description: "The creditor whose events are sent." })
  creditorId!: string;

  @Text(URL_TEXT)
  @Field({
    description:
      "http(s) URL to POST to, without user name or password; private and special-purpose addresses are refused unless the operator allows them.",
  })
  url!: string;

  @Field(() => [String], { defaultValue: [], description: "Event types from the catalogue; empty for all." })
  eventTypes!: string[];

  @Field({ defaultValue: "TVIST", description: "Payload format: TVIST or a plugin id." })
  format!: string;
}

@InputType()
export class WebhookEndpointUpdateInput {
  @Field(() => ID)
  id!: string;

  @Text(URL_TEXT)
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: "Replaces the list; empty for all." })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  format?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true enables a disabled endpoint again (e.g. after 410 Gone); false stops deliveries.",
  })
  enabled?: boolean | null;
}

@InputType()
export class WebhookEndpointIdInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class WebhookDeliveryRetryInput {
  @Field(() => ID)
  id!: string;
}
