import { Migration } from '@mikro-orm/migrations';

export class Migration20261201213240_subject_applies_to extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "subject_applies_to" as enum ('UNITS', 'COMMON_AREAS', 'BOTH');`);
    this.addSql(`alter table "subject" add column "applies_to" "subject_applies_to" not null default 'BOTH';`);

    this.addSql(`alter table "subsubject" add column "portal_display_names" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "subject" drop column "applies_to";`);

    this.addSql(`alter table "subsubject" drop column "portal_display_names";`);

    this.addSql(`drop type "subject_applies_to";`);
  }

}
