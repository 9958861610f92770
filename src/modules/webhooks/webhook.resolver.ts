import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { FilterQuery } from "@mikro-orm/core";
import type { Context } from "../../graphql/context";
import { connectionType, decodeCursor, encodeCursor, PageArgs, type Page } from "../../shared/pagination";
import { eventGlobalId } from "../../events/event-record";
import { idOf } from "../../shared/global-id";
import { Scope } from "../access/api-key.entity";
import { canSeeCreditor, creditorScope } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { CaseEvent } from "../cases/case-event.entity";
import { Creditor } from "../parties/creditor.entity";
import {
  WebhookDeliveryRetryInput,
  WebhookEndpointCreateInput,
  WebhookEndpointIdInput,
  WebhookEndpointUpdateInput,
} from "./webhook.inputs";
import {
  createEndpoint,
  deleteEndpoint,
  retryDelivery,
  rotateSecret,
  testEndpoint,
  updateEndpoint,
} from "./webhook.service";
import { DeliveryStatus, WebhookDelivery, type DeliveryAttempt } from "./webhook-delivery.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import { webhookFormatsOf } from "./plugin-formats";
import type { WebhookFormats } from "./webhook-formats";
import type { WebhookConfig } from "../../app/config";
import {
  WebhookDeliveryError,
  webhookDeliveryUserErrors,
  WebhookEndpointError,
  webhookEndpointUserErrors,
} from "./webhook.errors";

@ObjectType({ description: "One attempt to deliver a webhook." })
class WebhookAttempt {
  @Field(() => Int, { description: "1 for the first attempt." })
  attempt!: number;

  @Field()
  at!: Date;

  @Field(() => Int, { nullable: true, description: "HTTP status; null when no answer came." })
  statusCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field({ description: "AUTO (the queue) or MANUAL (webhookDeliveryRetry)." })
  trigger!: string;
}

@ObjectType()
class WebhookEndpointCreatePayload {
  @Field(() => WebhookEndpoint, { nullable: true })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => String, { nullable: true, description: "The signing secret (whsec_…). Shown this once: store it now." })
  secret!: string | null;

  @Field(() => [WebhookEndpointError])
  userErrors!: WebhookEndpointError[];
}

@ObjectType()
class WebhookEndpointUpdatePayload {
  @Field(() => WebhookEndpoint, { nullable: true })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => [WebhookEndpointError])
  userErrors!: WebhookEndpointError[];
}

@ObjectType()
class WebhookEndpointRotateSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description: "The new signing secret. Shown this once; the previous one also signs for 24 h.",
  })
  secret!: string | null;

  @Field(() => [WebhookEndpointError])
  userErrors!: WebhookEndpointError[];
}

@ObjectType()
class WebhookEndpointDeletePayload {
  @Field(() => ID, { nullable: true })
  deletedWebhookEndpointId!: string | null;

  @Field(() => [WebhookEndpointError])
  userErrors!: WebhookEndpointError[];
}

@ObjectType({ description: "How the receiver answered a webhook.test ping." })
class WebhookTestResult {
  @Field({ description: "The webhook-id header sent." })
  webhookId!: string;

  @Field({ description: "Whether the receiver answered 2xx." })
  ok!: boolean;

  @Field(() => Int, { nullable: true })
  statusCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType()
class WebhookEndpointTestPayload {
  @Field(() => WebhookTestResult, { nullable: true })
  result!: WebhookTestResult | null;

  @Field(() => [WebhookEndpointError])
  userErrors!: WebhookEndpointError[];
}

@ObjectType()
class WebhookDeliveryRetryPayload {
  @Field(() => WebhookDelivery, { nullable: true })
  webhookDelivery!: WebhookDelivery | null;

