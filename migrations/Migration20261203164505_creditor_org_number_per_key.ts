import { Migration } from "@mikro-orm/migrations";

export class Migration20261203164505_creditor_org_number_per_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "creditor" drop constraint "creditor_org_number_unique";`);

    this.addSql(`create index "creditor_org_number_index" on "creditor" ("org_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "creditor_org_number_index";`);

    this.addSql(`alter table "creditor" add constraint "creditor_org_number_unique" unique ("org_number");`);
  }
}
