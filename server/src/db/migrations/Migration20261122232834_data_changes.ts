import { Migration } from '@mikro-orm/migrations';

export class Migration20261122232834_data_changes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "data_change_approval" as enum ('AUTOMATIC', 'MANUAL');`);
    this.addSql(`create type "custom_field_type" as enum ('TEXT', 'NUMBER', 'DATE');`);
    this.addSql(`create type "data_change_status" as enum ('PENDING', 'APPROVED', 'REJECTED', 'INACTIVE', 'DELETED');`);
    this.addSql(`create table "custom_field" ("id" uuid not null, "company_id" uuid not null, "key" text not null, "label" text not null, "type" "custom_field_type" not null default 'TEXT', "active" boolean not null default true, "position" int not null default 0, constraint "custom_field_pkey" primary key ("id"));`);
    this.addSql(`alter table "custom_field" add constraint "custom_field_company_id_key_unique" unique ("company_id", "key");`);

    this.addSql(`create table "outbox_message" ("id" uuid not null, "company_id" uuid not null, "topic" text not null, "payload" jsonb not null, "created_at" timestamptz not null, "acknowledged_at" timestamptz null, constraint "outbox_message_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_message_company_id_acknowledged_at_index" on "outbox_message" ("company_id", "acknowledged_at");`);

    this.addSql(`create table "data_change_request" ("id" uuid not null, "company_id" uuid not null, "customer_id" uuid not null, "requested_by_id" uuid null, "status" "data_change_status" not null, "original" jsonb not null, "proposed" jsonb not null, "base_version" int not null, "rejection_reason" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "created_at" timestamptz not null, constraint "data_change_request_pkey" primary key ("id"));`);
    this.addSql(`create index "data_change_request_customer_id_index" on "data_change_request" ("customer_id");`);
    this.addSql(`create index "data_change_request_company_id_created_at_index" on "data_change_request" ("company_id", "created_at");`);

    this.addSql(`create table "contract_occurrence" ("id" uuid not null, "contract_id" uuid not null, "kind" text not null, "description" text not null, "by_id" uuid null, "at" timestamptz not null, constraint "contract_occurrence_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_occurrence_contract_id_at_index" on "contract_occurrence" ("contract_id", "at");`);

    this.addSql(`alter table "custom_field" add constraint "custom_field_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "outbox_message" add constraint "outbox_message_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "data_change_request" add constraint "data_change_request_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "data_change_request" add constraint "data_change_request_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "data_change_request" add constraint "data_change_request_requested_by_id_foreign" foreign key ("requested_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "data_change_request" add constraint "data_change_request_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract_occurrence" add constraint "contract_occurrence_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_occurrence" add constraint "contract_occurrence_by_id_foreign" foreign key ("by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "company" add column "data_change_approval" "data_change_approval" not null default 'MANUAL';`);

    this.addSql(`alter table "customer" add column "street" text null, add column "street_number" text null, add column "complement" text null, add column "district" text null, add column "city" text null, add column "state" text null, add column "postal_code" text null, add column "custom_fields" jsonb not null default '{}', add column "version" int not null default 1;`);

    this.addSql(`alter table "account" add column "data_confirmed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "custom_field" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "data_change_request" cascade;`);

    this.addSql(`drop table if exists "contract_occurrence" cascade;`);

    this.addSql(`alter table "account" drop column "data_confirmed_at";`);

    this.addSql(`alter table "company" drop column "data_change_approval";`);

    this.addSql(`alter table "customer" drop column "street", drop column "street_number", drop column "complement", drop column "district", drop column "city", drop column "state", drop column "postal_code", drop column "custom_fields", drop column "version";`);

    this.addSql(`drop type "data_change_approval";`);
    this.addSql(`drop type "custom_field_type";`);
    this.addSql(`drop type "data_change_status";`);
  }

}
