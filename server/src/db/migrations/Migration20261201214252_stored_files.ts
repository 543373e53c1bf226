import { Migration } from '@mikro-orm/migrations';

export class Migration20261201214252_stored_files extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "file_owner_kind" as enum ('CONTRACT_DOCUMENT', 'SYNDIC_FILE');`);
    this.addSql(`create table "stored_file" ("id" uuid not null, "company_id" uuid not null, "owner_kind" "file_owner_kind" not null, "owner_id" uuid null, "name" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_file_owner_kind_owner_id_index" on "stored_file" ("owner_kind", "owner_id");`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "syndic_file" alter column "url" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`alter table "syndic_file" alter column "url" set not null;`);

    this.addSql(`drop type "file_owner_kind";`);
  }

}
