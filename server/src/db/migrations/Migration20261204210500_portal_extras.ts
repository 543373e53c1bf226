import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 13 part 7 (portal-extras/): banners of the client home (with their audience and image),
 * the Portal de benefícios, Indique um amigo, pending documentation of proposals and
 * pre-registrations (the sign-in notices) and address confirmations.
 */
export class Migration20261204210500_portal_extras extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "file_owner_kind" add value if not exists 'BANNER_IMAGE' after 'DEVELOPMENT_DOCUMENT';`);
    this.addSql(`create type "pending_documentation_kind" as enum ('PROPOSAL', 'PRE_REGISTRATION');`);

    this.addSql(`create table "banner" ("id" uuid not null, "portal_id" uuid not null, "title" text not null, "link" text null, "starts_on" date null, "ends_on" date null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "banner_pkey" primary key ("id"));`);
    this.addSql(`create index "banner_portal_id_index" on "banner" ("portal_id");`);
    this.addSql(`alter table "banner" add constraint "banner_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "banner_development" ("banner_id" uuid not null, "development_id" uuid not null, constraint "banner_development_pkey" primary key ("banner_id", "development_id"));`);
    this.addSql(`alter table "banner_development" add constraint "banner_development_banner_id_foreign" foreign key ("banner_id") references "banner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "banner_development" add constraint "banner_development_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "benefit" ("id" uuid not null, "portal_id" uuid not null, "partner" text not null, "title" text not null, "description" text not null, "discount" text null, "link" text null, "coupon" text null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "benefit_pkey" primary key ("id"));`);
    this.addSql(`create index "benefit_portal_id_index" on "benefit" ("portal_id");`);
    this.addSql(`alter table "benefit" add constraint "benefit_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "referral" ("id" uuid not null, "company_id" uuid not null, "portal_id" uuid not null, "customer_id" uuid not null, "account_id" uuid not null, "friend_name" text not null, "phone" text null, "email" text null, "development_id" uuid null, "consent_at" timestamptz not null, "created_at" timestamptz not null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_customer_id_created_at_index" on "referral" ("customer_id", "created_at");`);
    this.addSql(`alter table "referral" add constraint "referral_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "pending_documentation" ("id" uuid not null, "customer_id" uuid not null, "kind" "pending_documentation_kind" not null, "development_id" uuid not null, "description" text not null, "created_at" timestamptz not null, "resolved_at" timestamptz null, constraint "pending_documentation_pkey" primary key ("id"));`);
    this.addSql(`create index "pending_documentation_customer_id_resolved_at_index" on "pending_documentation" ("customer_id", "resolved_at");`);
    this.addSql(`alter table "pending_documentation" add constraint "pending_documentation_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pending_documentation" add constraint "pending_documentation_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "address_confirmation" ("id" uuid not null, "customer_id" uuid not null, "account_id" uuid not null, "customer_version" int not null, "confirmed_at" timestamptz not null, constraint "address_confirmation_pkey" primary key ("id"));`);
    this.addSql(`create index "address_confirmation_customer_id_confirmed_at_index" on "address_confirmation" ("customer_id", "confirmed_at");`);
    this.addSql(`alter table "address_confirmation" add constraint "address_confirmation_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "address_confirmation" add constraint "address_confirmation_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "address_confirmation" cascade;`);
    this.addSql(`drop table if exists "pending_documentation" cascade;`);
    this.addSql(`drop table if exists "referral" cascade;`);
    this.addSql(`drop table if exists "benefit" cascade;`);
    this.addSql(`drop table if exists "banner_development" cascade;`);
    this.addSql(`drop table if exists "banner" cascade;`);
    this.addSql(`drop type "pending_documentation_kind";`);
    this.addSql(`delete from "stored_file" where "owner_kind" = 'BANNER_IMAGE';`);
  }

}
