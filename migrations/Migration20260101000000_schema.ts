import { Migration } from '@mikro-orm/migrations';

export class Migration20260101000000_schema extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "prefix" varchar(255) not null, "hash" varchar(255) not null, "scopes" text[] not null, "all_creditors" boolean not null default false, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.addSql(`create index "api_key_revoked_at_index" on "api_key" ("revoked_at");`);

    this.addSql(`create table "conciliation_board" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "address_street" varchar(255) null, "address_postal_code" varchar(255) null, "address_city" varchar(255) null, "address_country" varchar(255) null default 'NO');`);

    this.addSql(`create table "municipality" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(4) not null, "name" varchar(255) not null, "county_code" varchar(2) not null, "county_name" varchar(255) not null, "valid_from" date not null, "valid_to" date null, "board_id" bigint null);`);
    this.addSql(`create index "municipality_code_index" on "municipality" ("code");`);
    this.addSql(`alter table "municipality" add constraint "municipality_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "creditor" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "org_number" varchar(255) not null, "address_street" varchar(255) not null, "address_postal_code" varchar(255) not null, "address_city" varchar(255) not null, "address_country" varchar(255) not null default 'NO', "municipality_id" bigint not null);`);
    this.addSql(`alter table "creditor" add constraint "creditor_org_number_unique" unique ("org_number");`);

    this.addSql(`create table "debtor" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "kind" text check ("kind" in ('PERSON', 'ORGANISATION')) not null, "name" varchar(255) not null, "org_number" varchar(255) null, "birth_date" date null, "address_street" varchar(255) not null, "address_postal_code" varchar(255) not null, "address_city" varchar(255) not null, "address_country" varchar(255) not null default 'NO', "municipality_id" bigint not null);`);
    this.addSql(`create index "debtor_creditor_id_org_number_index" on "debtor" ("creditor_id", "org_number");`);

    this.addSql(`create table "api_key_creditor" ("api_key_id" bigint not null, "creditor_id" bigint not null, constraint "api_key_creditor_pkey" primary key ("api_key_id", "creditor_id"));`);

    this.addSql(`alter table "municipality" add constraint "municipality_board_id_foreign" foreign key ("board_id") references "conciliation_board" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "creditor" add constraint "creditor_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "debtor" add constraint "debtor_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`);
    this.addSql(`alter table "debtor" add constraint "debtor_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "api_key_creditor" add constraint "api_key_creditor_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_creditor" add constraint "api_key_creditor_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key_creditor" drop constraint "api_key_creditor_api_key_id_foreign";`);

    this.addSql(`alter table "municipality" drop constraint "municipality_board_id_foreign";`);

    this.addSql(`alter table "creditor" drop constraint "creditor_municipality_id_foreign";`);

    this.addSql(`alter table "debtor" drop constraint "debtor_municipality_id_foreign";`);

    this.addSql(`alter table "debtor" drop constraint "debtor_creditor_id_foreign";`);

    this.addSql(`alter table "api_key_creditor" drop constraint "api_key_creditor_creditor_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "conciliation_board" cascade;`);

    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "creditor" cascade;`);

    this.addSql(`drop table if exists "debtor" cascade;`);

    this.addSql(`drop table if exists "api_key_creditor" cascade;`);
  }

}
