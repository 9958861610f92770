import { Embeddable, Property } from "@mikro-orm/core";
import { Field, InputType, ObjectType } from "type-graphql";

@Embeddable()
@ObjectType({ description: "A postal address (postadresse)." })
export class PostalAddress {
  @Field()
  @Property()
  street: string;

  @Field({ description: "Postnummer, 4 digits in Norway." })
  @Property()
  postalCode: string;

  @Field({ description: "Poststed." })
  @Property()
  city: string;

  @Field({ description: "ISO 3166-1 alpha-2 country code." })
  @Property({ default: "NO" })
  country: string = "NO";

  constructor(street: string, postalCode: string, city: string, country = "NO") {
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.country = country;
  }
}

@InputType()
export class PostalAddressInput {
  @Field()
  street!: string;

  @Field()
  postalCode!: string;

  @Field()
  city!: string;

  @Field({ defaultValue: "NO" })
  country: string = "NO";
}
