import { Migration } from '@mikro-orm/migrations';

/** SPEC §9: the work log (Diário de Obra), the schedule (Cronograma), the portal's work-log statuses and the SEE_WORK_LOG permission. */
export class Migration20261204210100_works extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "work_log_status" as enum ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "work_weather" as enum ('SUNNY', 'CLOUDY', 'RAINY', 'STORMY');`);
    this.addSql(`create table "work_log_entry" ("id" uuid not null, "development_id" uuid not null, "block_id" uuid null, "date" date not null, "status" "work_log_status" not null default 'DRAFT', "weather" "work_weather" null, "occurrences" text not null default '', "labour" jsonb not null default '[]', "review_note" text null, "reviewed_at" timestamptz null, "reviewed_by_id" uuid null, "created_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "work_log_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "work_log_entry_development_id_date_index" on "work_log_entry" ("development_id", "date");`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_block_id_foreign" foreign key ("block_id") references "block" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "work_log_entry" add constraint "work_log_entry_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "schedule_task" ("id" uuid not null, "development_id" uuid not null, "name" text not null, "position" int not null default 0, "planned_start" date not null, "planned_end" date not null, "actual_start" date null, "actual_end" date null, "weight" int not null default 1, "progress" int not null default 0, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "schedule_task_pkey" primary key ("id"));`);
    this.addSql(`create index "schedule_task_development_id_position_index" on "schedule_task" ("development_id", "position");`);
    this.addSql(`alter table "schedule_task" add constraint "schedule_task_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portal" add column "work_log_statuses" text[] not null default '{APPROVED}';`);

    // R-WORK-3: new users get every permission; existing customers get "See work log" too.
    this.addSql(`alter table "account" alter column "portal_permissions" set default '{SEE_FINANCIAL,SEE_WORK_LOG,MARK_AS_PAID}';`);
    this.addSql(`update "account" set "portal_permissions" = array_append("portal_permissions", 'SEE_WORK_LOG') where not ('SEE_WORK_LOG' = any("portal_permissions"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "account" set "portal_permissions" = array_remove("portal_permissions", 'SEE_WORK_LOG');`);
    this.addSql(`alter table "account" alter column "portal_permissions" set default '{SEE_FINANCIAL,MARK_AS_PAID}';`);
    this.addSql(`alter table "portal" drop column "work_log_statuses";`);
    this.addSql(`drop table if exists "schedule_task" cascade;`);
    this.addSql(`drop table if exists "work_log_entry" cascade;`);
    this.addSql(`drop type "work_weather";`);
    this.addSql(`drop type "work_log_status";`);
  }

}
