import "reflect-metadata";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import type { GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { authChecker } from "./modules/access/authorization";
import { resolvers } from "./resolvers";
import "./node-types";
import type { AppServices } from "./services";

export async function buildAppSchema(_services?: AppServices): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: "error",
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    emitSchemaFile: false,
    // caseEvents has its own subscribe (the LISTEN/NOTIFY bus with replay); type-graphql insists on a pubSub.
    pubSub: createPubSub(),
  });
}