  @Field(() => [WebhookDeliveryError])
  userErrors!: WebhookDeliveryError[];
}

const WebhookEndpointConnection = connectionType("WebhookEndpoint", WebhookEndpoint);
const WebhookDeliveryConnection = connectionType("WebhookDelivery", WebhookDelivery);

function keysetPage<T extends { id: number }>(rows: T[], first: number): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id, node.id), node }));
  return { nodes, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

const afterIdOf = (after: string | null | undefined): number | undefined =>
  after ? decodeCursor(after)?.[1] : undefined;

/** What an endpoint's URL, events and format are checked against: the webhook settings and the enabled formats. */
function endpointSettings(ctx: Context): [WebhookConfig, WebhookFormats] {
  return [ctx.services.config.webhooks, webhookFormatsOf(ctx.services.plugins)];
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(Scope.READ)
  @Query(() => WebhookEndpointConnection, {
    description: "Webhook endpoints of the creditors the caller sees, oldest first.",
  })
  async webhookEndpoints(
    @Args() page: PageArgs,
    @Arg("creditorId", () => ID, { nullable: true }) creditorId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<WebhookEndpoint>> {
    const auth = requireAuth(ctx);
    const where: FilterQuery<WebhookEndpoint> = {};
    const scope = creditorScope(auth);
    if (scope) where.creditor = scope;
    if (creditorId) {
      const id = idOf(creditorId, "Creditor");
      if (id === undefined || !canSeeCreditor(auth, id)) return keysetPage([], page.first);
      where.creditor = id;
    }
    const after = afterIdOf(page.after);
    if (after !== undefined) where.id = { $gt: after };
    return keysetPage(
      await ctx.em.find(WebhookEndpoint, where, { orderBy: { id: "asc" }, limit: page.first + 1 }),
      page.first,
    );
  }

  @Authorized(Scope.READ)
  @Query(() => WebhookDeliveryConnection, {
    description: "An endpoint's delivery log, newest first: attempts, status codes, latency.",
  })
  async webhookDeliveries(
    @Arg("endpointId", () => ID) endpointId: string,
    @Arg("status", () => DeliveryStatus, { nullable: true }) status: DeliveryStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<WebhookDelivery>> {
    const auth = requireAuth(ctx);
    const id = idOf(endpointId, "WebhookEndpoint");
    const endpoint = id === undefined ? null : await ctx.em.findOne(WebhookEndpoint, { id });
    if (!endpoint || !canSeeCreditor(auth, endpoint.creditor.id)) return keysetPage([], page.first);
    const where: FilterQuery<WebhookDelivery> = { endpoint };
    if (status) where.status = status;
    const after = afterIdOf(page.after);
    if (after !== undefined) where.id = { $lt: after };
    return keysetPage(
      await ctx.em.find(WebhookDelivery, where, { orderBy: { id: "desc" }, limit: page.first + 1 }),
      page.first,
    );
  }

  @FieldResolver(() => Creditor)
  async creditor(@Root() endpoint: WebhookEndpoint, @Ctx() ctx: Context): Promise<Creditor> {
    return ctx.em.findOneOrFail(Creditor, { id: endpoint.creditor.id });
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => WebhookEndpointCreatePayload, {
    description: "Registers a webhook endpoint. Its signing secret is returned once.",
  })
  async webhookEndpointCreate(
    @Arg("input") input: WebhookEndpointCreateInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointCreatePayload> {
    const r = await createEndpoint(ctx.em, requireAuth(ctx), input, ...endpointSettings(ctx));
    return r.ok
      ? { webhookEndpoint: r.value.endpoint, secret: r.value.secret, userErrors: [] }
      : { webhookEndpoint: null, secret: null, userErrors: webhookEndpointUserErrors(r.errors) };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => WebhookEndpointUpdatePayload, {
    description: "Changes an endpoint's URL, event types or format, or enables/disables it.",
  })
  async webhookEndpointUpdate(
    @Arg("input") input: WebhookEndpointUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointUpdatePayload> {
    const r = await updateEndpoint(ctx.em, requireAuth(ctx), input, ...endpointSettings(ctx));
    return r.ok
      ? { webhookEndpoint: r.value, userErrors: [] }
      : { webhookEndpoint: null, userErrors: webhookEndpointUserErrors(r.errors) };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => WebhookEndpointRotateSecretPayload, {
    description: "Replaces the signing secret; the old one keeps signing as a second signature for 24 h.",
  })
  async webhookEndpointRotateSecret(
    @Arg("input") input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointRotateSecretPayload> {
    const r = await rotateSecret(ctx.em, requireAuth(ctx), input.id, ctx.clock);
    return r.ok
      ? { webhookEndpoint: r.value.endpoint, secret: r.value.secret, userErrors: [] }
      : { webhookEndpoint: null, secret: null, userErrors: webhookEndpointUserErrors(r.errors) };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => WebhookEndpointDeletePayload, {
    description: "Deletes an endpoint and its delivery log; nothing more is sent to it.",
  })
  async webhookEndpointDelete(
    @Arg("input") input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointDeletePayload> {
    const r = await deleteEndpoint(ctx.em, requireAuth(ctx), input.id);
    return r.ok
      ? { deletedWebhookEndpointId: r.value, userErrors: [] }
      : { deletedWebhookEndpointId: null, userErrors: webhookEndpointUserErrors(r.errors) };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => WebhookEndpointTestPayload, {
    description: "Sends a signed webhook.test ping now and reports the receiver's answer and latency.",
  })
  async webhookEndpointTest(
    @Arg("input") input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointTestPayload> {
    const r = await testEndpoint(ctx.em, requireAuth(ctx), input.id, ctx.services.config.webhooks, ctx.clock);
    return r.ok
      ? { result: r.value, userErrors: [] }
      : { result: null, userErrors: webhookEndpointUserErrors(r.errors) };
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => WebhookDeliveryRetryPayload, {
    description: "Attempts a delivery again now (also a delivered or failed one), with the same webhook-id.",
  })
  async webhookDeliveryRetry(
    @Arg("input") input: WebhookDeliveryRetryInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryRetryPayload> {
    const r = await retryDelivery(ctx.em, requireAuth(ctx), input.id);
    return r.ok
      ? { webhookDelivery: r.value, userErrors: [] }
      : { webhookDelivery: null, userErrors: webhookDeliveryUserErrors(r.errors) };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => String, { description: "The webhook-id header: the event's id, the same on every attempt." })
  webhookId(@Root() d: WebhookDelivery): string {
    return eventGlobalId(d.event.id);
  }

  @FieldResolver(() => CaseEvent)
  async event(@Root() d: WebhookDelivery, @Ctx() ctx: Context): Promise<CaseEvent> {
    return ctx.em.findOneOrFail(CaseEvent, { id: d.event.id });
  }

  @FieldResolver(() => WebhookEndpoint)
  async endpoint(@Root() d: WebhookDelivery, @Ctx() ctx: Context): Promise<WebhookEndpoint> {
    return ctx.em.findOneOrFail(WebhookEndpoint, { id: d.endpoint.id });
  }

  @FieldResolver(() => [WebhookAttempt], { description: "Every attempt, oldest first." })
  attempts(@Root() d: WebhookDelivery): WebhookAttempt[] {
    return d.attempts.map((a: DeliveryAttempt) => ({ ...a, at: new Date(a.at) }));
  }
}
