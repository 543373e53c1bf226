import { Migration } from '@mikro-orm/migrations';
import PgBoss from 'pg-boss';

/**
 * Issue 14: the durable queue (pg-boss's own schema, made here so every database — and every test
 * database cloned from the template — has it before the server starts), notifications with their
 * once-only key (R-NOTIFY-3), preferences (R-NOTIFY-2), consents (R-OPS-3) and the server's secrets.
 */
export class Migration20261205000000_notifications extends Migration {

  override async up(): Promise<void> {
    // pg-boss's construction plan wraps itself in BEGIN/COMMIT; the migration is already a transaction.
    const boss = PgBoss.getConstructionPlans('pgboss').replace(/^\s*BEGIN;\s*$/m, '').replace(/^\s*COMMIT;\s*$/m, '');
    this.addSql(boss);

    this.addSql(`create type "notification_channel" as enum ('EMAIL', 'WHATSAPP', 'PUSH');`);
    this.addSql(`create type "notification_kind" as enum ('BILLS_DIGEST', 'REQUEST_STATUS', 'REQUEST_REPLY', 'WORK_LOG_ENTRY', 'BOOKING_CONFIRMED', 'BOOKING_REMINDER', 'INVITATION', 'MAGIC_LINK', 'ONE_TIME_CODE', 'STATEMENT');`);
    this.addSql(`create type "notification_status" as enum ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'SKIPPED');`);
    this.addSql(`create type "notification_frequency" as enum ('DAILY', 'WEEKLY');`);
    this.addSql(`create type "consent_purpose" as enum ('WHATSAPP', 'MARKETING', 'SURVEYS', 'REFERRAL');`);
    this.addSql(`create type "consent_source" as enum ('PORTAL', 'STAFF', 'ERP', 'CHANNEL');`);

    this.addSql(`create table "notification" ("id" uuid not null, "company_id" uuid not null, "account_id" uuid not null, "kind" "notification_kind" not null, "channel" "notification_channel" not null,
      "dedupe_key" text not null, "day" date not null, "status" "notification_status" not null default 'QUEUED', "content" jsonb null, "subject" text not null, "address" text null,
      "attempts" int not null default 0, "error" text null, "provider_message_id" text null, "wa_id" text null, "created_at" timestamptz not null, "sent_at" timestamptz null,
      "delivered_at" timestamptz null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_once" unique ("account_id", "dedupe_key", "channel", "day");`);
    this.addSql(`create index "notification_account_id_created_at_index" on "notification" ("account_id", "created_at");`);
    this.addSql(`create index "notification_provider_id_index" on "notification" ("provider_message_id");`);
    this.addSql(`alter table "notification" add constraint "notification_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "notification_preference" ("account_id" uuid not null, "email" boolean not null default true, "whatsapp" boolean not null default true, "push" boolean not null default true,
      "frequency" "notification_frequency" not null default 'DAILY', "work_log" boolean not null default false, "wa_id" text null, "updated_at" timestamptz not null, constraint "notification_preference_pkey" primary key ("account_id"));`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "consent" ("id" uuid not null, "company_id" uuid not null, "account_id" uuid not null, "purpose" "consent_purpose" not null, "text_version" text not null,
      "source" "consent_source" not null, "granted_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_source" "consent_source" null, constraint "consent_pkey" primary key ("id"));`);
    this.addSql(`create unique index "consent_in_force_unique" on "consent" ("account_id", "purpose") where "revoked_at" is null;`);
    this.addSql(`alter table "consent" add constraint "consent_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "consent" add constraint "consent_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    // Keys the server signs with (e-mail unsubscribe links), made once per database so every instance shares them.
    this.addSql(`create table "server_secret" ("name" text not null, "value" text not null, constraint "server_secret_pkey" primary key ("name"));`);
    this.addSql(`insert into "server_secret" ("name", "value") values ('unsubscribe', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "server_secret";`);
    this.addSql(`drop table if exists "consent";`);
    this.addSql(`drop table if exists "notification_preference";`);
    this.addSql(`drop table if exists "notification";`);
    this.addSql(`drop type "consent_source"; drop type "consent_purpose"; drop type "notification_frequency"; drop type "notification_status"; drop type "notification_kind"; drop type "notification_channel";`);
    this.addSql(`drop schema if exists pgboss cascade;`);
  }

}
