import { Migration } from '@mikro-orm/migrations';

/** Requests, finished: the conversation (replies and internal notes), cancel, rating, assignee, the staff SLA clock. */
export class Migration20261204210200_request_conversation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "message_author_kind" as enum ('CUSTOMER', 'SYNDIC', 'STAFF');`);
    this.addSql(`create type "message_visibility" as enum ('PUBLIC', 'INTERNAL');`);
    this.addSql(`create table "request_message" ("id" uuid not null, "request_id" uuid not null, "author_id" uuid not null, "author_kind" "message_author_kind" not null, "body" text not null, "visibility" "message_visibility" not null, "created_at" timestamptz not null, constraint "request_message_pkey" primary key ("id"));`);
    this.addSql(`create index "request_message_request_id_created_at_index" on "request_message" ("request_id", "created_at");`);
    this.addSql(`alter table "request_message" add constraint "request_message_request_id_foreign" foreign key ("request_id") references "request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_message" add constraint "request_message_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "request" add column "assignee_id" uuid null, add column "rating_score" smallint null, add column "rating_comment" text null, add column "rated_at" timestamptz null;`);
    this.addSql(`alter table "request" add constraint "request_assignee_id_foreign" foreign key ("assignee_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "request" add constraint "request_rating_check" check ("rating_score" is null or ("rating_score" >= 1 and "rating_score" <= 5));`);

    this.addSql(`alter table "workflow_status" add column "is_cancellation" boolean not null default false;`);
    this.addSql(`create unique index "workflow_status_cancellation_unique" on "workflow_status" ("workflow_id") where "is_cancellation";`);
    this.addSql(`alter table "workflow" add column "due_hours" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "workflow" drop column "due_hours";`);
    this.addSql(`drop index "workflow_status_cancellation_unique";`);
    this.addSql(`alter table "workflow_status" drop column "is_cancellation";`);
    this.addSql(`alter table "request" drop constraint "request_rating_check";`);
    this.addSql(`alter table "request" drop constraint "request_assignee_id_foreign";`);
    this.addSql(`alter table "request" drop column "assignee_id", drop column "rating_score", drop column "rating_comment", drop column "rated_at";`);
    this.addSql(`drop table if exists "request_message" cascade;`);
    this.addSql(`drop type "message_visibility";`);
    this.addSql(`drop type "message_author_kind";`);
  }

}
