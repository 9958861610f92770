import { Migration } from "@mikro-orm/migrations";
import { LEGAL_TABLE_SEED } from "../src/modules/legal-tables/legal-table.seed";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class Migration20261203151700_legal_tables extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "legal_table_row" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "table" text check ("table" in ('LATE_INTEREST_RATE', 'COURT_FEE', 'CONCILIATION_FEE_FACTOR', 'ENFORCEMENT_FEE_FACTOR', 'LEGAL_COST_CAP_FACTOR', 'COLLECTION_NOTICE_FEE', 'PAYMENT_DEMAND_FEE', 'STANDARD_COMPENSATION', 'LAWYER_BYPASS_THRESHOLD')) not null, "valid_from" date not null, "value" bigint not null, "source_title" text not null, "source_url" text not null, "confirmed" boolean not null default true, "created_by" varchar(255) not null default 'seed');`,
    );
    this.addSql(
      `alter table "legal_table_row" add constraint "legal_table_row_table_valid_from_unique" unique ("table", "valid_from");`,
    );

    this.addSql(
      `create table "legal_table_stale_notice" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "half_year" varchar(7) not null, "message" text not null);`,
    );
    this.addSql(
      `alter table "legal_table_stale_notice" add constraint "legal_table_stale_notice_half_year_unique" unique ("half_year");`,
    );

    // the legal tables as published (docs/LEGAL.md); later rows come from legalTableRowAdd
    for (const r of LEGAL_TABLE_SEED) {
      this.addSql(
        `insert into "legal_table_row" ("table", "valid_from", "value", "source_title", "source_url", "confirmed", "created_by") ` +
          `values (${quote(r.table)}, ${quote(r.validFrom)}, ${r.value}, ${quote(r.sourceTitle)}, ${quote(r.sourceUrl)}, ${r.confirmed}, 'seed');`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "legal_table_row" cascade;`);

    this.addSql(`drop table if exists "legal_table_stale_notice" cascade;`);
  }
}
