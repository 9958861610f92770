import { Migration } from "@mikro-orm/migrations";

export class Migration20261203154547_petition_fee_basis extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement_petition" add column "fee_basis" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement_petition" drop column "fee_basis";`);
  }
}
