import { checkSubscriptionArguments } from "../shared/input-check";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { GraphQLError } from "graphql";
import type { Context } from "../graphql/context";
import { Scope } from "../modules/access/api-key.entity";
import { canSeeCreditor, type Auth } from "../modules/access/auth";
import { requireAuth } from "../modules/access/authorization";
import { CaseStatus } from "../modules/cases/case.rules";
import { CollectionCase } from "../modules/cases/collection-case.entity";
import { idOf, toGlobalId } from "../shared/global-id";
import { PageArgs, PageInfo } from "../shared/pagination";
import { CASE_EVENT_TYPES, CREDITOR_EVENT_TYPES, isCaseEventType, isCreditorEventType } from "./catalogue";
import { eventCursor, eventGlobalId, eventIdOfCursor, isCaseEvent, type LoggedEvent } from "./event-record";
import { eventStream, eventsAfter, scopeOf, type EventScope } from "./event-stream";

@ObjectType("CaseEventMessage", {
  description:
    "A case event as caseEvents and eventsSince deliver it: the timeline entry with its case, creditor and cursor.",
})
export class CaseEventMessage {
  @Field(() => ID, { description: "The event's id; also the webhook-id of its webhook deliveries." })
  id!: string;

  @Field({ description: "Resume after this event: pass it as `after` to caseEvents or eventsSince." })
  cursor!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  creditorId!: string;

  @Field(() => Int, { description: "Position on the case's timeline, from 1 without gaps." })
  sequence!: number;

  @Field({ description: "Event type from the catalogue (docs/events.md)." })
  type!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: "Who: the API key's name, or system." })
  actor!: string;

  @Field()
  summary!: string;

  @Field(() => CaseStatus, { nullable: true })
  statusBefore!: CaseStatus | null;

  @Field(() => CaseStatus, { nullable: true })
  statusAfter!: CaseStatus | null;

  @Field(() => GraphQLJSONObject)
  data!: Record<string, unknown>;
}

export function toMessage(e: LoggedEvent): CaseEventMessage {
  // case-event scopes (EventScope.kind) never yield an event without a case
  if (!isCaseEvent(e)) throw new Error(`event ${e.id} has no case`);
  return {
    id: eventGlobalId(e.id),
    cursor: eventCursor(e.id),
    caseId: toGlobalId("Case", e.caseId),
    creditorId: toGlobalId("Creditor", e.creditorId),
    sequence: e.sequence,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    summary: e.summary,
    statusBefore: e.statusBefore,
    statusAfter: e.statusAfter,
    data: e.data,
  };
}

@ObjectType("CreditorEventMessage", {
  description:
    "An event about a creditor as a whole, not about one case (e.g. legal_table.stale), as creditorEvents delivers it: one per creditor.",
})
export class CreditorEventMessage {
  @Field(() => ID, { description: "The event's id; also the webhook-id of its webhook deliveries." })
  id!: string;

  @Field({ description: "Resume after this event: pass it as `after` to creditorEvents." })
  cursor!: string;

  @Field(() => ID)
  creditorId!: string;

  @Field({ description: "Event type from the catalogue (docs/events.md)." })
  type!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: "Who: system for the scheduled checks." })
  actor!: string;

  @Field()
  summary!: string;

  @Field(() => GraphQLJSONObject)
  data!: Record<string, unknown>;
}

export function toCreditorMessage(e: LoggedEvent): CreditorEventMessage {
  return {
    id: eventGlobalId(e.id),
    cursor: eventCursor(e.id),
    creditorId: toGlobalId("Creditor", e.creditorId),
    type: e.type,
    occurredAt: e.occurredAt,
    actor: e.actor,
    summary: e.summary,
    data: e.data,
  };
}

@InputType({
  description:
    "Which creditor events to receive; every field narrows the stream. Only the caller's creditors are ever seen.",
})
class CreditorEventFilter {
  @Field(() => ID, { nullable: true })
  creditorId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Creditor event types from the catalogue; none or empty for all.",
  })
  types?: string[] | null;
}

@ObjectType("CaseEventMessageEdge")
class CaseEventMessageEdge {
  @Field()
  cursor!: string;

  @Field(() => CaseEventMessage)
  node!: CaseEventMessage;
}

@ObjectType("CaseEventMessageConnection", { description: "Events after a cursor, oldest first (keyset by event id)." })
class CaseEventMessageConnection {
  @Field(() => [CaseEventMessageEdge])
  edges!: CaseEventMessageEdge[];

  @Field(() => [CaseEventMessage])
  nodes!: CaseEventMessage[];

  @Field(() => PageInfo, {
    description: "endCursor is the cursor to poll with next time; with no new events it is the `after` given.",
  })
  pageInfo!: PageInfo;
}

@InputType({
  description: "Which events to receive; every field narrows the stream. Only the caller's creditors are ever seen.",
})
class CaseEventFilter {
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  creditorId?: string | null;

  @Field(() => [String], { nullable: true, description: "Event types from the catalogue; none or empty for all." })
  types?: string[] | null;
}

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
}

export function checkTypes(
  types: readonly string[] | null | undefined,
  argument: string,
  kind: "case" | "creditor" = "case",
): string[] | undefined {
  if (!types || types.length === 0) return undefined;
  const known = kind === "case" ? isCaseEventType : isCreditorEventType;
  const catalogue = Object.keys(kind === "case" ? CASE_EVENT_TYPES : CREDITOR_EVENT_TYPES).join(", ");
  for (const t of types) {
    if (known(t)) continue;
    if (kind === "case" && isCreditorEventType(t))
      throw badInput(`"${t}" is an event about a creditor, not a case: subscribe to creditorEvents for it.`, argument);
    if (kind === "creditor" && isCaseEventType(t))
      throw badInput(`"${t}" is a case event: subscribe to caseEvents for it.`, argument);
    throw badInput(`Unknown event type "${t}": use types from the catalogue (${catalogue}).`, argument);
  }
  return [...new Set(types)];
}

