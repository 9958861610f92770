import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context";
import { Node } from "../shared/node";
import { fromGlobalId } from "../shared/global-id";
import { Scope } from "../modules/access/api-key.entity";
import { requireAuth } from "../modules/access/authorization";
import { nodeTypes } from "../app/modules";

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
