import { Migration } from '@mikro-orm/migrations';

export class Migration20261122225836_domain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "development_kind" as enum ('DEVELOPMENT', 'WORK');`);
    this.addSql(`create type "sla_unit" as enum ('HOURS', 'DAYS');`);
    this.addSql(`create type "request_kind" as enum ('SERVICE', 'ASSISTANCE');`);
    this.addSql(`create type "reservation_status" as enum ('IN_PROGRESS', 'SOLD', 'CANCELLED', 'RESCINDED');`);
    this.addSql(`create table "association_type" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "sees_units_in_portal" boolean not null default false, "sees_holder_bills" boolean not null default false, constraint "association_type_pkey" primary key ("id"));`);

    this.addSql(`create table "contract_type" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "visible_to_customer" boolean not null default true, constraint "contract_type_pkey" primary key ("id"));`);

    this.addSql(`create table "customer" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "document" text not null, "email" text null, "phone" text null, "erp_code" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer" add constraint "customer_company_id_document_unique" unique ("company_id", "document");`);

    this.addSql(`create table "development" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "kind" "development_kind" not null default 'DEVELOPMENT', "delivery_date" date null, "allow_service_requests" boolean not null default true, "allow_assistance_requests" boolean not null default true, "erp_code" text null, "created_at" timestamptz not null, constraint "development_pkey" primary key ("id"));`);

    this.addSql(`create table "common_area" ("id" uuid not null, "development_id" uuid not null, "name" text not null, constraint "common_area_pkey" primary key ("id"));`);

    this.addSql(`create table "block" ("id" uuid not null, "development_id" uuid not null, "name" text not null, "active" boolean not null default true, constraint "block_pkey" primary key ("id"));`);

    this.addSql(`create table "location" ("id" uuid not null, "development_id" uuid not null, "name" text not null, constraint "location_pkey" primary key ("id"));`);

    this.addSql(`create table "portal_development" ("portal_id" uuid not null, "development_id" uuid not null, constraint "portal_development_pkey" primary key ("portal_id", "development_id"));`);

    this.addSql(`create table "portal_domain_development" ("portal_domain_id" uuid not null, "development_id" uuid not null, constraint "portal_domain_development_pkey" primary key ("portal_domain_id", "development_id"));`);

    this.addSql(`create table "stage" ("id" uuid not null, "development_id" uuid not null, "name" text not null, "active" boolean not null default true, constraint "stage_pkey" primary key ("id"));`);

    this.addSql(`create table "subject" ("id" uuid not null, "company_id" uuid not null, "kind" "request_kind" not null, "name" text not null, "active" boolean not null default true, constraint "subject_pkey" primary key ("id"));`);

    this.addSql(`create table "subsubject" ("id" uuid not null, "subject_id" uuid not null, "name" text not null, "portal_display_name" text null, "active" boolean not null default true, constraint "subsubject_pkey" primary key ("id"));`);

    this.addSql(`create table "syndic" ("id" uuid not null, "company_id" uuid not null, "development_id" uuid not null, "name" text not null, constraint "syndic_pkey" primary key ("id"));`);

    this.addSql(`create table "syndic_file" ("id" uuid not null, "development_id" uuid null, "syndic_id" uuid null, "name" text not null, "url" text not null, "created_at" timestamptz not null, constraint "syndic_file_pkey" primary key ("id"));`);

    this.addSql(`create table "unit" ("id" uuid not null, "development_id" uuid not null, "block_id" uuid null, "stage_id" uuid null, "name" text not null, "erp_code" text null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_development_id_index" on "unit" ("development_id");`);

    this.addSql(`create table "reservation" ("id" uuid not null, "unit_id" uuid not null, "holder_id" uuid not null, "status" "reservation_status" not null, "erp_code" text null, "created_at" timestamptz not null, constraint "reservation_pkey" primary key ("id"));`);
    this.addSql(`create index "reservation_holder_id_index" on "reservation" ("holder_id");`);
    this.addSql(`create index "reservation_unit_id_index" on "reservation" ("unit_id");`);

    this.addSql(`create table "reservation_associate" ("id" uuid not null, "reservation_id" uuid not null, "customer_id" uuid not null, "association_type_id" uuid not null, constraint "reservation_associate_pkey" primary key ("id"));`);
    this.addSql(`create index "reservation_associate_customer_id_index" on "reservation_associate" ("customer_id");`);
    this.addSql(`alter table "reservation_associate" add constraint "reservation_associate_reservation_id_customer_id_unique" unique ("reservation_id", "customer_id");`);

    this.addSql(`create table "contract" ("id" uuid not null, "reservation_id" uuid not null, "type_id" uuid not null, "title" text not null, "signed" boolean not null default false, "validated" boolean not null default false, "signed_at" timestamptz null, "document_url" text null, "created_at" timestamptz not null, constraint "contract_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_reservation_id_index" on "contract" ("reservation_id");`);

    this.addSql(`create table "workflow" ("id" uuid not null, "company_id" uuid not null, "kind" "request_kind" not null, "name" text not null, "show_finished_in_portal" boolean not null default false, constraint "workflow_pkey" primary key ("id"));`);
    this.addSql(`alter table "workflow" add constraint "workflow_company_id_kind_unique" unique ("company_id", "kind");`);

    this.addSql(`create table "workflow_status" ("id" uuid not null, "workflow_id" uuid not null, "name" text not null, "is_final" boolean not null default false, "is_initial" boolean not null default false, "position" int not null, constraint "workflow_status_pkey" primary key ("id"));`);

    this.addSql(`create table "request" ("id" uuid not null, "company_id" uuid not null, "number" int not null, "kind" "request_kind" not null, "development_id" uuid not null, "unit_id" uuid null, "common_area_id" uuid null, "location_id" uuid null, "subject_id" uuid not null, "subsubject_id" uuid not null, "status_id" uuid not null, "opened_by_id" uuid not null, "description" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "finished_at" timestamptz null, constraint "request_pkey" primary key ("id"));`);
    this.addSql(`create index "request_opened_by_id_index" on "request" ("opened_by_id");`);
    this.addSql(`create index "request_company_id_created_at_index" on "request" ("company_id", "created_at");`);
    this.addSql(`create index "request_unit_id_index" on "request" ("unit_id");`);
    this.addSql(`alter table "request" add constraint "request_company_id_number_unique" unique ("company_id", "number");`);

    this.addSql(`create table "request_status_change" ("id" uuid not null, "request_id" uuid not null, "from_status_id" uuid null, "to_status_id" uuid not null, "changed_by_id" uuid null, "comment" text null, "at" timestamptz not null, constraint "request_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "request_status_change_request_id_at_index" on "request_status_change" ("request_id", "at");`);

    this.addSql(`alter table "association_type" add constraint "association_type_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contract_type" add constraint "contract_type_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer" add constraint "customer_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "development" add constraint "development_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "common_area" add constraint "common_area_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "block" add constraint "block_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "location" add constraint "location_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portal_development" add constraint "portal_development_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portal_development" add constraint "portal_development_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portal_domain_development" add constraint "portal_domain_development_portal_domain_id_foreign" foreign key ("portal_domain_id") references "portal_domain" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portal_domain_development" add constraint "portal_domain_development_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stage" add constraint "stage_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "subject" add constraint "subject_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "subsubject" add constraint "subsubject_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "syndic" add constraint "syndic_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "syndic" add constraint "syndic_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "syndic_file" add constraint "syndic_file_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "syndic_file" add constraint "syndic_file_syndic_id_foreign" foreign key ("syndic_id") references "syndic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "unit" add constraint "unit_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unit" add constraint "unit_block_id_foreign" foreign key ("block_id") references "block" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "unit" add constraint "unit_stage_id_foreign" foreign key ("stage_id") references "stage" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reservation" add constraint "reservation_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reservation" add constraint "reservation_holder_id_foreign" foreign key ("holder_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "reservation_associate" add constraint "reservation_associate_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reservation_associate" add constraint "reservation_associate_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reservation_associate" add constraint "reservation_associate_association_type_id_foreign" foreign key ("association_type_id") references "association_type" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "contract" add constraint "contract_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_type_id_foreign" foreign key ("type_id") references "contract_type" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "workflow" add constraint "workflow_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workflow_status" add constraint "workflow_status_workflow_id_foreign" foreign key ("workflow_id") references "workflow" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "request" add constraint "request_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request" add constraint "request_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request" add constraint "request_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request" add constraint "request_common_area_id_foreign" foreign key ("common_area_id") references "common_area" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "request" add constraint "request_location_id_foreign" foreign key ("location_id") references "location" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "request" add constraint "request_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request" add constraint "request_subsubject_id_foreign" foreign key ("subsubject_id") references "subsubject" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request" add constraint "request_status_id_foreign" foreign key ("status_id") references "workflow_status" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request" add constraint "request_opened_by_id_foreign" foreign key ("opened_by_id") references "account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "request_status_change" add constraint "request_status_change_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_status_change" add constraint "request_status_change_from_status_id_foreign" foreign key ("from_status_id") references "workflow_status" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request_status_change" add constraint "request_status_change_to_status_id_foreign" foreign key ("to_status_id") references "workflow_status" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request_status_change" add constraint "request_status_change_changed_by_id_foreign" foreign key ("changed_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "company" add column "request_seq" int not null default 0;`);

    this.addSql(`alter table "portal" add column "require_data_confirmation" boolean not null default false, add column "show_scheduling" boolean not null default false, add column "show_service_menu" boolean not null default true, add column "show_assistance_menu" boolean not null default true, add column "show_benefits" boolean not null default false, add column "show_faq" boolean not null default false, add column "show_surveys" boolean not null default false, add column "show_refer_friend" boolean not null default false, add column "show_address_confirmation" boolean not null default false, add column "show_pending_proposals_popup" boolean not null default false, add column "show_pending_pre_registrations_popup" boolean not null default false, add column "show_location" boolean not null default false, add column "show_syndic_access" boolean not null default false, add column "show_common_area" boolean not null default false, add column "show_delivery_forecast" boolean not null default false, add column "show_contracts" boolean not null default true, add column "finished_assistance_sla_minutes" int not null default 10080, add column "finished_assistance_sla_unit" "sla_unit" not null default 'DAYS', add column "login_text1" text null, add column "login_text2" text null, add column "white_label_name" text null, add column "logo_url" text null, add column "primary_color" text null, add column "secondary_color" text null;`);

    this.addSql(`alter table "account" add column "customer_id" uuid null, add column "syndic_id" uuid null;`);
    this.addSql(`alter table "account" add constraint "account_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account" add constraint "account_syndic_id_foreign" foreign key ("syndic_id") references "syndic" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account" add constraint "account_customer_id_unique" unique ("customer_id");`);
    this.addSql(`alter table "account" add constraint "account_syndic_id_unique" unique ("syndic_id");`);

    // Written by hand: invariants the entities cannot express.
    this.addSql(`alter table "syndic_file" add constraint "syndic_file_owner_check" check (("development_id" is null) <> ("syndic_id" is null));`);
    this.addSql(`alter table "request" add constraint "request_target_check" check ("unit_id" is not null or "common_area_id" is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "reservation_associate" drop constraint "reservation_associate_association_type_id_foreign";`);

    this.addSql(`alter table "contract" drop constraint "contract_type_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_customer_id_foreign";`);

    this.addSql(`alter table "reservation" drop constraint "reservation_holder_id_foreign";`);

    this.addSql(`alter table "reservation_associate" drop constraint "reservation_associate_customer_id_foreign";`);

    this.addSql(`alter table "common_area" drop constraint "common_area_development_id_foreign";`);

    this.addSql(`alter table "block" drop constraint "block_development_id_foreign";`);

    this.addSql(`alter table "location" drop constraint "location_development_id_foreign";`);

    this.addSql(`alter table "portal_development" drop constraint "portal_development_development_id_foreign";`);

    this.addSql(`alter table "portal_domain_development" drop constraint "portal_domain_development_development_id_foreign";`);

    this.addSql(`alter table "stage" drop constraint "stage_development_id_foreign";`);

    this.addSql(`alter table "syndic" drop constraint "syndic_development_id_foreign";`);

    this.addSql(`alter table "syndic_file" drop constraint "syndic_file_development_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_development_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_development_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_common_area_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_block_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_location_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_stage_id_foreign";`);

    this.addSql(`alter table "subsubject" drop constraint "subsubject_subject_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_subject_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_subsubject_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_syndic_id_foreign";`);

    this.addSql(`alter table "syndic_file" drop constraint "syndic_file_syndic_id_foreign";`);

    this.addSql(`alter table "reservation" drop constraint "reservation_unit_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_unit_id_foreign";`);

    this.addSql(`alter table "reservation_associate" drop constraint "reservation_associate_reservation_id_foreign";`);

    this.addSql(`alter table "contract" drop constraint "contract_reservation_id_foreign";`);

    this.addSql(`alter table "workflow_status" drop constraint "workflow_status_workflow_id_foreign";`);

    this.addSql(`alter table "request" drop constraint "request_status_id_foreign";`);

    this.addSql(`alter table "request_status_change" drop constraint "request_status_change_from_status_id_foreign";`);

    this.addSql(`alter table "request_status_change" drop constraint "request_status_change_to_status_id_foreign";`);

    this.addSql(`alter table "request_status_change" drop constraint "request_status_change_request_id_foreign";`);

    this.addSql(`drop table if exists "association_type" cascade;`);

    this.addSql(`drop table if exists "contract_type" cascade;`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "development" cascade;`);

    this.addSql(`drop table if exists "common_area" cascade;`);

    this.addSql(`drop table if exists "block" cascade;`);

    this.addSql(`drop table if exists "location" cascade;`);

    this.addSql(`drop table if exists "portal_development" cascade;`);

    this.addSql(`drop table if exists "portal_domain_development" cascade;`);

    this.addSql(`drop table if exists "stage" cascade;`);

    this.addSql(`drop table if exists "subject" cascade;`);

    this.addSql(`drop table if exists "subsubject" cascade;`);

    this.addSql(`drop table if exists "syndic" cascade;`);

    this.addSql(`drop table if exists "syndic_file" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "reservation" cascade;`);

    this.addSql(`drop table if exists "reservation_associate" cascade;`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`drop table if exists "workflow" cascade;`);

    this.addSql(`drop table if exists "workflow_status" cascade;`);

    this.addSql(`drop table if exists "request" cascade;`);

    this.addSql(`drop table if exists "request_status_change" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_customer_id_unique";`);
    this.addSql(`alter table "account" drop constraint "account_syndic_id_unique";`);
    this.addSql(`alter table "account" drop column "customer_id", drop column "syndic_id";`);

    this.addSql(`alter table "company" drop column "request_seq";`);

    this.addSql(`alter table "portal" drop column "require_data_confirmation", drop column "show_scheduling", drop column "show_service_menu", drop column "show_assistance_menu", drop column "show_benefits", drop column "show_faq", drop column "show_surveys", drop column "show_refer_friend", drop column "show_address_confirmation", drop column "show_pending_proposals_popup", drop column "show_pending_pre_registrations_popup", drop column "show_location", drop column "show_syndic_access", drop column "show_common_area", drop column "show_delivery_forecast", drop column "show_contracts", drop column "finished_assistance_sla_minutes", drop column "finished_assistance_sla_unit", drop column "login_text1", drop column "login_text2", drop column "white_label_name", drop column "logo_url", drop column "primary_color", drop column "secondary_color";`);

    this.addSql(`drop type "development_kind";`);
    this.addSql(`drop type "sla_unit";`);
    this.addSql(`drop type "request_kind";`);
    this.addSql(`drop type "reservation_status";`);
  }

}
