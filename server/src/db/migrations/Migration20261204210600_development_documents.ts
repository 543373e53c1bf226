import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210600_development_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "document_category" as enum ('OWNER_MANUAL', 'SPECIFICATION', 'FLOOR_PLAN', 'CONDOMINIUM_RULES', 'WARRANTY', 'OTHER');`);
    this.addSql(`create table "development_document" ("id" uuid not null, "development_id" uuid not null, "block_id" uuid null, "unit_id" uuid null, "category" "document_category" not null, "title" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "development_document_pkey" primary key ("id"), constraint development_document_place_check check ("unit_id" is null or "block_id" is null));`);
    this.addSql(`create index "development_document_development_id_index" on "development_document" ("development_id");`);
    this.addSql(`alter table "development_document" add constraint "development_document_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_document" add constraint "development_document_block_id_foreign" foreign key ("block_id") references "block" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_document" add constraint "development_document_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "development_document" add constraint "development_document_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "development_document" cascade;`);
    this.addSql(`drop type "document_category";`);
  }

}
