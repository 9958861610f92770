import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import type { Context } from "../../graphql/context";
import { Scope } from "../access/api-key.entity";
import { GLOBAL_ADMIN } from "../access/auth";
import { LegalTableRow } from "./legal-table-row.entity";
import {
  groupRows,
  LEGAL_TABLE_NAMES,
  LEGAL_TABLES,
  LegalTable,
  LegalTableUnit,
  rowInForce,
} from "./legal-table.rules";
import { addLegalTableRow, listLegalTableRows, staleInterestOn } from "./legal-table.service";
import { LegalTableRowError, legalTableUserErrors } from "./legal-table.errors";

@InputType()
class LegalTableRowAddInput {
  @Field(() => LegalTable)
  table!: LegalTable;

  @Field(() => String, {
    description:
      "YYYY-MM-DD: the first day the value applies. After the table's newest row; 1 January or 1 July for half-yearly tables.",
  })
  validFrom!: string;

  @Field(() => SafeIntResolver, {
    description:
      "In the table's unit: basis points for rates (1200 = 12 %), øre for amounts, hundredths of R for factors (121 = 1.21 R).",
  })
  value!: number;

  @Field({ description: "Title of the published source, e.g. the regulation and its number." })
  sourceTitle!: string;

  @Field({ description: "Address of the published source (lovdata.no, regjeringen.no…)." })
  sourceUrl!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "False when the sources disagree or the value could not be checked. Default true.",
  })
  confirmed?: boolean | null;
}

@ObjectType()
class LegalTableRowAddPayload {
  @Field(() => LegalTableRow, { nullable: true })
  row!: LegalTableRow | null;

  @Field(() => [LegalTableRowError])
  userErrors!: InstanceType<typeof LegalTableRowError>[];
}

@ObjectType({ description: "A legal table with its whole history." })
class LegalTableView {
  @Field(() => LegalTable)
  table!: LegalTable;

  @Field(() => LegalTableUnit)
  unit!: LegalTableUnit;

  @Field()
  description!: string;

  @Field({ description: "Rows take effect on 1 January or 1 July only." })
  halfYearly!: boolean;

  @Field(() => [LegalTableRow], { description: "Every row, oldest first. Rows are never changed." })
  rows!: LegalTableRow[];

  @Field(() => LegalTableRow, {
    nullable: true,
    description: "The row in force on the day asked about (default today); null before the table starts.",
  })
  inForce!: LegalTableRow | null;
}

@ObjectType({
  description: "The late-payment interest rate has no confirmed row for the half-year of the day asked about.",
})
class LegalTableStaleness {
  @Field({ description: "E.g. 2026-H2." })
  halfYear!: string;

  @Field(() => LocalDateResolver)
  halfYearStart!: string;

  @Field({ description: "What is carried forward and how to fix it." })
  message!: string;
}

@ObjectType()
class LegalTables {
  @Field(() => LocalDateResolver, { description: "The day inForce and staleInterestRate are for." })
  on!: string;

  @Field(() => [LegalTableView])
  tables!: LegalTableView[];

  @Field(() => LegalTableStaleness, {
    nullable: true,
    description: "Set when no confirmed late-payment interest rate exists for the half-year of `on`.",
  })
  staleInterestRate!: LegalTableStaleness | null;
}

@Resolver()
export class LegalTableResolver {
  @Authorized(Scope.READ)
  @Query(() => LegalTables, {
    description:
      "The legal tables (rates, R, fee factors, fees, thresholds) with their rows, sources and what is in force on a day (default today).",
  })
  async legalTables(
    @Arg("on", () => LocalDateResolver, { nullable: true }) on: string | null,
    @Ctx() ctx: Context,
  ): Promise<LegalTables> {
    const day = on ?? ctx.clock.today();
    const rows = await listLegalTableRows(ctx.em);
    const grouped = groupRows(rows);
    const tables = LEGAL_TABLE_NAMES.map((table) => {
      const own = rows.filter((r) => r.table === table);
      const current = rowInForce(own, day);
      return {
        table,
        unit: LEGAL_TABLES[table].unit,
        description: LEGAL_TABLES[table].description,
        halfYearly: LEGAL_TABLES[table].halfYearly,
        rows: own,
        inForce: (current as LegalTableRow | null) ?? null,
      };
    });
    const stale = staleInterestOn(grouped, day);
    return {
      on: day,
      tables,
      staleInterestRate: stale
        ? { halfYear: stale.halfYear, halfYearStart: stale.halfYearStart, message: stale.message }
        : null,
    };
  }

  @Authorized(GLOBAL_ADMIN)
  @Mutation(() => LegalTableRowAddPayload, {
    description:
      "Appends a row to a legal table (global administrators only). Rows are never changed: a correction is a new row from a later date.",
  })
  async legalTableRowAdd(
    @Arg("input") input: LegalTableRowAddInput,
    @Ctx() ctx: Context,
  ): Promise<LegalTableRowAddPayload> {
    const result = await addLegalTableRow(ctx.em, ctx.auth!, { ...input, confirmed: input.confirmed ?? true });
    return result.ok
      ? { row: result.value, userErrors: [] }
      : { row: null, userErrors: legalTableUserErrors(result.errors) };
  }
}
