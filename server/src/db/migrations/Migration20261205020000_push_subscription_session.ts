import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14, R-OPS-3: a push subscription remembers the session it was made from, so signing out
 * of that device also stops its notifications (auth.service.ts signOut). Null for subscriptions
 * made before this column (they stay until turned off) and when the session row is gone.
 */
export class Migration20261205020000_push_subscription_session extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "push_subscription" add column "session_id" uuid null;`);
    this.addSql(`alter table "push_subscription" add constraint "push_subscription_session_id_foreign" foreign key ("session_id") references "session" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "push_subscription_session_id_index" on "push_subscription" ("session_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "push_subscription" drop column if exists "session_id";`);
  }

}
