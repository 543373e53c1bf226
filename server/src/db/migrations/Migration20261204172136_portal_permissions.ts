import { Migration } from '@mikro-orm/migrations';

export class Migration20261204172136_portal_permissions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "portal_permissions" text[] not null default '{SEE_FINANCIAL,MARK_AS_PAID}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop column "portal_permissions";`);
  }

}
