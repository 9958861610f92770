import { Migration } from "@mikro-orm/migrations";

/** The preparation-cost cap's rows in force on petition `p`'s date, as the service stores them (R, then the factor). */
export const PETITION_PREPARATION_BASIS = `coalesce((
      select jsonb_agg(jsonb_build_object('table', r."table", 'validFrom', to_char(r."valid_from", 'YYYY-MM-DD'), 'value', r."value",
        'sourceTitle', r."source_title", 'sourceUrl', r."source_url", 'confirmed', r."confirmed") order by r."table")
      from "legal_table_row" r
      where r."table" in ('COURT_FEE', 'PETITION_COST_CAP_FACTOR')
        and r."valid_from" = (select max(r2."valid_from") from "legal_table_row" r2 where r2."table" = r."table" and r2."valid_from" <= p."petition_date")
    ), '[]'::jsonb)`;

export class Migration20261203180442_petition_preparation_basis extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement_petition" add column "preparation_costs_basis" jsonb not null default '[]';`);
    // earlier petitions: the rows in force on their petition date (rows are only ever appended, so these are the ones used)
    this.addSql(`update "enforcement_petition" p set "preparation_costs_basis" = ${PETITION_PREPARATION_BASIS};`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement_petition" drop column "preparation_costs_basis";`);
  }
}
