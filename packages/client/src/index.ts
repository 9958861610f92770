export { createClient } from "./client";
export type {
  CaseEventMessage,
  CaseEventStream,
  CaseEventSubscription,
  CaseEventsArgs,
  ClientOptions,
  TvistClient,
} from "./client";
export { TvistError, type TvistGraphQLError } from "./errors";
export {
  verifyWebhook,
  UnknownEventTypeError,
  WebhookVerificationError,
  CASE_EVENT_TYPES,
  CREDITOR_EVENT_TYPES,
  type CaseEventDataMap,
  type CaseEventType,
  type CaseWebhookEvent,
  type CreditorEventDataMap,
  type CreditorEventType,
  type CreditorWebhookEvent,
  type WebhookEvent,
  type WebhookHeaders,
  type WebhookTestEvent,
} from "./webhooks";
export * from "./generated/graphql";
