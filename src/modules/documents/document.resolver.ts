import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { requireAuth } from "../access/authorization";
import { Scope } from "../access/api-key.entity";
import { Document } from "./document.entity";
import { findDocument } from "./documents.service";

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(Scope.READ)
  @Query(() => Document, {
    nullable: true,
    description:
      "An uploaded document (dokument) by id; null when unknown or another creditor's. Upload with POST /documents.",
  })
  async document(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Document | null> {
    return findDocument(ctx.em, requireAuth(ctx), id);
  }

  // BaseEntity is not an @ObjectType, so its createdAt does not reach the schema by inheritance
  @FieldResolver(() => Date, { description: "When it was uploaded." })
  createdAt(@Root() document: Document): Date {
    return document.createdAt;
  }
}
