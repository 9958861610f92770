import { Migration } from "@mikro-orm/migrations";

export class Migration20261203154146_postal_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "postal_code" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(4) not null, "place" varchar(255) not null, "kommunenummer" varchar(4) not null, "category" text check ("category" in ('B', 'F', 'G', 'P', 'S')) not null);`,
    );
    this.addSql(`alter table "postal_code" add constraint "postal_code_code_unique" unique ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "postal_code" cascade;`);
  }
}
