import { Migration } from '@mikro-orm/migrations';

export class Migration20261122224436_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_kind" as enum ('CUSTOMER', 'SYNDIC', 'STAFF');`);
    this.addSql(`create type "staff_role" as enum ('ADMIN', 'MANAGER', 'AGENT');`);
    this.addSql(`create type "account_token_purpose" as enum ('INVITATION', 'MAGIC_LINK');`);
    this.addSql(`create type "session_method" as enum ('PASSWORD', 'MAGIC_LINK', 'INVITATION');`);
    this.addSql(`create table "company" ("id" uuid not null, "name" text not null, "document" text null, "created_at" timestamptz not null, constraint "company_pkey" primary key ("id"));`);

    this.addSql(`create table "account" ("id" uuid not null, "company_id" uuid not null, "kind" "account_kind" not null, "name" text not null, "email" text not null, "document" text null, "password_hash" text null, "login_active" boolean not null default true, "deactivated_at" timestamptz null, "deactivated_by_id" uuid null, "staff_role" "staff_role" null, "permissions" text[] not null default '{}', "expires_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`create unique index "account_staff_email_unique" on "account" ("email") where "kind" = 'STAFF';`);
    this.addSql(`alter table "account" add constraint "account_company_id_kind_document_unique" unique ("company_id", "kind", "document");`);
    this.addSql(`alter table "account" add constraint "account_company_id_kind_email_unique" unique ("company_id", "kind", "email");`);

    this.addSql(`create table "audit_log" ("id" uuid not null, "company_id" uuid null, "actor_id" uuid null, "actor_label" text not null, "action" text not null, "target_type" text not null, "target_id" text null, "before" jsonb null, "after" jsonb null, "ip" text null, "at" timestamptz not null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_target_type_target_id_index" on "audit_log" ("target_type", "target_id");`);
    this.addSql(`create index "audit_log_company_id_at_index" on "audit_log" ("company_id", "at");`);

    this.addSql(`create table "login_attempt" ("id" uuid not null, "identifier" text not null, "ip" text not null, "success" boolean not null, "at" timestamptz not null, constraint "login_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "login_attempt_ip_at_index" on "login_attempt" ("ip", "at");`);
    this.addSql(`create index "login_attempt_identifier_at_index" on "login_attempt" ("identifier", "at");`);

    this.addSql(`create table "portal" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "slug" text not null, "active" boolean not null default true, "login_enabled" boolean not null default true, "created_at" timestamptz not null, constraint "portal_pkey" primary key ("id"));`);
    this.addSql(`alter table "portal" add constraint "portal_slug_unique" unique ("slug");`);

    this.addSql(`create table "account_token" ("id" uuid not null, "token_hash" text not null, "account_id" uuid not null, "purpose" "account_token_purpose" not null, "portal_id" uuid null, "hostname" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "portal_domain" ("id" uuid not null, "portal_id" uuid not null, "hostname" text not null, constraint "portal_domain_pkey" primary key ("id"));`);
    this.addSql(`alter table "portal_domain" add constraint "portal_domain_hostname_unique" unique ("hostname");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" text not null, "account_id" uuid not null, "method" "session_method" not null, "portal_id" uuid null, "hostname" text null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" text null, "user_agent" text null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);

    this.addSql(`alter table "account" add constraint "account_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account" add constraint "account_deactivated_by_id_foreign" foreign key ("deactivated_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_log" add constraint "audit_log_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_log" add constraint "audit_log_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "portal" add constraint "portal_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account_token" add constraint "account_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_token" add constraint "account_token_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portal_domain" add constraint "portal_domain_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);

    // R-OPS-2: the audit log is append-only, whoever connects.
    this.addSql(`create function "audit_log_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$;`);
    this.addSql(`create trigger "audit_log_no_update_or_delete" before update or delete on "audit_log" for each row execute function "audit_log_append_only"();`);
    this.addSql(`create trigger "audit_log_no_truncate" before truncate on "audit_log" for each statement execute function "audit_log_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_log_no_truncate" on "audit_log";`);
    this.addSql(`drop trigger if exists "audit_log_no_update_or_delete" on "audit_log";`);
    this.addSql(`drop function if exists "audit_log_append_only"();`);

    this.addSql(`alter table "account" drop constraint "account_company_id_foreign";`);

    this.addSql(`alter table "audit_log" drop constraint "audit_log_company_id_foreign";`);

    this.addSql(`alter table "portal" drop constraint "portal_company_id_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_deactivated_by_id_foreign";`);

    this.addSql(`alter table "audit_log" drop constraint "audit_log_actor_id_foreign";`);

    this.addSql(`alter table "account_token" drop constraint "account_token_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`alter table "account_token" drop constraint "account_token_portal_id_foreign";`);

    this.addSql(`alter table "portal_domain" drop constraint "portal_domain_portal_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_portal_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "login_attempt" cascade;`);

    this.addSql(`drop table if exists "portal" cascade;`);

    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`drop table if exists "portal_domain" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop type "account_kind";`);
    this.addSql(`drop type "staff_role";`);
    this.addSql(`drop type "account_token_purpose";`);
    this.addSql(`drop type "session_method";`);
  }

}
