import { Migration } from '@mikro-orm/migrations';

export class Migration20261204163324_finance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "prepayment_method" as enum ('COMPOUND', 'SIMPLE');`);
    this.addSql(`create type "billing_block_source" as enum ('ERP', 'STAFF');`);
    this.addSql(`create type "finance_request_kind" as enum ('SECOND_COPY', 'PREPAYMENT');`);
    this.addSql(`create type "finance_request_status" as enum ('PENDING', 'ISSUED');`);
    this.addSql(`create type "bill_payer" as enum ('CUSTOMER', 'BUILDER');`);
    this.addSql(`create table "payment_card" ("id" uuid not null, "company_id" uuid not null, "customer_id" uuid not null, "token" text not null, "brand" text not null, "last4" text not null, "exp_month" int not null, "exp_year" int not null, "created_at" timestamptz not null, "removed_at" timestamptz null, constraint "payment_card_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_card_customer_id_index" on "payment_card" ("customer_id");`);

    this.addSql(`create table "billing_block" ("id" uuid not null, "company_id" uuid not null, "development_id" uuid not null, "block_id" uuid null, "reason" text not null, "source" "billing_block_source" not null, "erp_code" text null, "created_by_id" uuid null, "created_at" timestamptz not null, "ended_at" timestamptz null, "ended_by_id" uuid null, "active" boolean not null default true, constraint "billing_block_pkey" primary key ("id"));`);
    this.addSql(`create index "billing_block_development_id_active_index" on "billing_block" ("development_id", "active");`);

    this.addSql(`create table "finance_request" ("id" uuid not null, "company_id" uuid not null, "reservation_id" uuid not null, "customer_id" uuid not null, "account_id" uuid null, "kind" "finance_request_kind" not null, "status" "finance_request_status" not null default 'PENDING', "installment_ids" uuid[] not null, "total_cents" bigint not null, "present_value_cents" bigint null, "rate_basis_points" int null, "method" "prepayment_method" null, "bill_id" uuid null, "created_at" timestamptz not null, "issued_at" timestamptz null, constraint "finance_request_pkey" primary key ("id"));`);
    this.addSql(`create index "finance_request_reservation_id_status_index" on "finance_request" ("reservation_id", "status");`);

    this.addSql(`alter table "payment_card" add constraint "payment_card_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payment_card" add constraint "payment_card_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "billing_block" add constraint "billing_block_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "billing_block" add constraint "billing_block_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "billing_block" add constraint "billing_block_block_id_foreign" foreign key ("block_id") references "block" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "billing_block" add constraint "billing_block_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "billing_block" add constraint "billing_block_ended_by_id_foreign" foreign key ("ended_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "finance_request" add constraint "finance_request_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finance_request" add constraint "finance_request_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finance_request" add constraint "finance_request_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finance_request" add constraint "finance_request_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "company" add column "overdue_blocks_bills" boolean not null default false, add column "second_copy_allowed" boolean not null default true, add column "prepayment_allowed" boolean not null default false, add column "prepayment_rate_basis_points" int not null default 0, add column "prepayment_method" "prepayment_method" not null default 'COMPOUND', add column "card_payment_allowed" boolean not null default false;`);

    this.addSql(`alter table "portal" add column "show_financial" boolean not null default true, add column "show_standalone_bills" boolean not null default false, add column "associates_see_holder_bills" boolean not null default false, add column "tax_series" text[] not null default '{}', add column "show_customer_payments" boolean not null default true, add column "show_builder_payments" boolean not null default false;`);

    this.addSql(`alter type "file_owner_kind" add value if not exists 'PAYMENT_PROOF' after 'SYNDIC_FILE';`);
    this.addSql(`alter type "erp_kind" add value if not exists 'BILLING_BLOCK' after 'BILL';`);

    this.addSql(`alter table "installment_plan" add column "card_id" uuid null;`);

    this.addSql(`alter table "bill" add column "payer" "bill_payer" not null default 'CUSTOMER', add column "marked_paid_at" timestamptz null, add column "marked_paid_by_id" uuid null, add column "proof_file_id" uuid null, add column "finance_request_id" uuid null;`);
    this.addSql(`alter table "bill" add constraint "bill_marked_paid_by_id_foreign" foreign key ("marked_paid_by_id") references "account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_card" cascade;`);

    this.addSql(`drop table if exists "billing_block" cascade;`);

    this.addSql(`drop table if exists "finance_request" cascade;`);

    this.addSql(`alter table "bill" drop constraint "bill_marked_paid_by_id_foreign";`);

    this.addSql(`alter table "bill" drop column "payer", drop column "marked_paid_at", drop column "marked_paid_by_id", drop column "proof_file_id", drop column "finance_request_id";`);

    this.addSql(`alter table "company" drop column "overdue_blocks_bills", drop column "second_copy_allowed", drop column "prepayment_allowed", drop column "prepayment_rate_basis_points", drop column "prepayment_method", drop column "card_payment_allowed";`);

    this.addSql(`alter table "installment_plan" drop column "card_id";`);

    this.addSql(`alter table "portal" drop column "show_financial", drop column "show_standalone_bills", drop column "associates_see_holder_bills", drop column "tax_series", drop column "show_customer_payments", drop column "show_builder_payments";`);

    this.addSql(`drop type "prepayment_method";`);
    this.addSql(`drop type "billing_block_source";`);
    this.addSql(`drop type "finance_request_kind";`);
    this.addSql(`drop type "finance_request_status";`);
    this.addSql(`drop type "bill_payer";`);
  }

}