function afterId(after: string | null | undefined): number | undefined {
  if (after === null || after === undefined) return undefined;
  const id = eventIdOfCursor(after);
  if (id === undefined)
    throw badInput(
      "The cursor is not valid: pass the cursor of an event received earlier, or none to start from now.",
      "after",
    );
  return id;
}

/** The creditor a filter names, when the caller's key sees it. */
function visibleCreditor(auth: Auth, creditorId: string): number {
  const id = idOf(creditorId, "Creditor");
  if (id === undefined || !canSeeCreditor(auth, id))
    throw notFound(`No creditor with id ${creditorId}: use an id from the creditors your key sees.`);
  return id;
}

async function caseScope(ctx: Context, auth: Auth, filter: CaseEventFilter | null | undefined): Promise<EventScope> {
  const scope: Omit<EventScope, "creditorIds"> = { kind: "case", types: checkTypes(filter?.types, "filter.types") };
  if (filter?.creditorId) scope.creditorId = visibleCreditor(auth, filter.creditorId);
  if (filter?.caseId) {
    const id = idOf(filter.caseId, "Case");
    const found =
      id === undefined ? null : await ctx.em.findOne(CollectionCase, { id }, { fields: ["id", "creditor"] });
    if (!found || !canSeeCreditor(auth, found.creditor.id))
      throw notFound(`No case with id ${filter.caseId}: use the id of a case your key sees.`);
    scope.caseId = id;
  }
  return scopeOf(auth, scope);
}

function creditorScope(auth: Auth, filter: CreditorEventFilter | null | undefined): EventScope {
  const scope: Omit<EventScope, "creditorIds"> = {
    kind: "creditor",
    types: checkTypes(filter?.types, "filter.types", "creditor"),
  };
  if (filter?.creditorId) scope.creditorId = visibleCreditor(auth, filter.creditorId);
  return scopeOf(auth, scope);
}

interface EventsArgs<F> {
  filter?: F | null;
  after?: string | null;
}

/**
 * The subscribe of an events subscription: the caller's key, the arguments' limits, the live bus and the cursor are
 * checked in that order, then `scope` turns the filter into the events the caller sees.
 */
function subscribeEvents<F>(
  scope: (ctx: Context, auth: Auth, filter: F | null | undefined) => EventScope | Promise<EventScope>,
) {
  return async ({
    args,
    context,
    info,
  }: SubscribeResolverData<unknown, EventsArgs<F>, Context>): Promise<AsyncIterableIterator<LoggedEvent>> => {
    const auth = requireAuth(context);
    checkSubscriptionArguments(info, args);
    const bus = context.services.eventBus;
    if (!bus)
      throw new GraphQLError("Live events are not running in this process.", { extensions: { code: "UNAVAILABLE" } });
    const from = afterId(args.after);
    return eventStream(bus, context.em, await scope(context, auth, args.filter), from);
  };
}

const subscribeCaseEvents = subscribeEvents<CaseEventFilter>(caseScope);
const subscribeCreditorEvents = subscribeEvents<CreditorEventFilter>((_ctx, auth, filter) =>
  creditorScope(auth, filter),
);

@Resolver()
export class EventsResolver {
  @Authorized(Scope.READ)
  @Subscription(() => CaseEventMessage, {
    subscribe: subscribeCaseEvents,
    description:
      "Case events as they commit, for the creditors the API key sees. With `after` (a cursor), first the events missed since then, in order, then live ones — no gaps, no duplicates.",
  })
  caseEvents(
    @Root() event: LoggedEvent,
    @Arg("filter", () => CaseEventFilter, { nullable: true }) _filter: CaseEventFilter | null,
    @Arg("after", () => String, { nullable: true }) _after: string | null,
  ): CaseEventMessage {
    return toMessage(event);
  }

  @Authorized(Scope.READ)
  @Subscription(() => CreditorEventMessage, {
    subscribe: subscribeCreditorEvents,
    description:
      "Events about a creditor as a whole, not one case (legal_table.stale), for the creditors the API key sees: one per creditor. With `after` (a cursor), first the events missed since then, then live ones.",
  })
  creditorEvents(
    @Root() event: LoggedEvent,
    @Arg("filter", () => CreditorEventFilter, { nullable: true }) _filter: CreditorEventFilter | null,
    @Arg("after", () => String, { nullable: true }) _after: string | null,
  ): CreditorEventMessage {
    return toCreditorMessage(event);
  }

  @Authorized(Scope.READ)
  @Query(() => CaseEventMessageConnection, {
    description: "Events after a cursor, oldest first, for reconciliation by polling; only the caller's creditors.",
  })
  async eventsSince(
    @Args() page: PageArgs,
    @Arg("types", () => [String], {
      nullable: true,
      description: "Event types from the catalogue; none or empty for all.",
    })
    types: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<CaseEventMessageConnection> {
    const auth = requireAuth(ctx);
    const from = afterId(page.after);
    const scope = scopeOf(auth, { kind: "case", types: checkTypes(types, "types") });
    const rows = await eventsAfter(ctx.em, scope, from ?? 0, page.first + 1);
    const nodes = rows.slice(0, page.first).map(toMessage);
    return {
      nodes,
      edges: nodes.map((node) => ({ cursor: node.cursor, node })),
      pageInfo: { hasNextPage: rows.length > page.first, endCursor: nodes.at(-1)?.cursor ?? page.after ?? null },
    };
  }
}
