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
  Resolver,
  Root,
} from "type-graphql";
import type { Context } from "../../graphql/context";
import { Scope } from "../access/api-key.entity";
import { requireAuth } from "../access/authorization";
import { Creditor } from "./creditor.entity";
import { CreditorExternalId } from "./creditor-external-id.entity";
import { creditorExternalIds, setCreditorExternalId } from "./creditor-external-ids";
import { CreditorExternalIdSetError, creditorExternalIdUserErrors } from "./parties.errors";

@InputType()
export class CreditorExternalIdSetInput {
  @Field(() => ID)
  creditorId!: string;

  @Field({ description: "The system the id belongs to: an enabled plugin's id, e.g. kravia." })
  sourceSystem!: string;

  @Field(() => String, {
    nullable: true,
    description: "The creditor's id in that system (e.g. Kravia's creditorId); null removes it.",
  })
  externalId?: string | null;
}

@ObjectType()
export class CreditorExternalIdSetPayload {
  @Field(() => Creditor, { nullable: true })
  creditor!: Creditor | null;

  @Field(() => [CreditorExternalIdSetError])
  userErrors!: InstanceType<typeof CreditorExternalIdSetError>[];
}

@Resolver(() => Creditor)
export class CreditorExternalIdResolver {
  @FieldResolver(() => [CreditorExternalId], {
    description: "The creditor's ids in other systems; pushes whose payload names the creditor by such an id find it.",
  })
  externalIds(@Root() creditor: Creditor, @Ctx() ctx: Context): Promise<CreditorExternalId[]> {
    return ctx.loaders.batched("creditor.externalIds", creditorExternalIds).load(creditor.id);
  }

  @Authorized(Scope.ADMIN)
  @Mutation(() => CreditorExternalIdSetPayload, {
    description:
      "Stores, replaces or (externalId null) removes the creditor's id in one system, so that pushes naming the creditor by that id find it. Unique per system among the creditors the key sees.",
  })
  async creditorExternalIdSet(
    @Arg("input") input: CreditorExternalIdSetInput,
    @Ctx() ctx: Context,
  ): Promise<CreditorExternalIdSetPayload> {
    const result = await setCreditorExternalId(ctx.em, requireAuth(ctx), input, ctx.services.plugins.ids());
    return result.ok
      ? { creditor: result.value, userErrors: [] }
      : { creditor: null, userErrors: creditorExternalIdUserErrors(result.errors) };
  }
}
