import { Migration } from "@mikro-orm/migrations";
import { LEGAL_TABLE_CAPS_SEED } from "../src/modules/legal-tables/legal-table-caps.seed";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class Migration20261203160730_legal_table_caps extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "legal_table_row" drop constraint if exists "legal_table_row_table_check";`);

    this.addSql(
      `alter table "legal_table_row" add constraint "legal_table_row_table_check" check("table" in ('LATE_INTEREST_RATE', 'COURT_FEE', 'CONCILIATION_FEE_FACTOR', 'ENFORCEMENT_FEE_FACTOR', 'LEGAL_COST_CAP_FACTOR', 'COLLECTION_NOTICE_FEE', 'PAYMENT_DEMAND_FEE', 'STANDARD_COMPENSATION', 'LAWYER_BYPASS_THRESHOLD', 'LEGAL_COST_CAP_WITH_COLLECTION_FACTOR', 'PETITION_COST_CAP_FACTOR'));`,
    );

    // the two cap tables as published (docs/LEGAL.md); later rows come from legalTableRowAdd
    for (const r of LEGAL_TABLE_CAPS_SEED) {
      this.addSql(
        `insert into "legal_table_row" ("table", "valid_from", "value", "source_title", "source_url", "confirmed", "created_by") ` +
          `values (${quote(r.table)}, ${quote(r.validFrom)}, ${r.value}, ${quote(r.sourceTitle)}, ${quote(r.sourceUrl)}, ${r.confirmed}, 'seed');`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(
      `delete from "legal_table_row" where "table" in ('LEGAL_COST_CAP_WITH_COLLECTION_FACTOR', 'PETITION_COST_CAP_FACTOR');`,
    );
    this.addSql(`alter table "legal_table_row" drop constraint if exists "legal_table_row_table_check";`);

    this.addSql(
      `alter table "legal_table_row" add constraint "legal_table_row_table_check" check("table" in ('LATE_INTEREST_RATE', 'COURT_FEE', 'CONCILIATION_FEE_FACTOR', 'ENFORCEMENT_FEE_FACTOR', 'LEGAL_COST_CAP_FACTOR', 'COLLECTION_NOTICE_FEE', 'PAYMENT_DEMAND_FEE', 'STANDARD_COMPENSATION', 'LAWYER_BYPASS_THRESHOLD'));`,
    );
  }
}
