import { WebhookDelivery } from "./webhook-delivery.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import { WebhookDeliveryResolver, WebhookEndpointResolver } from "./webhook.resolver";

/** The webhooks module's part of the schema and the ORM (a TvistModule, src/app/module.ts). */
export const webhooksModule = {
  name: "webhooks",
  entities: [WebhookEndpoint, WebhookDelivery],
  resolvers: [WebhookEndpointResolver, WebhookDeliveryResolver],
};

/** What the composition root wires: the event sink, the worker, and the payload formats of the plugin registry. */
export { webhookSink } from "./webhook-queue";
export { migrateJobQueue, startWebhookWorker, type WebhookWorker } from "./webhook-worker";
export { registerPluginWebhookFormats, webhookFormatsOf } from "./plugin-formats";
export type { WebhookFormats } from "./webhook-formats";
