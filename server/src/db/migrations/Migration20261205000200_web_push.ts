import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14, Web Push: the browsers that receive a person's notifications (one row per browser,
 * its push service's endpoint unique), and the server's VAPID key pair — one row, made by the
 * first server that starts (push/vapid-keys.ts), so every instance signs with the same key.
 */
export class Migration20261205000200_web_push extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "push_subscription" ("id" uuid not null, "account_id" uuid not null, "endpoint" text not null, "p256dh" text not null, "auth" text not null,
      "user_agent_label" text not null, "created_at" timestamptz not null, "last_success_at" timestamptz null, constraint "push_subscription_pkey" primary key ("id"));`);
    this.addSql(`alter table "push_subscription" add constraint "push_subscription_endpoint_unique" unique ("endpoint");`);
    this.addSql(`create index "push_subscription_account_id_created_at_index" on "push_subscription" ("account_id", "created_at");`);
    this.addSql(`alter table "push_subscription" add constraint "push_subscription_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "web_push_vapid" ("id" boolean not null default true, "public_key" text not null, "private_key" text not null, "created_at" timestamptz not null,
      constraint "web_push_vapid_pkey" primary key ("id"), constraint "web_push_vapid_one_row" check ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "web_push_vapid";`);
    this.addSql(`drop table if exists "push_subscription";`);
  }

}
