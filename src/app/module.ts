import type { EntityClass } from "@mikro-orm/core";
import { canSeeCreditor, type Auth } from "../modules/access/auth";

/** Makes objects of a GraphQL type fetchable by node(id:); `visible` enforces tenant isolation. */
export interface NodeTypeRegistration {
  /** The GraphQL type name inside the global id. */
  typeName: string;
  /** The entity loaded for that id. */
  entity: EntityClass<{ id: number }>;
  visible: (auth: Auth, entity: never) => boolean;
}

/** What a module contributes to the process; src/app/modules.ts lists every module. */
export interface TvistModule {
  name: string;
  /** MikroORM entities and embeddables. */
  entities: readonly Function[];
  /** type-graphql resolver classes. */
  resolvers: readonly Function[];
  nodeTypes?: readonly NodeTypeRegistration[];
}

/** A node type registration, its visibility check typed by the entity. */
export function nodeType<T extends { id: number }>(
  typeName: string,
  entity: EntityClass<T>,
  visible: (auth: Auth, entity: T) => boolean,
): NodeTypeRegistration {
  return {
    typeName,
    entity: entity as EntityClass<{ id: number }>,
    visible: visible as (a: Auth, e: never) => boolean,
  };
}

/** Visibility through the creditor that owns the object. */
export const byCreditor = (auth: Auth, e: { creditor: { id: number } }): boolean => canSeeCreditor(auth, e.creditor.id);
/** Reference data every key may read. */
export const publicNode = (): boolean => true;
