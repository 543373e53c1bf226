import { Migration } from '@mikro-orm/migrations';

/** Fale Conosco (SPEC §7: contact types, messages, pareceres) and the portal's FAQ (categories and entries). */
export class Migration20261204210300_contact_faq extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "contact_status" as enum ('PENDING', 'READ', 'NOTE', 'RESOLVED', 'CLOSED');`);

    this.addSql(`create table "contact_type" ("id" uuid not null, "company_id" uuid not null, "name" text not null, "active" boolean not null default true, "position" int not null default 0, constraint "contact_type_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_type_company_id_position_index" on "contact_type" ("company_id", "position");`);
    this.addSql(`alter table "contact_type" add constraint "contact_type_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "contact_message" ("id" uuid not null, "company_id" uuid not null, "portal_id" uuid null, "customer_id" uuid not null, "sent_by_id" uuid null, "unit_id" uuid null, "development_id" uuid null, "type_id" uuid not null, "subject" text not null, "body" text not null, "status" "contact_status" not null default 'PENDING', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "contact_message_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_message_company_id_created_at_index" on "contact_message" ("company_id", "created_at");`);
    this.addSql(`create index "contact_message_customer_id_created_at_index" on "contact_message" ("customer_id", "created_at");`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_sent_by_id_foreign" foreign key ("sent_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_development_id_foreign" foreign key ("development_id") references "development" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contact_message" add constraint "contact_message_type_id_foreign" foreign key ("type_id") references "contact_type" ("id") on update cascade;`);

    this.addSql(`create table "contact_opinion" ("id" uuid not null, "message_id" uuid not null, "author_id" uuid null, "status" "contact_status" not null, "text" text not null, "visible_to_customer" boolean not null, "created_at" timestamptz not null, constraint "contact_opinion_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_opinion_message_id_created_at_index" on "contact_opinion" ("message_id", "created_at");`);
    this.addSql(`alter table "contact_opinion" add constraint "contact_opinion_message_id_foreign" foreign key ("message_id") references "contact_message" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_opinion" add constraint "contact_opinion_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "faq_category" ("id" uuid not null, "portal_id" uuid not null, "name" text not null, "position" int not null default 0, "active" boolean not null default true, constraint "faq_category_pkey" primary key ("id"));`);
    this.addSql(`create index "faq_category_portal_id_position_index" on "faq_category" ("portal_id", "position");`);
    this.addSql(`alter table "faq_category" add constraint "faq_category_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "faq_entry" ("id" uuid not null, "category_id" uuid not null, "question" text not null, "answer" text not null, "position" int not null default 0, "active" boolean not null default true, "search_text" text not null, constraint "faq_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "faq_entry_category_id_position_index" on "faq_entry" ("category_id", "position");`);
    this.addSql(`alter table "faq_entry" add constraint "faq_entry_category_id_foreign" foreign key ("category_id") references "faq_category" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "faq_entry" cascade;`);
    this.addSql(`drop table if exists "faq_category" cascade;`);
    this.addSql(`drop table if exists "contact_opinion" cascade;`);
    this.addSql(`drop table if exists "contact_message" cascade;`);
    this.addSql(`drop table if exists "contact_type" cascade;`);
    this.addSql(`drop type if exists "contact_status";`);
  }

}
