import { Migration } from "@mikro-orm/migrations";

export class Migration20261203174813_creditor_external_ids_and_case_numbers extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "creditor_external_id" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "source_system" varchar(255) not null, "external_id" varchar(255) not null);`,
    );
    this.addSql(
      `create index "creditor_external_id_source_system_external_id_index" on "creditor_external_id" ("source_system", "external_id");`,
    );
    this.addSql(
      `alter table "creditor_external_id" add constraint "creditor_external_id_creditor_id_source_system_unique" unique ("creditor_id", "source_system");`,
    );

    this.addSql(
      `alter table "creditor_external_id" add constraint "creditor_external_id_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    // Case numbers are drawn at random, never from a sequence: a number must not tell how many cases others have.
    this.addSql(`create or replace function tvist_new_case_number() returns int language plpgsql volatile as $$
      declare candidate int;
      begin
        loop
          candidate := 100000000 + floor(random() * 900000000)::int;
          if not exists (select 1 from "collection_case" where "case_number" = candidate) then
            return candidate;
          end if;
        end loop;
      end $$;`);
    this.addSql(`alter table "collection_case" add column "case_number" int null;`);
    // existing cases get theirs one statement each, so that every draw sees the numbers drawn before it
    this.addSql(`do $$
      declare r record;
      begin
        for r in select "id" from "collection_case" order by "id" loop
          update "collection_case" set "case_number" = tvist_new_case_number() where "id" = r."id";
        end loop;
      end $$;`);
    this.addSql(
      `alter table "collection_case" alter column "case_number" set default tvist_new_case_number(), alter column "case_number" set not null;`,
    );
    this.addSql(
      `alter table "collection_case" add constraint "collection_case_case_number_unique" unique ("case_number");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "creditor_external_id" cascade;`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_case_number_unique";`);
    this.addSql(`alter table "collection_case" drop column "case_number";`);
    this.addSql(`drop function if exists tvist_new_case_number();`);
  }
}
