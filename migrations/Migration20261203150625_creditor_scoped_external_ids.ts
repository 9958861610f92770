import { Migration } from "@mikro-orm/migrations";

export class Migration20261203150625_creditor_scoped_external_ids extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "invoice" drop constraint "invoice_source_system_external_id_unique";`);

    this.addSql(
      `alter table "invoice" add constraint "invoice_creditor_id_source_system_external_id_unique" unique ("creditor_id", "source_system", "external_id");`,
    );

    this.addSql(
      `alter table "case_transaction" drop constraint "case_transaction_source_system_kind_external_id_unique";`,
    );

    // existing rows take their case's creditor
    this.addSql(`alter table "case_transaction" add column "creditor_id" bigint null;`);
    this.addSql(
      `update "case_transaction" t set "creditor_id" = c."creditor_id" from "collection_case" c where c."id" = t."case_id";`,
    );
    this.addSql(`alter table "case_transaction" alter column "creditor_id" set not null;`);
    this.addSql(
      `alter table "case_transaction" add constraint "case_transaction_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_transaction" add constraint "case_transaction_creditor_id_source_system_kind_e_d81cc_unique" unique ("creditor_id", "source_system", "kind", "external_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_transaction" drop constraint "case_transaction_creditor_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_creditor_id_source_system_external_id_unique";`);

    this.addSql(
      `alter table "invoice" add constraint "invoice_source_system_external_id_unique" unique ("source_system", "external_id");`,
    );

    this.addSql(
      `alter table "case_transaction" drop constraint "case_transaction_creditor_id_source_system_kind_e_d81cc_unique";`,
    );
    this.addSql(`alter table "case_transaction" drop column "creditor_id";`);

    this.addSql(
      `alter table "case_transaction" add constraint "case_transaction_source_system_kind_external_id_unique" unique ("source_system", "kind", "external_id");`,
    );
  }
}
