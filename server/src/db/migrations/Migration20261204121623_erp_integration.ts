import { Migration } from '@mikro-orm/migrations';

export class Migration20261204121623_erp_integration extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "erp_kind" as enum ('DEVELOPMENT', 'BLOCK', 'STAGE', 'UNIT', 'CUSTOMER', 'ASSOCIATION_TYPE', 'RESERVATION', 'CONTRACT_TYPE', 'CONTRACT', 'INSTALLMENT_PLAN', 'INSTALLMENT', 'BILL');`);
    this.addSql(`create type "sync_run_status" as enum ('RUNNING', 'SUCCEEDED', 'FAILED', 'ABANDONED');`);
    this.addSql(`create type "payment_method" as enum ('BOLETO', 'CARD');`);
    this.addSql(`create type "bill_status" as enum ('OPEN', 'PAID', 'CANCELLED');`);
    this.addSql(`create table "erp_key" ("id" uuid not null, "company_id" uuid not null, "kind" "erp_kind" not null, "code" text not null, "entity_id" uuid not null, constraint "erp_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "erp_key" add constraint "erp_key_entity_id_unique" unique ("entity_id");`);
    this.addSql(`alter table "erp_key" add constraint "erp_key_company_id_kind_code_unique" unique ("company_id", "kind", "code");`);

    this.addSql(`create table "sync_batch" ("id" uuid not null, "company_id" uuid not null, "idempotency_key" text not null, "kind" "erp_kind" not null, "body_hash" text not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "sync_batch_pkey" primary key ("id"));`);
    this.addSql(`alter table "sync_batch" add constraint "sync_batch_company_id_idempotency_key_unique" unique ("company_id", "idempotency_key");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "scopes" text[] not null, "token_hash" text not null, "prefix" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_company_id_created_at_index" on "api_token" ("company_id", "created_at");`);

    this.addSql(`create table "sync_run" ("id" uuid not null, "company_id" uuid not null, "status" "sync_run_status" not null, "note" text null, "started_by_token_id" uuid null, "started_by_account_id" uuid null, "started_at" timestamptz not null, "finished_at" timestamptz null, "last_activity_at" timestamptz not null, "batches" int not null default 0, "inserted" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "failed_rows" int not null default 0, constraint "sync_run_pkey" primary key ("id"));`);
    this.addSql(`create index "sync_run_company_id_started_at_index" on "sync_run" ("company_id", "started_at");`);

    this.addSql(`create table "sync_run_error" ("id" uuid not null, "run_id" uuid not null, "kind" "erp_kind" not null, "row_index" int not null, "erp_code" text null, "field" text null, "code" text not null, "message" text not null, "row" jsonb not null, "at" timestamptz not null, constraint "sync_run_error_pkey" primary key ("id"));`);
    this.addSql(`create index "sync_run_error_run_id_at_index" on "sync_run_error" ("run_id", "at");`);

    this.addSql(`create table "api_call" ("id" uuid not null, "token_id" uuid not null, "company_id" uuid not null, "operation" text not null, "at" timestamptz not null, "outcome" text not null, "rows" int not null, "ms" int not null, constraint "api_call_pkey" primary key ("id"));`);
    this.addSql(`create index "api_call_company_id_at_index" on "api_call" ("company_id", "at");`);
    this.addSql(`create index "api_call_token_id_at_index" on "api_call" ("token_id", "at");`);

    this.addSql(`create table "installment_plan" ("id" uuid not null, "company_code" text null, "development_code" text null, "unit_code" text null, "customer_code" text null, "sale_code" text null, "company_id" uuid not null, "reservation_id" uuid null, "erp_code" text not null, "series" text not null, "payment_method" "payment_method" not null default 'BOLETO', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "installment_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "installment_plan_reservation_id_index" on "installment_plan" ("reservation_id");`);

    this.addSql(`create table "installment" ("id" uuid not null, "company_code" text null, "development_code" text null, "unit_code" text null, "customer_code" text null, "sale_code" text null, "company_id" uuid not null, "plan_id" uuid not null, "erp_code" text not null, "number" int not null, "due_date" date not null, "amount_cents" bigint not null, "paid_cents" bigint null, "paid_at" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "installment_pkey" primary key ("id"));`);
    this.addSql(`create index "installment_plan_id_due_date_index" on "installment" ("plan_id", "due_date");`);

    this.addSql(`create table "bill" ("id" uuid not null, "company_code" text null, "development_code" text null, "unit_code" text null, "customer_code" text null, "sale_code" text null, "company_id" uuid not null, "erp_code" text not null, "installment_id" uuid null, "reservation_id" uuid null, "customer_id" uuid null, "due_date" date not null, "amount_cents" bigint not null, "digitable_line" text not null, "pix_code" text null, "status" "bill_status" not null, "superseded_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "bill_pkey" primary key ("id"));`);
    this.addSql(`create index "bill_customer_id_due_date_index" on "bill" ("customer_id", "due_date");`);
    this.addSql(`create index "bill_reservation_id_due_date_index" on "bill" ("reservation_id", "due_date");`);

    this.addSql(`alter table "erp_key" add constraint "erp_key_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sync_batch" add constraint "sync_batch_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sync_run" add constraint "sync_run_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sync_run" add constraint "sync_run_started_by_token_id_foreign" foreign key ("started_by_token_id") references "api_token" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sync_run" add constraint "sync_run_started_by_account_id_foreign" foreign key ("started_by_account_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sync_run_error" add constraint "sync_run_error_run_id_foreign" foreign key ("run_id") references "sync_run" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_call" add constraint "api_call_token_id_foreign" foreign key ("token_id") references "api_token" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_call" add constraint "api_call_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "installment_plan" add constraint "installment_plan_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "installment_plan" add constraint "installment_plan_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "installment" add constraint "installment_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "installment" add constraint "installment_plan_id_foreign" foreign key ("plan_id") references "installment_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "bill" add constraint "bill_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill" add constraint "bill_installment_id_foreign" foreign key ("installment_id") references "installment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bill" add constraint "bill_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bill" add constraint "bill_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bill" add constraint "bill_superseded_by_id_foreign" foreign key ("superseded_by_id") references "bill" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "company" add column "erp_code" text null;`);

    this.addSql(`alter table "association_type" add column "erp_code" text null;`);

    this.addSql(`alter table "contract_type" add column "erp_code" text null;`);

    this.addSql(`alter table "block" add column "erp_code" text null;`);

    // R-SYNC-3: the ERP reads the outbox in this order; messages already there keep theirs.
    this.addSql(`create sequence "outbox_message_position_seq";`);
    this.addSql(`alter table "outbox_message" add column "position" bigint null;`);
    this.addSql(`update "outbox_message" o set "position" = n.rn from (select "id", row_number() over (order by "created_at", "id") as rn from "outbox_message") n where n."id" = o."id";`);
    this.addSql(`select setval('outbox_message_position_seq', coalesce((select max("position") from "outbox_message"), 0) + 1, false);`);
    this.addSql(`alter table "outbox_message" alter column "position" set default nextval('outbox_message_position_seq'), alter column "position" set not null;`);
    this.addSql(`alter sequence "outbox_message_position_seq" owned by "outbox_message"."position";`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_position_unique" unique ("position");`);

    this.addSql(`alter table "stage" add column "erp_code" text null;`);

    this.addSql(`alter table "contract" add column "erp_code" text null;`);

    // R-SYNC-4: one running sync per company — a lock in the database, that outlives a crashed process.
    this.addSql(`create unique index "sync_run_one_running_per_company" on "sync_run" ("company_id") where "status" = 'RUNNING';`);

    // R-SYNC-2: the ERP codes already in the data (the demo's, or set by hand) name their records from now on.
    this.addSql(`insert into "erp_key" ("id", "company_id", "kind", "code", "entity_id") select gen_random_uuid(), "company_id", 'DEVELOPMENT', "erp_code", "id" from "development" where "erp_code" is not null on conflict do nothing;`);
    this.addSql(`insert into "erp_key" ("id", "company_id", "kind", "code", "entity_id") select gen_random_uuid(), "company_id", 'CUSTOMER', "erp_code", "id" from "customer" where "erp_code" is not null on conflict do nothing;`);
    this.addSql(`insert into "erp_key" ("id", "company_id", "kind", "code", "entity_id") select gen_random_uuid(), d."company_id", 'UNIT', u."erp_code", u."id" from "unit" u join "development" d on d."id" = u."development_id" where u."erp_code" is not null on conflict do nothing;`);
    this.addSql(`insert into "erp_key" ("id", "company_id", "kind", "code", "entity_id") select gen_random_uuid(), d."company_id", 'RESERVATION', r."erp_code", r."id" from "reservation" r join "unit" u on u."id" = r."unit_id" join "development" d on d."id" = u."development_id" where r."erp_code" is not null on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "sync_run_one_running_per_company";`);
    this.addSql(`alter table "sync_run" drop constraint "sync_run_started_by_token_id_foreign";`);

    this.addSql(`alter table "api_call" drop constraint "api_call_token_id_foreign";`);

    this.addSql(`alter table "sync_run_error" drop constraint "sync_run_error_run_id_foreign";`);

    this.addSql(`alter table "installment" drop constraint "installment_plan_id_foreign";`);

    this.addSql(`alter table "bill" drop constraint "bill_installment_id_foreign";`);

    this.addSql(`alter table "bill" drop constraint "bill_superseded_by_id_foreign";`);

    this.addSql(`drop table if exists "erp_key" cascade;`);

    this.addSql(`drop table if exists "sync_batch" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "sync_run" cascade;`);

    this.addSql(`drop table if exists "sync_run_error" cascade;`);

    this.addSql(`drop table if exists "api_call" cascade;`);

    this.addSql(`drop table if exists "installment_plan" cascade;`);

    this.addSql(`drop table if exists "installment" cascade;`);

    this.addSql(`drop table if exists "bill" cascade;`);

    this.addSql(`alter table "association_type" drop column "erp_code";`);

    this.addSql(`alter table "block" drop column "erp_code";`);

    this.addSql(`alter table "company" drop column "erp_code";`);

    this.addSql(`alter table "contract" drop column "erp_code";`);

    this.addSql(`alter table "contract_type" drop column "erp_code";`);

    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_position_unique";`);
    this.addSql(`alter table "outbox_message" drop column "position";`);
    this.addSql(`drop sequence if exists "outbox_message_position_seq";`);

    this.addSql(`alter table "stage" drop column "erp_code";`);

    this.addSql(`drop type "erp_kind";`);
    this.addSql(`drop type "sync_run_status";`);
    this.addSql(`drop type "payment_method";`);
    this.addSql(`drop type "bill_status";`);
  }

}
