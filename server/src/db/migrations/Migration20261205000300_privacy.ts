import { Migration } from '@mikro-orm/migrations';

/**
 * R-OPS-3 (LGPD): who of the staff read a customer's data (personal_data_access), the customer's
 * requests to delete their data and, for what must be kept, until when (deletion_request,
 * retained_record), and the company's data-protection officer (privacy_settings).
 */
export class Migration20261205000300_privacy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "personal_data_kind" as enum ('PROFILE', 'FINANCE', 'NOTIFICATIONS', 'DOCUMENTS', 'PRIVACY');`);
    this.addSql(`create table "personal_data_access" ("id" uuid not null, "company_id" uuid not null, "staff_id" uuid null, "staff_label" text not null, "customer_id" uuid not null,
      "kind" "personal_data_kind" not null, "at" timestamptz not null, "ip" text null, constraint "personal_data_access_pkey" primary key ("id"));`);
    this.addSql(`create index "personal_data_access_customer_at_index" on "personal_data_access" ("customer_id", "at" desc, "id" desc);`);
    this.addSql(`create index "personal_data_access_throttle_index" on "personal_data_access" ("staff_id", "customer_id", "kind", "at" desc);`);
    this.addSql(`alter table "personal_data_access" add constraint "personal_data_access_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "personal_data_access" add constraint "personal_data_access_staff_id_foreign" foreign key ("staff_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "personal_data_access" add constraint "personal_data_access_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`create type "deletion_request_status" as enum ('PENDING', 'COMPLETED', 'REFUSED');`);
    this.addSql(`create table "deletion_request" ("id" uuid not null, "company_id" uuid not null, "customer_id" uuid not null, "account_id" uuid null, "reason" text null,
      "status" "deletion_request_status" not null default 'PENDING', "requested_at" timestamptz not null, "decided_at" timestamptz null, "decided_by_id" uuid null, "decided_by_label" text null,
      "refusal_reason" text null, "retained_until" date null, constraint "deletion_request_pkey" primary key ("id"));`);
    this.addSql(`create unique index "deletion_request_pending_unique" on "deletion_request" ("customer_id") where "status" = 'PENDING';`);
    this.addSql(`create index "deletion_request_company_requested_index" on "deletion_request" ("company_id", "requested_at" desc, "id" desc);`);
    this.addSql(`alter table "deletion_request" add constraint "deletion_request_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deletion_request" add constraint "deletion_request_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deletion_request" add constraint "deletion_request_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "deletion_request" add constraint "deletion_request_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`create type "retained_record_kind" as enum ('CUSTOMER_DOCUMENT', 'CONTRACT', 'INSTALLMENT', 'BILL', 'REQUEST');`);
    this.addSql(`create table "retained_record" ("id" uuid not null, "company_id" uuid not null, "customer_id" uuid not null, "deletion_request_id" uuid not null, "kind" "retained_record_kind" not null,
      "record_id" uuid not null, "description" text not null, "legal_basis" text not null, "retain_until" date not null, "created_at" timestamptz not null,
      constraint "retained_record_pkey" primary key ("id"));`);
    this.addSql(`create index "retained_record_request_index" on "retained_record" ("deletion_request_id");`);
    this.addSql(`create index "retained_record_until_index" on "retained_record" ("company_id", "retain_until");`);
    this.addSql(`alter table "retained_record" add constraint "retained_record_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "retained_record" add constraint "retained_record_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "retained_record" add constraint "retained_record_deletion_request_id_foreign" foreign key ("deletion_request_id") references "deletion_request" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "privacy_settings" ("company_id" uuid not null, "dpo_name" text null, "dpo_email" text null, "dpo_phone" text null, "updated_at" timestamptz not null,
      constraint "privacy_settings_pkey" primary key ("company_id"));`);
    this.addSql(`alter table "privacy_settings" add constraint "privacy_settings_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "privacy_settings";`);
    this.addSql(`drop table if exists "retained_record";`);
    this.addSql(`drop table if exists "deletion_request";`);
    this.addSql(`drop table if exists "personal_data_access";`);
    this.addSql(`drop type "retained_record_kind"; drop type "deletion_request_status"; drop type "personal_data_kind";`);
  }

}
