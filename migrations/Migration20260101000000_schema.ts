import { Migration } from '@mikro-orm/migrations';

export class Migration20260101000000_schema extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "prefix" varchar(255) not null, "hash" varchar(255) not null, "scopes" text[] not null, "all_creditors" boolean not null default false, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.addSql(`create index "api_key_revoked_at_index" on "api_key" ("revoked_at");`);

    this.addSql(`create table "conciliation_board" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "address_street" varchar(255) null, "address_postal_code" varchar(255) null, "address_city" varchar(255) null, "address_country" varchar(255) null default 'NO');`);

    this.addSql(`create table "idempotency_key" ("id" bigserial primary key, "api_key_id" bigint not null, "key" varchar(255) not null, "operation" varchar(255) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), "completed_at" timestamptz null);`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_api_key_id_key_unique" unique ("api_key_id", "key");`);

    this.addSql(`create table "municipality" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(4) not null, "name" varchar(255) not null, "county_code" varchar(2) not null, "county_name" varchar(255) not null, "valid_from" date not null, "valid_to" date null, "board_id" bigint null);`);
    this.addSql(`create index "municipality_code_index" on "municipality" ("code");`);
    this.addSql(`alter table "municipality" add constraint "municipality_code_valid_from_unique" unique ("code", "valid_from");`);

    this.addSql(`create table "creditor" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "org_number" varchar(255) not null, "address_street" varchar(255) not null, "address_postal_code" varchar(255) not null, "address_city" varchar(255) not null, "address_country" varchar(255) not null default 'NO', "municipality_id" bigint not null);`);
    this.addSql(`alter table "creditor" add constraint "creditor_org_number_unique" unique ("org_number");`);

    this.addSql(`create table "debtor" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "kind" text check ("kind" in ('PERSON', 'ORGANISATION')) not null, "name" varchar(255) not null, "org_number" varchar(255) null, "birth_date" date null, "address_street" varchar(255) not null, "address_postal_code" varchar(255) not null, "address_city" varchar(255) not null, "address_country" varchar(255) not null default 'NO', "municipality_id" bigint not null);`);
    this.addSql(`create index "debtor_creditor_id_org_number_index" on "debtor" ("creditor_id", "org_number");`);

    this.addSql(`create table "invoice" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "debtor_id" bigint not null, "invoice_number" varchar(255) not null, "source_system" varchar(255) not null, "external_id" varchar(255) not null, "issue_date" date not null, "due_date" date not null, "amount" bigint not null, "currency" varchar(3) not null default 'NOK', "kid" varchar(255) null, "pdf_document_id" bigint null, "replaces_invoice_id" bigint null);`);
    this.addSql(`create index "invoice_creditor_id_id_index" on "invoice" ("creditor_id", "id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_source_system_external_id_unique" unique ("source_system", "external_id");`);

    this.addSql(`create table "collection_case" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "invoice_id" bigint not null, "creditor_id" bigint not null, "debtor_id" bigint not null, "status" text check ("status" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) not null, "frozen_from_status" text check ("frozen_from_status" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) null, "principal_amount" bigint not null, "fees_amount" bigint not null default 0, "paid_amount" bigint not null default 0, "credited_amount" bigint not null default 0, "last_sequence" int not null default 0, "closed_at" timestamptz null, "version" int not null default 1);`);
    this.addSql(`alter table "collection_case" add constraint "collection_case_invoice_id_unique" unique ("invoice_id");`);
    this.addSql(`create index "collection_case_updated_at_id_index" on "collection_case" ("updated_at", "id");`);
    this.addSql(`create index "collection_case_creditor_id_status_id_index" on "collection_case" ("creditor_id", "status", "id");`);
    this.addSql(`create index "collection_case_creditor_id_id_index" on "collection_case" ("creditor_id", "id");`);

    this.addSql(`create table "collection_step" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "kind" text check ("kind" in ('COLLECTION_NOTICE', 'PAYMENT_DEMAND')) not null, "sent_on" date not null, "deadline" date not null, "fee" bigint not null);`);

    this.addSql(`create table "case_transaction" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "kind" text check ("kind" in ('PAYMENT', 'CREDIT_NOTE')) not null, "amount" bigint not null, "date" date not null, "reference" varchar(255) null, "source_system" varchar(255) null, "external_id" varchar(255) null);`);
    this.addSql(`alter table "case_transaction" add constraint "case_transaction_source_system_kind_external_id_unique" unique ("source_system", "kind", "external_id");`);

    this.addSql(`create table "case_event" ("id" bigserial primary key, "case_id" bigint not null, "creditor_id" bigint not null, "sequence" int not null, "type" varchar(255) not null, "occurred_at" timestamptz not null default now(), "actor" varchar(255) not null, "summary" text not null, "status_before" text check ("status_before" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) null, "status_after" text check ("status_after" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) null, "data" jsonb not null);`);
    this.addSql(`create index "case_event_creditor_id_id_index" on "case_event" ("creditor_id", "id");`);
    this.addSql(`alter table "case_event" add constraint "case_event_case_id_sequence_unique" unique ("case_id", "sequence");`);

    this.addSql(`create table "api_key_creditor" ("api_key_id" bigint not null, "creditor_id" bigint not null, constraint "api_key_creditor_pkey" primary key ("api_key_id", "creditor_id"));`);

    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "municipality" add constraint "municipality_board_id_foreign" foreign key ("board_id") references "conciliation_board" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "creditor" add constraint "creditor_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "debtor" add constraint "debtor_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`);
    this.addSql(`alter table "debtor" add constraint "debtor_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "invoice" add constraint "invoice_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_debtor_id_foreign" foreign key ("debtor_id") references "debtor" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_replaces_invoice_id_foreign" foreign key ("replaces_invoice_id") references "invoice" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "collection_case" add constraint "collection_case_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`);
    this.addSql(`alter table "collection_case" add constraint "collection_case_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`);
    this.addSql(`alter table "collection_case" add constraint "collection_case_debtor_id_foreign" foreign key ("debtor_id") references "debtor" ("id") on update cascade;`);

    this.addSql(`alter table "collection_step" add constraint "collection_step_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`);

    this.addSql(`alter table "case_transaction" add constraint "case_transaction_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`);

    this.addSql(`alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`);

    this.addSql(`alter table "api_key_creditor" add constraint "api_key_creditor_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_creditor" add constraint "api_key_creditor_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "idempotency_key" drop constraint "idempotency_key_api_key_id_foreign";`);

    this.addSql(`alter table "api_key_creditor" drop constraint "api_key_creditor_api_key_id_foreign";`);

    this.addSql(`alter table "municipality" drop constraint "municipality_board_id_foreign";`);

    this.addSql(`alter table "creditor" drop constraint "creditor_municipality_id_foreign";`);

    this.addSql(`alter table "debtor" drop constraint "debtor_municipality_id_foreign";`);

    this.addSql(`alter table "debtor" drop constraint "debtor_creditor_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_creditor_id_foreign";`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_creditor_id_foreign";`);

    this.addSql(`alter table "api_key_creditor" drop constraint "api_key_creditor_creditor_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_debtor_id_foreign";`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_debtor_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_replaces_invoice_id_foreign";`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_invoice_id_foreign";`);

    this.addSql(`alter table "collection_step" drop constraint "collection_step_case_id_foreign";`);

    this.addSql(`alter table "case_transaction" drop constraint "case_transaction_case_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "conciliation_board" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "creditor" cascade;`);

    this.addSql(`drop table if exists "debtor" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "collection_case" cascade;`);

    this.addSql(`drop table if exists "collection_step" cascade;`);

    this.addSql(`drop table if exists "case_transaction" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "api_key_creditor" cascade;`);
  }

}
