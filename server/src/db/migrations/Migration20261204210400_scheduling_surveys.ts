import { Migration } from '@mikro-orm/migrations';

/**
 * Agendamentos (slots and bookings) and Pesquisa (surveys and answers), SPEC §11.
 * No double booking, enforced here: a slot has a capacity of one — a partial unique index allows one
 * BOOKED appointment per slot — and a unit one BOOKED appointment per kind. One answer per customer
 * and survey: a unique constraint.
 */
export class Migration20261204210400_scheduling_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "appointment_kind" as enum ('VISTORIA', 'KEY_HANDOVER');`);
    this.addSql(`create type "appointment_status" as enum ('BOOKED', 'CANCELLED');`);
    this.addSql(`create type "survey_status" as enum ('DRAFT', 'PUBLISHED');`);

    this.addSql(`create table "appointment_slot" ("id" uuid not null, "development_id" uuid not null, "kind" "appointment_kind" not null, "starts_at" timestamptz not null, "duration_minutes" int not null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "appointment_slot_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_slot_development_id_starts_at_index" on "appointment_slot" ("development_id", "starts_at");`);
    this.addSql(`alter table "appointment_slot" add constraint "appointment_slot_development_kind_starts_unique" unique ("development_id", "kind", "starts_at");`);
    this.addSql(`alter table "appointment_slot" add constraint "appointment_slot_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment_slot" add constraint "appointment_slot_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "appointment" ("id" uuid not null, "slot_id" uuid not null, "kind" "appointment_kind" not null, "unit_id" uuid not null, "customer_id" uuid not null, "booked_by_id" uuid null, "status" "appointment_status" not null default 'BOOKED', "cancel_reason" text null, "cancelled_by_staff" boolean not null default false, "cancelled_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_unit_id_created_at_index" on "appointment" ("unit_id", "created_at");`);
    this.addSql(`create unique index "appointment_slot_booked_unique" on "appointment" ("slot_id") where "status" = 'BOOKED';`);
    this.addSql(`create unique index "appointment_unit_kind_booked_unique" on "appointment" ("unit_id", "kind") where "status" = 'BOOKED';`);
    this.addSql(`alter table "appointment" add constraint "appointment_slot_id_foreign" foreign key ("slot_id") references "appointment_slot" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_booked_by_id_foreign" foreign key ("booked_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "survey" ("id" uuid not null, "company_id" uuid not null, "development_id" uuid null, "title" text not null, "opens_on" date not null, "closes_on" date not null, "status" "survey_status" not null default 'DRAFT', "questions" jsonb not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "survey_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_company_id_closes_on_index" on "survey" ("company_id", "closes_on");`);
    this.addSql(`alter table "survey" add constraint "survey_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey" add constraint "survey_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "survey_id" uuid not null, "customer_id" uuid not null, "answered_by_id" uuid null, "answers" jsonb not null, "created_at" timestamptz not null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_customer_unique" unique ("survey_id", "customer_id");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_foreign" foreign key ("survey_id") references "survey" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_answered_by_id_foreign" foreign key ("answered_by_id") references "account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "survey_response" cascade;`);
    this.addSql(`drop table if exists "survey" cascade;`);
    this.addSql(`drop table if exists "appointment" cascade;`);
    this.addSql(`drop table if exists "appointment_slot" cascade;`);
    this.addSql(`drop type if exists "survey_status";`);
    this.addSql(`drop type if exists "appointment_status";`);
    this.addSql(`drop type if exists "appointment_kind";`);
  }

}
