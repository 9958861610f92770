import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../../graphql/context";
import { requireAuth } from "./authorization";
import { ApiKey, Scope } from "./api-key.entity";
import { createApiKey, keyVisibleTo, revokeApiKey } from "./access.service";
import { ApiKeyError, apiKeyUserErrors } from "./access.errors";
import { Creditor } from "../parties/creditor.entity";

@InputType()
class ApiKeyCreateInput {
  @Field()
  name!: string;

  @Field(() => [Scope])
  scopes!: Scope[];

  @Field(() => [ID], { defaultValue: [] })
  creditorIds!: string[];

  @Field({ defaultValue: false, description: "Bind the key to every creditor, present and future." })
  allCreditors!: boolean;
}

@InputType()
class ApiKeyRevokeInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => String, { nullable: true, description: "The key in clear text. Shown this once: store it now." })
  secret!: string | null;

  @Field(() => [ApiKeyError])
  userErrors!: InstanceType<typeof ApiKeyError>[];
}

@ObjectType()
class ApiKeyRevokePayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => [ApiKeyError])
  userErrors!: InstanceType<typeof ApiKeyError>[];
}

@ObjectType({ description: "The caller: its key, scopes and creditors." })
class Viewer {
  @Field()
  keyName!: string;

  @Field(() => [Scope])
  scopes!: Scope[];

  @Field({ description: "Whether the key sees every creditor." })
  allCreditors!: boolean;
}

@Resolver(() => ApiKey)
export class AccessResolver {
  @Authorized(Scope.READ)
  @Query(() => Viewer, { description: "Who is calling." })
  viewer(@Ctx() ctx: Context): Viewer {
    const auth = requireAuth(ctx);
    return { keyName: auth.keyName, scopes: [...auth.scopes], allCreditors: auth.creditorIds === "all" };
  }

  @Authorized(Scope.ADMIN)
  @Query(() => [ApiKey], { description: "API keys whose creditors the caller sees." })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    const auth = requireAuth(ctx);
    const keys = await ctx.em.find(ApiKey, {}, { populate: ["creditors"], orderBy: { id: "asc" } });
    return keys.filter((k) => keyVisibleTo(auth, k));
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => ApiKeyCreatePayload, {
    description: "Creates an API key bound to creditors and scopes. The key is returned once.",
  })
  async apiKeyCreate(@Arg("input") input: ApiKeyCreateInput, @Ctx() ctx: Context): Promise<ApiKeyCreatePayload> {
    const result = await createApiKey(ctx.em, requireAuth(ctx), input);
    return result.ok
      ? { apiKey: result.value.apiKey, secret: result.value.secret, userErrors: [] }
      : { apiKey: null, secret: null, userErrors: apiKeyUserErrors(result.errors) };
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => ApiKeyRevokePayload, { description: "Revokes an API key at once." })
  async apiKeyRevoke(@Arg("input") input: ApiKeyRevokeInput, @Ctx() ctx: Context): Promise<ApiKeyRevokePayload> {
    const result = await revokeApiKey(ctx.em, requireAuth(ctx), input.id, ctx.clock);
    return result.ok
      ? { apiKey: result.value, userErrors: [] }
      : { apiKey: null, userErrors: apiKeyUserErrors(result.errors) };
  }

  @FieldResolver(() => [Creditor])
  async creditors(@Root() key: ApiKey, @Ctx() ctx: Context): Promise<Creditor[]> {
    await ctx.em.populate(key, ["creditors"]);
    return key.creditors.getItems();
  }
}
