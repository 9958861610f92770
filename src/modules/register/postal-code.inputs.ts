import { Field, InputType } from "type-graphql";
import { PostalCodeCategory } from "./postal-code.rules";

@InputType({ description: "A postnummer row: added when the code is new, else replaced." })
export class PostalCodeSetInput {
  @Field({ description: "Postnummer, 4 digits." })
  code!: string;

  @Field({ description: "Poststed." })
  place!: string;

  @Field({ description: "Kommunenummer in force today, or 2100 (Svalbard) / 2211 (Jan Mayen)." })
  kommunenummer!: string;

  @Field(() => PostalCodeCategory)
  category!: PostalCodeCategory;
}
