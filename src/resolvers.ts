import { AccessResolver } from "./modules/access/access.resolver";
import { EventsResolver } from "./events/events.resolver";
import { WebhookDeliveryResolver, WebhookEndpointResolver } from "./modules/webhooks/webhook.resolver";

/** Every resolver class of the schema. */
export const resolvers = [AccessResolver, EventsResolver, WebhookEndpointResolver, WebhookDeliveryResolver];
