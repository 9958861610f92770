import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { EntityClass } from "@mikro-orm/core";
import type { Context } from "./context";
import { Node } from "../shared/node";
import { fromGlobalId } from "../shared/global-id";
import { Scope } from "../modules/access/api-key.entity";
import { canSeeCreditor, type Auth } from "../modules/access/auth";
import { requireAuth } from "../modules/access/authorization";

type Visible = (auth: Auth, entity: never) => boolean;
const nodeTypes = new Map<string, { entity: EntityClass<{ id: number }>; visible: Visible }>();

/** Makes objects of a GraphQL type fetchable by node(id:); `visible` enforces tenant isolation. */
export function registerNodeType<T extends { id: number }>(
  typeName: string,
  entity: EntityClass<T>,
  visible: (auth: Auth, entity: T) => boolean,
): void {
  nodeTypes.set(typeName, { entity: entity as EntityClass<{ id: number }>, visible: visible as Visible });
}

/** Visibility through the creditor that owns the object. */
export const byCreditor = (auth: Auth, e: { creditor: { id: number } }) => canSeeCreditor(auth, e.creditor.id);
export const publicNode = () => true;

@Resolver()
export class NodeResolver {
  @Authorized(Scope.READ)
  @Query(() => Node, {
    nullable: true,
    description: "Any object by its global id; null when unknown or not the caller's.",
  })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    const type = parsed && nodeTypes.get(parsed.type);
    if (!parsed || !type) return null;
    const found = await ctx.loaders.load(type.entity, parsed.id);
    return found && type.visible(requireAuth(ctx), found as never) ? (found as unknown as Node) : null;
  }
}
