import { Migration } from "@mikro-orm/migrations";

export class Migration20260101000000_schema extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "prefix" varchar(255) not null, "hash" varchar(255) not null, "scopes" text[] not null, "all_creditors" boolean not null default false, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.addSql(`create index "api_key_revoked_at_index" on "api_key" ("revoked_at");`);

    this.addSql(
      `create table "conciliation_board" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "address_street" varchar(255) null, "address_postal_code" varchar(255) null, "address_city" varchar(255) null, "address_country" varchar(255) null default 'NO');`,
    );

    this.addSql(
      `create table "idempotency_key" ("id" bigserial primary key, "api_key_id" bigint not null, "key" varchar(255) not null, "operation" varchar(255) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), "completed_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_api_key_id_key_unique" unique ("api_key_id", "key");`,
    );

    this.addSql(
      `create table "municipality" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(4) not null, "name" varchar(255) not null, "county_code" varchar(2) not null, "county_name" varchar(255) not null, "valid_from" date not null, "valid_to" date null, "board_id" bigint null);`,
    );
    this.addSql(`create index "municipality_code_index" on "municipality" ("code");`);
    this.addSql(`create index "municipality_board_id_index" on "municipality" ("board_id");`);
    this.addSql(
      `alter table "municipality" add constraint "municipality_code_valid_from_unique" unique ("code", "valid_from");`,
    );

    this.addSql(
      `create table "creditor" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "org_number" varchar(255) not null, "address_street" varchar(255) not null, "address_postal_code" varchar(255) not null, "address_city" varchar(255) not null, "address_country" varchar(255) not null default 'NO', "municipality_id" bigint not null);`,
    );
    this.addSql(`alter table "creditor" add constraint "creditor_org_number_unique" unique ("org_number");`);

    this.addSql(
      `create table "document" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "filename" varchar(255) not null, "content_type" varchar(255) not null, "size" bigint not null, "sha256" varchar(64) not null, "storage_key" varchar(255) not null, "uploaded_by" varchar(255) not null);`,
    );
    this.addSql(`create index "document_sha256_index" on "document" ("sha256");`);
    this.addSql(`alter table "document" add constraint "document_storage_key_unique" unique ("storage_key");`);
    this.addSql(`create index "document_creditor_id_id_index" on "document" ("creditor_id", "id");`);

    this.addSql(
      `create table "debtor" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "kind" text check ("kind" in ('PERSON', 'ORGANISATION')) not null, "name" varchar(255) not null, "org_number" varchar(255) null, "birth_date" date null, "address_street" varchar(255) not null, "address_postal_code" varchar(255) not null, "address_city" varchar(255) not null, "address_country" varchar(255) not null default 'NO', "municipality_id" bigint not null);`,
    );
    this.addSql(`create index "debtor_creditor_id_name_id_index" on "debtor" ("creditor_id", "name", "id");`);
    this.addSql(`create index "debtor_creditor_id_org_number_index" on "debtor" ("creditor_id", "org_number");`);

    this.addSql(
      `create table "invoice" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "debtor_id" bigint not null, "invoice_number" varchar(255) not null, "source_system" varchar(255) not null, "external_id" varchar(255) not null, "issue_date" date not null, "due_date" date not null, "amount" bigint not null, "currency" varchar(3) not null default 'NOK', "kid" varchar(255) null, "pdf_document_id" bigint null, "replaces_invoice_id" bigint null);`,
    );
    this.addSql(`create index "invoice_creditor_id_id_index" on "invoice" ("creditor_id", "id");`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_source_system_external_id_unique" unique ("source_system", "external_id");`,
    );

    this.addSql(
      `create table "collection_case" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "invoice_id" bigint not null, "creditor_id" bigint not null, "debtor_id" bigint not null, "status" text check ("status" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) not null, "frozen_from_status" text check ("frozen_from_status" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) null, "principal_amount" bigint not null, "fees_amount" bigint not null default 0, "paid_amount" bigint not null default 0, "credited_amount" bigint not null default 0, "judgment_amount" bigint null, "reduced_before_judgment" bigint not null default 0, "last_sequence" int not null default 0, "closed_at" timestamptz null, "claim_origin_kind" text check ("claim_origin_kind" in ('CREDITOR', 'PUBLIC_BODY')) null, "claim_origin_name" varchar(255) null, "claim_origin_org_number" varchar(255) null, "enforcement_concluded_on" date null, "version" int not null default 1);`,
    );
    this.addSql(
      `alter table "collection_case" add constraint "collection_case_invoice_id_unique" unique ("invoice_id");`,
    );
    this.addSql(`create index "collection_case_updated_at_id_index" on "collection_case" ("updated_at", "id");`);
    this.addSql(
      `create index "collection_case_creditor_id_status_id_index" on "collection_case" ("creditor_id", "status", "id");`,
    );
    this.addSql(`create index "collection_case_creditor_id_id_index" on "collection_case" ("creditor_id", "id");`);

    this.addSql(
      `create table "enforcement_measure" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "creditor_id" bigint not null, "kind" text check ("kind" in ('DEDUCTION', 'LIEN')) not null, "status" text check ("status" in ('ACTIVE', 'ENDED')) not null, "notified_on" date not null, "letter_deadline" date null, "deductor" text check ("deductor" in ('EMPLOYER', 'NAV')) null, "period_start" date null, "period_end" date null, "asset_kind" text check ("asset_kind" in ('REAL_ESTATE', 'VEHICLE', 'BANK_ACCOUNT', 'OTHER')) null, "asset_description" text null, "registered_on" date null, "forced_sale_requested_on" date null, "ended_on" date null, "end_reason" text null, "recorded_by" varchar(255) not null);`,
    );
    this.addSql(`create index "enforcement_measure_case_id_id_index" on "enforcement_measure" ("case_id", "id");`);
    this.addSql(
      `create index "enforcement_measure_creditor_id_id_index" on "enforcement_measure" ("creditor_id", "id");`,
    );

    this.addSql(
      `create table "conciliation_case" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "creditor_id" bigint not null, "status" text check ("status" in ('DRAFT', 'SIGNED', 'SENT', 'HEARING_SCHEDULED', 'DECIDED', 'WITHDRAWN')) not null, "board_id" bigint not null, "category" text check ("category" in ('MONEY_CLAIM', 'OTHER_CIVIL', 'FAMILY', 'FAMILY_MONEY_SETTLEMENT', 'FAMILY_TRAVEL_COSTS', 'PUBLIC_LAW', 'PATENT', 'CIRCUIT_LAYOUT', 'PLANT_BREEDER_RIGHT', 'TRADEMARK', 'DESIGN', 'ARBITRAL_AWARD_VALIDITY', 'COURT_SETTLEMENT_VALIDITY')) not null, "against_state" boolean not null default false, "subject" varchar(255) not null, "factual_description" text not null, "request_judgment_in_absence" boolean not null, "filing_date" date not null, "principal_amount" bigint not null, "interest_amount" bigint not null, "fees_amount" bigint not null, "legal_costs_requested" bigint not null, "legal_costs_claimed" bigint not null, "legal_costs_cap" bigint not null, "total_amount" bigint not null, "claim" jsonb not null, "document_ids" jsonb not null default '[]', "signed_on" date null, "signed_by" varchar(255) null, "sent_on" date null, "hearing_date" date null, "hearing_place" varchar(255) null);`,
    );
    this.addSql(`create index "conciliation_case_case_id_id_index" on "conciliation_case" ("case_id", "id");`);
    this.addSql(`create index "conciliation_case_creditor_id_id_index" on "conciliation_case" ("creditor_id", "id");`);

    this.addSql(
      `create table "judgment" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "conciliation_case_id" bigint not null, "case_id" bigint not null, "creditor_id" bigint not null, "outcome" text check ("outcome" in ('WON', 'PARTLY_WON', 'COURT_SETTLEMENT', 'LOST', 'DISMISSED', 'REFERRED_TO_TINGRETT', 'JUDGMENT_IN_ABSENCE')) not null, "judgment_date" date not null, "service_date" date not null, "case_number" varchar(255) null, "amount_owed" bigint not null, "split" jsonb not null, "interest_to" date null, "payment_due_date" date null, "review_deadline" date not null, "final_on" date not null, "court_holidays_suspended" boolean not null, "enforcement_notice_sent_on" date null, "document_id" bigint null);`,
    );
    this.addSql(
      `alter table "judgment" add constraint "judgment_conciliation_case_id_unique" unique ("conciliation_case_id");`,
    );
    this.addSql(`create index "judgment_case_id_index" on "judgment" ("case_id");`);
    this.addSql(`create index "judgment_creditor_id_id_index" on "judgment" ("creditor_id", "id");`);

    this.addSql(
      `create table "enforcement_petition" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "judgment_id" bigint not null, "creditor_id" bigint not null, "petition_date" date not null, "principal" bigint not null, "interest" bigint not null, "fees" bigint not null, "costs" bigint not null, "enforcement_fee" bigint not null, "interest_to" date null, "under_one_year" boolean not null, "notice_sent_on" date null);`,
    );
    this.addSql(`create index "enforcement_petition_case_id_index" on "enforcement_petition" ("case_id");`);
    this.addSql(
      `create index "enforcement_petition_creditor_id_id_index" on "enforcement_petition" ("creditor_id", "id");`,
    );

    this.addSql(
      `create table "hearing_attendance" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "conciliation_case_id" bigint not null, "party" text check ("party" in ('CREDITOR', 'DEBTOR')) not null, "duty" text check ("duty" in ('MUST_ATTEND', 'MAY_SEND_SUBSTITUTE')) not null, "reason_code" text check ("reason_code" in ('IN_BOARD_KOMMUNE', 'IN_NEIGHBOUR_KOMMUNE', 'OUTSIDE_AREA', 'KOMMUNE_UNKNOWN')) not null, "reason" text not null, "kommune" varchar(4) null, "representative_name" varchar(255) null, "representative_role" varchar(255) null);`,
    );
    this.addSql(
      `alter table "hearing_attendance" add constraint "hearing_attendance_conciliation_case_id_party_unique" unique ("conciliation_case_id", "party");`,
    );

    this.addSql(
      `create table "complaint" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "creditor_id" bigint not null, "measure_id" bigint null, "status" text check ("status" in ('RECEIVED', 'KEPT', 'FORWARDED', 'DECIDED')) not null, "channel" text check ("channel" in ('LETTER', 'EMAIL', 'PORTAL', 'ORAL')) not null, "received_on" date not null, "subject" text check ("subject" in ('DEDUCTION', 'CASE_HANDLING', 'CLAIM', 'TAX_SET_OFF', 'CHOICE_OF_ASSETS', 'OTHER')) not null, "reason" text not null, "desired_outcome" text check ("desired_outcome" in ('STOP_DEDUCTION', 'DELETE_CLAIM', 'REDUCE_CLAIM', 'OTHER')) not null, "reduction_amount" bigint null, "desired_outcome_text" text null, "signer_name" varchar(255) null, "signed_at" timestamptz null, "signed_document_id" bigint null, "admissible" boolean not null, "admissibility_rule" text check ("admissibility_rule" in ('ENFORCEMENT_ONGOING', 'LIEN_UNTIL_FORCED_SALE', 'DEDUCTION_UNTIL_PERIOD_END', 'CHOICE_OF_ASSETS_ONE_MONTH', 'LETTER_DEADLINE')) not null, "admissibility_deadline" date null, "admissibility_reason" text not null, "late_reason" text null, "late_accepted_by" varchar(255) null, "late_accepted_at" timestamptz null, "due_on" date not null, "reconsideration_decision" text check ("reconsideration_decision" in ('UPHELD', 'KEPT')) null, "reconsideration_reason" text null, "reconsidered_on" date null, "reconsidered_by" varchar(255) null, "forwarded_to" varchar(255) null, "forwarded_on" date null, "outcome" text check ("outcome" in ('UPHELD', 'PARTLY_UPHELD', 'REJECTED')) null, "decided_on" date null, "decided_by" text check ("decided_by" in ('AGENCY', 'INSTANCE')) null, "decision_reason" text null, "granted_reduction" bigint null, "effects_summary" text null, "follow_up_needed" boolean not null default false, "refund_amount" bigint null, "overdue_notified_at" timestamptz null, "received_by" varchar(255) not null);`,
    );
    this.addSql(`create index "complaint_decided_on_due_on_index" on "complaint" ("decided_on", "due_on");`);
    this.addSql(`create index "complaint_case_id_id_index" on "complaint" ("case_id", "id");`);
    this.addSql(`create index "complaint_creditor_id_id_index" on "complaint" ("creditor_id", "id");`);

    this.addSql(
      `create table "complaint_attachment" ("complaint_id" bigint not null, "document_id" bigint not null, constraint "complaint_attachment_pkey" primary key ("complaint_id", "document_id"));`,
    );

    this.addSql(
      `create table "collection_step" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "kind" text check ("kind" in ('COLLECTION_NOTICE', 'PAYMENT_DEMAND')) not null, "sent_on" date not null, "deadline" date not null, "fee" bigint not null);`,
    );

    this.addSql(
      `create table "case_transaction" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "kind" text check ("kind" in ('PAYMENT', 'CREDIT_NOTE')) not null, "amount" bigint not null, "date" date not null, "reference" varchar(255) null, "source_system" varchar(255) null, "external_id" varchar(255) null);`,
    );
    this.addSql(
      `alter table "case_transaction" add constraint "case_transaction_source_system_kind_external_id_unique" unique ("source_system", "kind", "external_id");`,
    );

    this.addSql(
      `create table "case_event" ("id" bigserial primary key, "case_id" bigint not null, "creditor_id" bigint not null, "sequence" int not null, "type" varchar(255) not null, "occurred_at" timestamptz not null default now(), "actor" varchar(255) not null, "summary" text not null, "status_before" text check ("status_before" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) null, "status_after" text check ("status_after" in ('ACTIVE', 'FROZEN', 'IN_CONCILIATION', 'JUDGMENT', 'ENFORCEMENT', 'PAID', 'CREDITED', 'CLOSED')) null, "data" jsonb not null);`,
    );
    this.addSql(`create index "case_event_creditor_id_id_index" on "case_event" ("creditor_id", "id");`);
    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_sequence_unique" unique ("case_id", "sequence");`,
    );

    this.addSql(
      `create table "api_key_creditor" ("api_key_id" bigint not null, "creditor_id" bigint not null, constraint "api_key_creditor_pkey" primary key ("api_key_id", "creditor_id"));`,
    );

    this.addSql(
      `create table "municipality_neighbour" ("municipality_id" bigint not null, "neighbour_id" bigint not null, constraint "municipality_neighbour_pkey" primary key ("municipality_id", "neighbour_id"));`,
    );

    this.addSql(
      `create table "objection" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_id" bigint not null, "creditor_id" bigint not null, "channel" text check ("channel" in ('LETTER', 'EMAIL', 'PORTAL', 'ORAL')) not null, "received_on" date not null, "text" text not null, "written" boolean not null, "status" text check ("status" in ('OPEN', 'WITHDRAWN', 'UNFOUNDED', 'RESOLVED_BY_CREDIT', 'ESCALATED')) not null, "resolution_reason" text null, "withdrawn_on" date null, "decided_by" varchar(255) null, "decided_at" timestamptz null);`,
    );
    this.addSql(`create index "objection_case_id_id_index" on "objection" ("case_id", "id");`);
    this.addSql(`create index "objection_creditor_id_id_index" on "objection" ("creditor_id", "id");`);

    this.addSql(
      `create table "objection_document" ("objection_id" bigint not null, "document_id" bigint not null, constraint "objection_document_pkey" primary key ("objection_id", "document_id"));`,
    );

    this.addSql(
      `create table "webhook_endpoint" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "creditor_id" bigint not null, "url" text not null, "event_types" text[] not null default '{}', "format" varchar(255) not null default 'TVIST', "secret" varchar(255) not null, "previous_secret" varchar(255) null, "secret_rotated_at" timestamptz null, "enabled" boolean not null default true, "disabled_at" timestamptz null, "disabled_reason" text null);`,
    );
    this.addSql(`create index "webhook_endpoint_creditor_id_id_index" on "webhook_endpoint" ("creditor_id", "id");`);

    this.addSql(
      `create table "webhook_delivery" ("id" bigserial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "endpoint_id" bigint not null, "event_id" bigint not null, "case_id" bigint not null, "status" text check ("status" in ('PENDING', 'RETRYING', 'DELIVERED', 'FAILED', 'CANCELLED')) not null default 'PENDING', "attempt_count" int not null default 0, "last_status_code" int null, "last_latency_ms" int null, "last_error" text null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, "attempts" jsonb not null default '[]');`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_status_id_index" on "webhook_delivery" ("endpoint_id", "status", "id");`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_case_id_event_id_index" on "webhook_delivery" ("endpoint_id", "case_id", "event_id");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`,
    );

    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "municipality" add constraint "municipality_board_id_foreign" foreign key ("board_id") references "conciliation_board" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "creditor" add constraint "creditor_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "document" add constraint "document_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "debtor" add constraint "debtor_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "debtor" add constraint "debtor_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_debtor_id_foreign" foreign key ("debtor_id") references "debtor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_replaces_invoice_id_foreign" foreign key ("replaces_invoice_id") references "invoice" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "collection_case" add constraint "collection_case_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "collection_case" add constraint "collection_case_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "collection_case" add constraint "collection_case_debtor_id_foreign" foreign key ("debtor_id") references "debtor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "enforcement_measure" add constraint "enforcement_measure_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enforcement_measure" add constraint "enforcement_measure_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "conciliation_case" add constraint "conciliation_case_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "conciliation_case" add constraint "conciliation_case_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "conciliation_case" add constraint "conciliation_case_board_id_foreign" foreign key ("board_id") references "conciliation_board" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "judgment" add constraint "judgment_conciliation_case_id_foreign" foreign key ("conciliation_case_id") references "conciliation_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "judgment" add constraint "judgment_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "judgment" add constraint "judgment_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "enforcement_petition" add constraint "enforcement_petition_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enforcement_petition" add constraint "enforcement_petition_judgment_id_foreign" foreign key ("judgment_id") references "judgment" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enforcement_petition" add constraint "enforcement_petition_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "hearing_attendance" add constraint "hearing_attendance_conciliation_case_id_foreign" foreign key ("conciliation_case_id") references "conciliation_case" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "complaint" add constraint "complaint_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_measure_id_foreign" foreign key ("measure_id") references "enforcement_measure" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_signed_document_id_foreign" foreign key ("signed_document_id") references "document" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "complaint_attachment" add constraint "complaint_attachment_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "complaint_attachment" add constraint "complaint_attachment_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "collection_step" add constraint "collection_step_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "case_transaction" add constraint "case_transaction_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "api_key_creditor" add constraint "api_key_creditor_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "api_key_creditor" add constraint "api_key_creditor_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "municipality_neighbour" add constraint "municipality_neighbour_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "municipality_neighbour" add constraint "municipality_neighbour_neighbour_id_foreign" foreign key ("neighbour_id") references "municipality" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "objection" add constraint "objection_case_id_foreign" foreign key ("case_id") references "collection_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "objection" add constraint "objection_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "objection_document" add constraint "objection_document_objection_id_foreign" foreign key ("objection_id") references "objection" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "objection_document" add constraint "objection_document_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_creditor_id_foreign" foreign key ("creditor_id") references "creditor" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "case_event" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "idempotency_key" drop constraint "idempotency_key_api_key_id_foreign";`);

    this.addSql(`alter table "api_key_creditor" drop constraint "api_key_creditor_api_key_id_foreign";`);

    this.addSql(`alter table "municipality" drop constraint "municipality_board_id_foreign";`);

    this.addSql(`alter table "conciliation_case" drop constraint "conciliation_case_board_id_foreign";`);

    this.addSql(`alter table "creditor" drop constraint "creditor_municipality_id_foreign";`);

    this.addSql(`alter table "debtor" drop constraint "debtor_municipality_id_foreign";`);

    this.addSql(
      `alter table "municipality_neighbour" drop constraint "municipality_neighbour_municipality_id_foreign";`,
    );

    this.addSql(`alter table "municipality_neighbour" drop constraint "municipality_neighbour_neighbour_id_foreign";`);

    this.addSql(`alter table "document" drop constraint "document_creditor_id_foreign";`);

    this.addSql(`alter table "debtor" drop constraint "debtor_creditor_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_creditor_id_foreign";`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_creditor_id_foreign";`);

    this.addSql(`alter table "enforcement_measure" drop constraint "enforcement_measure_creditor_id_foreign";`);

    this.addSql(`alter table "conciliation_case" drop constraint "conciliation_case_creditor_id_foreign";`);

    this.addSql(`alter table "judgment" drop constraint "judgment_creditor_id_foreign";`);

    this.addSql(`alter table "enforcement_petition" drop constraint "enforcement_petition_creditor_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_creditor_id_foreign";`);

    this.addSql(`alter table "api_key_creditor" drop constraint "api_key_creditor_creditor_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_creditor_id_foreign";`);

    this.addSql(`alter table "webhook_endpoint" drop constraint "webhook_endpoint_creditor_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_signed_document_id_foreign";`);

    this.addSql(`alter table "complaint_attachment" drop constraint "complaint_attachment_document_id_foreign";`);

    this.addSql(`alter table "objection_document" drop constraint "objection_document_document_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_debtor_id_foreign";`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_debtor_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_replaces_invoice_id_foreign";`);

    this.addSql(`alter table "collection_case" drop constraint "collection_case_invoice_id_foreign";`);

    this.addSql(`alter table "enforcement_measure" drop constraint "enforcement_measure_case_id_foreign";`);

    this.addSql(`alter table "conciliation_case" drop constraint "conciliation_case_case_id_foreign";`);

    this.addSql(`alter table "judgment" drop constraint "judgment_case_id_foreign";`);

    this.addSql(`alter table "enforcement_petition" drop constraint "enforcement_petition_case_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_case_id_foreign";`);

    this.addSql(`alter table "collection_step" drop constraint "collection_step_case_id_foreign";`);

    this.addSql(`alter table "case_transaction" drop constraint "case_transaction_case_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign";`);

    this.addSql(`alter table "objection" drop constraint "objection_case_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_measure_id_foreign";`);

    this.addSql(`alter table "judgment" drop constraint "judgment_conciliation_case_id_foreign";`);

    this.addSql(`alter table "hearing_attendance" drop constraint "hearing_attendance_conciliation_case_id_foreign";`);

    this.addSql(`alter table "enforcement_petition" drop constraint "enforcement_petition_judgment_id_foreign";`);

    this.addSql(`alter table "complaint_attachment" drop constraint "complaint_attachment_complaint_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_event_id_foreign";`);

    this.addSql(`alter table "objection_document" drop constraint "objection_document_objection_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "conciliation_board" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "municipality" cascade;`);

    this.addSql(`drop table if exists "creditor" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "debtor" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "collection_case" cascade;`);

    this.addSql(`drop table if exists "enforcement_measure" cascade;`);

    this.addSql(`drop table if exists "conciliation_case" cascade;`);

    this.addSql(`drop table if exists "judgment" cascade;`);

    this.addSql(`drop table if exists "enforcement_petition" cascade;`);

    this.addSql(`drop table if exists "hearing_attendance" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "complaint_attachment" cascade;`);

    this.addSql(`drop table if exists "collection_step" cascade;`);

    this.addSql(`drop table if exists "case_transaction" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "api_key_creditor" cascade;`);

    this.addSql(`drop table if exists "municipality_neighbour" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "objection_document" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }
}
