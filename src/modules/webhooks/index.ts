import type { TvistModule } from "../../app/module";
import { WebhookDelivery } from "./webhook-delivery.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import { WebhookDeliveryResolver, WebhookEndpointResolver } from "./webhook.resolver";

export const webhooksModule: TvistModule = {
  name: "webhooks",
  entities: [WebhookEndpoint, WebhookDelivery],
  resolvers: [WebhookEndpointResolver, WebhookDeliveryResolver],
};
