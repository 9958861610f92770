import type { Auth } from "../modules/access/auth";

/** Makes objects of a GraphQL type fetchable by node(id:); `visible` enforces tenant isolation. */
export interface NodeTypeRegistration {
  /** The GraphQL type name inside the global id. */
  typeName: string;
  /** The entity class loaded for that id. */
  entity: abstract new (...args: never[]) => { id: number };
  visible: (auth: Auth, entity: never) => boolean;
}

/** What a module contributes to the composition root; src/app/modules.ts lists every module. */
export interface TvistModule {
  name: string;
  /** MikroORM entities and embeddables. */
  entities: readonly Function[];
  /** type-graphql resolver classes. */
  resolvers: readonly Function[];
  nodeTypes?: readonly NodeTypeRegistration[];
}

/** A node type registration, typed by its entity. */
export function nodeType<T extends { id: number }>(
  typeName: string,
  entity: abstract new (...args: never[]) => T,
  visible: (auth: Auth, entity: T) => boolean,
): NodeTypeRegistration {
  return { typeName, entity, visible: visible as NodeTypeRegistration["visible"] };
}
