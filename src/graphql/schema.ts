import "reflect-metadata";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import type { GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { authChecker } from "../modules/access/authorization";
import { resolvers as moduleResolvers } from "../app/modules";
import { NodeResolver } from "./node.resolver";
import type { AppServices } from "../app/services";
import { describeInputRules, installInputCheck } from "../shared/input-check";
import { validateArgs } from "../shared/pagination";
import { directResolvers } from "./fast/direct-resolvers";

const resolvers: readonly Function[] = [...moduleResolvers, NodeResolver];

/** The schema; with FAST_PATHS off (services.config.fastPaths false) every field keeps type-graphql's own resolver. */
export async function buildAppSchema(services?: AppServices): Promise<GraphQLSchema> {
  installInputCheck();
  const schema = await buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: "error",
    validateFn: validateArgs,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    emitSchemaFile: false,
    // caseEvents has its own subscribe (the LISTEN/NOTIFY bus with replay); type-graphql insists on a pubSub.
    pubSub: createPubSub(),
  });
  if (services?.config.fastPaths !== false) directResolvers(schema, resolvers as unknown as Function[]);
  describeInputRules(schema);
  return schema;
}
