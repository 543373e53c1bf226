import { Migration } from '@mikro-orm/migrations';

/** R-AUTH-8: two-step verification for staff (TOTP and recovery codes), and the company's rule for ADMINs. */
export class Migration20261205010000_two_factor extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "totp_secret" text null, add column "totp_pending_secret" text null, add column "totp_enabled_at" timestamptz null, add column "totp_last_step" integer null;`);
    this.addSql(`alter table "company" add column "require_admin_two_factor" boolean not null default false;`);
    this.addSql(`create table "recovery_code" ("id" uuid not null, "account_id" uuid not null, "code_hash" text not null, "created_at" timestamptz not null, "used_at" timestamptz null,
      constraint "recovery_code_pkey" primary key ("id"));`);
    this.addSql(`create unique index "recovery_code_account_id_code_hash_unique" on "recovery_code" ("account_id", "code_hash");`);
    this.addSql(`alter table "recovery_code" add constraint "recovery_code_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "server_secret" ("name", "value") values ('two_factor', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')) on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recovery_code";`);
    this.addSql(`alter table "company" drop column "require_admin_two_factor";`);
    this.addSql(`alter table "account" drop column "totp_secret", drop column "totp_pending_secret", drop column "totp_enabled_at", drop column "totp_last_step";`);
    this.addSql(`delete from "server_secret" where "name" = 'two_factor';`);
  }

}
