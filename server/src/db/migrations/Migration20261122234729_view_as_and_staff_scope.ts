import { Migration } from '@mikro-orm/migrations';

export class Migration20261122234729_view_as_and_staff_scope extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "staff_development" ("account_id" uuid not null, "development_id" uuid not null, constraint "staff_development_pkey" primary key ("account_id", "development_id"));`);

    this.addSql(`alter table "staff_development" add constraint "staff_development_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "staff_development" add constraint "staff_development_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "session_method" add value if not exists 'VIEW_AS' after 'INVITATION';`);

    this.addSql(`alter table "session" add column "viewed_by_id" uuid null;`);
    this.addSql(`alter table "session" add constraint "session_viewed_by_id_foreign" foreign key ("viewed_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "account_token_purpose" add value if not exists 'VIEW_AS' after 'MAGIC_LINK';`);

    this.addSql(`alter table "account_token" add column "issued_by_id" uuid null;`);
    this.addSql(`alter table "account_token" add constraint "account_token_issued_by_id_foreign" foreign key ("issued_by_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_development" cascade;`);

    this.addSql(`alter table "account_token" drop constraint "account_token_issued_by_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_viewed_by_id_foreign";`);

    this.addSql(`alter table "account_token" drop column "issued_by_id";`);

    this.addSql(`alter table "session" drop column "viewed_by_id";`);
  }

}
