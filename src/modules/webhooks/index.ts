import type { TvistModule } from "../../app/module";
import { WebhookDelivery } from "./webhook-delivery.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import { WebhookDeliveryResolver, WebhookEndpointResolver } from "./webhook.resolver";

export const webhooksModule: TvistModule = {
  name: "webhooks",
  entities: [WebhookEndpoint, WebhookDelivery],
  resolvers: [WebhookEndpointResolver, WebhookDeliveryResolver],
};

/** What the composition root wires: the event sink, the worker, and the payload formats of the plugin registry. */
export { webhookSink } from "./webhook-queue";
export { migrateJobQueue, startWebhookWorker, type WebhookWorker } from "./webhook-worker";
export { webhookFormatsOf } from "./plugin-formats";
export type { WebhookFormats } from "./webhook-formats";
