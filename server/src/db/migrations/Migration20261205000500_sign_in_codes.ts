import { Migration } from '@mikro-orm/migrations';

/** R-AUTH-8: one-time sign-in codes, and the session method they open. */
export class Migration20261205000500_sign_in_codes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "session_method" add value if not exists 'ONE_TIME_CODE';`);
    this.addSql(`create table "sign_in_code" ("id" uuid not null, "account_id" uuid not null, "portal_id" uuid null, "hostname" text null, "code_hash" text not null, "salt" text not null,
      "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "attempts" int not null default 0, constraint "sign_in_code_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_code_account_id_created_at_index" on "sign_in_code" ("account_id", "created_at");`);
    this.addSql(`alter table "sign_in_code" add constraint "sign_in_code_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sign_in_code" add constraint "sign_in_code_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_code";`);
  }

}
