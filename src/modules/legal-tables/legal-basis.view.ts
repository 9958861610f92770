import { Field, ObjectType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { LegalTable } from "./legal-table.rules";
import "./legal-table-row.entity";

@ObjectType({ description: "A legal-table row a computed amount used: the basis it can be checked against." })
export class LegalBasisView {
  @Field(() => LegalTable)
  table!: LegalTable;

  @Field(() => LocalDateResolver, { description: "The row applies from this day." })
  validFrom!: string;

  @Field(() => SafeIntResolver, { description: "In the table's unit: basis points, øre or hundredths of R." })
  value!: number;

  @Field()
  sourceTitle!: string;

  @Field()
  sourceUrl!: string;

  @Field({ description: "False when the published sources disagree or the value could not be checked." })
  confirmed!: boolean;
}
