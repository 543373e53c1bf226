import { Migration } from '@mikro-orm/migrations';

export class Migration20261123001015_development_status extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "development_status" as enum ('IN_PROGRESS', 'PAUSED', 'FINISHED');`);
    this.addSql(`alter table "development" add column "status" "development_status" not null default 'IN_PROGRESS';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "development" drop column "status";`);

    this.addSql(`drop type "development_status";`);
  }

}
