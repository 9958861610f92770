import { Entity, Enum, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../shared/base.entity";
import { PostalCodeCategory } from "./postal-code.rules";

registerEnumType(PostalCodeCategory, {
  name: "PostalCodeCategory",
  description: "Bring's kategori of a postnummer.",
  valuesConfig: {
    B: { description: "Street addresses and postboxes." },
    F: { description: "Several uses (shared)." },
    G: { description: "Street addresses." },
    P: { description: "Postboxes only: the post office, not where anyone lives." },
    S: { description: "Service code, not used in postal addresses." },
  },
});

/** One postnummer of Bring's Postnummerregister. */
@Entity({ tableName: "postal_code" })
@ObjectType({ description: "Postnummer — a postcode of Bring's Postnummerregister, with its poststed and kommune." })
export class PostalCode extends BaseEntity {
  @Field({ description: "Postnummer, 4 digits." })
  @Unique()
  @Property({ length: 4 })
  code: string;

  @Field({ description: "Poststed, as Bring writes it (upper case)." })
  @Property()
  place: string;

  @Field({
    description:
      "Kommunenummer the postcode lies in; 2100 (Svalbard) and 2211 (Jan Mayen) are Bring's codes for areas outside the kommuner.",
  })
  @Property({ length: 4 })
  kommunenummer: string;

  @Field(() => PostalCodeCategory)
  @Enum({ items: () => PostalCodeCategory })
  category: PostalCodeCategory;

  @Field({
    description: "A postbox-only code (category P): its kommune is the post office's, not where the addressee lives.",
  })
  get postboxOnly(): boolean {
    return this.category === "P";
  }

  constructor(code: string, place: string, kommunenummer: string, category: PostalCodeCategory) {
    super();
    this.code = code;
    this.place = place;
    this.kommunenummer = kommunenummer;
    this.category = category;
  }
}
