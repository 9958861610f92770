import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Scope } from "../access/api-key.entity";
import { GLOBAL_ADMIN } from "../access/auth";
import { Municipality } from "./municipality.entity";
import { PostalCode } from "./postal-code.entity";
import { PostalCodeSetInput } from "./postal-code.inputs";
import { PostalCodeSetPayload } from "./postal-code.payloads";
import { findPostalCode, kommuneOfPostalCode, setPostalCode } from "./postal-code.service";
import { postalCodeUserErrors } from "./register.errors";

@Resolver(() => PostalCode)
export class PostalCodeResolver {
  @Authorized(Scope.READ)
  @Query(() => PostalCode, {
    nullable: true,
    description: "The postnummer from Bring's Postnummerregister, or null when it is not in the register.",
  })
  postalCode(@Arg("code") code: string, @Ctx() ctx: Context): Promise<PostalCode | null> {
    return findPostalCode(ctx.em, code.replace(/\s+/g, ""));
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: "The kommune in force today; null only if the register lacks the kommunenummer.",
  })
  kommune(@Root() postal: PostalCode, @Ctx() ctx: Context): Promise<Municipality | null> {
    return kommuneOfPostalCode(ctx.em, postal, ctx.clock.today());
  }

  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => PostalCodeSetPayload, {
    description:
      "Adds a postnummer or changes its poststed, kommune or category. Global administrator only: the register is shared by every creditor.",
  })
  async postalCodeSet(@Arg("input") input: PostalCodeSetInput, @Ctx() ctx: Context): Promise<PostalCodeSetPayload> {
    const result = await setPostalCode(ctx.em, input, ctx.clock.today());
    return result.ok
      ? { postalCode: result.value, userErrors: [] }
      : { postalCode: null, userErrors: postalCodeUserErrors(result.errors) };
  }
}
