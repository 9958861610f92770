import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, registerEnumType } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Lean } from "../../graphql/fast/lean";
import { CollectionCase } from "../cases/collection-case.entity";
import { Debtor } from "../parties/debtor.entity";
import { ConciliationBoard } from "../register/conciliation-board.entity";
import { Municipality } from "../register/municipality.entity";
import { venueCheck, VenueCheckReason, type VenueCheck as VenueCheckValue } from "../register/postal-code.rules";
import { postalCategoryOf } from "../register/postal-code.service";
import { ConciliationCase } from "./conciliation-case.entity";

registerEnumType(VenueCheckReason, {
  name: "VenueCheckReason",
  valuesConfig: {
    POSTBOX_ONLY_POSTAL_CODE: {
      description:
        "The debtor's postnummer is a postbox code: its kommune is the post office's, perhaps not where the debtor lives.",
    },
    OUTSIDE_MAINLAND: {
      description: "Svalbard or Jan Mayen: no forliksråd of the mainland serves the debtor's address.",
    },
  },
});

@ObjectType({ description: "Why the forliksråd chosen from the debtor's kommune needs a person's check." })
class VenueCheck {
  @Field(() => VenueCheckReason)
  reason!: VenueCheckReason;

  @Field({ description: "What to check, and how to correct it." })
  message!: string;
}

@ObjectType({ description: "Where a forliksklage against the debtor goes: the debtor's kommune and its forliksråd." })
class ConciliationVenue {
  @Field(() => Municipality, { description: "The debtor's kommune." })
  kommune!: Lean<Municipality>;

  @Field(() => ConciliationBoard, {
    nullable: true,
    description: "Its forliksråd; null when the register has none for it.",
  })
  board!: Lean<ConciliationBoard> | null;

  @Field({ description: "True when the choice needs a check before the claim is sent (see check)." })
  needsCheck!: boolean;

  @Field(() => VenueCheck, { nullable: true })
  check!: VenueCheckValue | null;
}

/** The debtor's kommune and its board, and why that choice needs a check (a postbox postnummer, Svalbard or Jan Mayen). */
async function venueOf(
  ctx: Context,
  debtorId: number,
): Promise<{ kommune: Lean<Municipality>; board: Lean<ConciliationBoard> | null; check: VenueCheckValue | null }> {
  const debtor = await ctx.loaders.load(Debtor, debtorId);
  if (!debtor) throw new Error(`Debtor ${debtorId} is missing`);
  const kommune = await ctx.loaders.load(Municipality, debtor.municipality.id);
  if (!kommune) throw new Error(`Municipality ${debtor.municipality.id} is missing`);
  const board = kommune.board ? ((await ctx.loaders.load(ConciliationBoard, kommune.board.id)) ?? null) : null;
  const category =
    debtor.address.country === "NO" ? await postalCategoryOf(ctx.loaders, debtor.address.postalCode) : null;
  const check = venueCheck(
    { kommunenummer: kommune.code, postalCode: debtor.address.postalCode, country: debtor.address.country },
    category,
  );
  return { kommune, board, check };
}

@Resolver(() => CollectionCase)
export class CaseVenueResolver {
  @FieldResolver(() => ConciliationVenue, {
    description:
      "The forliksråd a forliksklage would go to (from the debtor's kommune), and whether that choice needs a check.",
  })
  async conciliationVenue(@Root() c: CollectionCase, @Ctx() ctx: Context): Promise<ConciliationVenue> {
    const venue = await venueOf(ctx, c.debtor.id);
    return { ...venue, needsCheck: venue.check !== null };
  }
}

@Resolver(() => ConciliationCase)
export class ConciliationVenueResolver {
  @FieldResolver(() => VenueCheck, {
    nullable: true,
    description:
      "Set when the debtor's address makes the forliksråd uncertain (a postbox postnummer): check it before sending.",
  })
  async venueCheck(@Root() cc: ConciliationCase, @Ctx() ctx: Context): Promise<VenueCheckValue | null> {
    const c = await ctx.loaders.load(CollectionCase, cc.case.id);
    if (!c) throw new Error(`Case ${cc.case.id} is missing`);
    return (await venueOf(ctx, c.debtor.id)).check;
  }
}
