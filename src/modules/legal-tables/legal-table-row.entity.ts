import { BigIntType, Entity, Enum, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { BaseEntity } from "../../shared/base.entity";
import { toGlobalId } from "../../shared/global-id";
import { LEGAL_TABLES, LegalTable, LegalTableUnit, type LegalRow } from "./legal-table.rules";

registerEnumType(LegalTable, {
  name: "LegalTable",
  description: "A legal table: numbers set by law or regulation that change on given dates.",
  valuesConfig: Object.fromEntries(
    Object.entries(LEGAL_TABLES).map(([k, v]) => [k, { description: `${v.description} Unit: ${v.unit}.` }]),
  ),
});
registerEnumType(LegalTableUnit, {
  name: "LegalTableUnit",
  valuesConfig: {
    BASIS_POINTS: { description: "Hundredths of a percent: 1200 = 12 % a year." },
    ORE: { description: "Øre: 134500 = 1 345 kr." },
    HUNDREDTHS_OF_R: { description: "Hundredths of the rettsgebyr R: 121 = 1.21 R." },
  },
});

/** One row of a legal table. Rows are only appended, never changed, so every past computation keeps its basis. */
@Entity({ tableName: "legal_table_row" })
@Unique({ properties: ["table", "validFrom"] })
@ObjectType({
  description: "A row of a legal table: a value in force from validFrom until the next row, with its source.",
})
export class LegalTableRow extends BaseEntity<"confirmed" | "createdBy"> implements LegalRow {
  @Field(() => ID, { name: "id" })
  get globalId(): string {
    return toGlobalId("LegalTableRow", this.id);
  }

  @Field(() => LegalTable)
  @Enum(() => LegalTable)
  table: LegalTable;

  @Field(() => LocalDateResolver, { description: "First day the value applies." })
  @Property({ type: "date" })
  validFrom: string;

  @Field(() => SafeIntResolver, { description: "In the table's unit (see unit)." })
  @Property({ type: new BigIntType("number") })
  value: number;

  @Field({ description: "Title of the published source (regulation, statute, notice)." })
  @Property({ type: "text" })
  sourceTitle: string;

  @Field({ description: "Address of the published source." })
  @Property({ type: "text" })
  sourceUrl: string;

  @Field({ description: "False when the published sources disagree or the value could not be checked against one." })
  @Property({ default: true })
  confirmed: boolean = true;

  @Field({ description: "Who added the row: the API key's name, or the seed migration." })
  @Property({ default: "seed" })
  createdBy: string = "seed";

  @Field(() => LegalTableUnit)
  get unit(): LegalTableUnit {
    return LEGAL_TABLES[this.table].unit;
  }

  constructor(fields: {
    table: LegalTable;
    validFrom: string;
    value: number;
    sourceTitle: string;
    sourceUrl: string;
    confirmed: boolean;
    createdBy: string;
  }) {
    super();
    this.table = fields.table;
    this.validFrom = fields.validFrom;
    this.value = fields.value;
    this.sourceTitle = fields.sourceTitle;
    this.sourceUrl = fields.sourceUrl;
    this.confirmed = fields.confirmed;
    this.createdBy = fields.createdBy;
  }
}

/** One row per half-year whose late-interest rate was found stale: legal_table.stale is told once per half-year. */
@Entity({ tableName: "legal_table_stale_notice" })
export class LegalTableStaleNotice extends BaseEntity {
  /** E.g. "2026-H2". */
  @Property({ length: 7, unique: true })
  halfYear: string;

  @Property({ type: "text" })
  message: string;

  constructor(halfYear: string, message: string) {
    super();
    this.halfYear = halfYear;
    this.message = message;
  }
}
