import { Migration } from "@mikro-orm/migrations";

export class Migration20261203174417_caseless_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case_event" alter column "case_id" drop not null;`);

    this.addSql(`alter table "webhook_delivery" alter column "case_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_event" alter column "case_id" set not null;`);

    this.addSql(`alter table "webhook_delivery" alter column "case_id" set not null;`);
  }
}
