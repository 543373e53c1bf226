import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210000_files_images extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "file_owner_kind" add value if not exists 'WORK_LOG_PHOTO' after 'PAYMENT_PROOF';`);
    this.addSql(`alter type "file_owner_kind" add value if not exists 'WORK_LOG_ATTACHMENT' after 'WORK_LOG_PHOTO';`);
    this.addSql(`alter type "file_owner_kind" add value if not exists 'REQUEST_PHOTO' after 'WORK_LOG_ATTACHMENT';`);
    this.addSql(`alter type "file_owner_kind" add value if not exists 'DEVELOPMENT_DOCUMENT' after 'REQUEST_PHOTO';`);
    this.addSql(`alter table "stored_file" add column "width" int null, add column "height" int null, add column "thumbnail_size" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stored_file" drop column "width", drop column "height", drop column "thumbnail_size";`);
    // Values cannot be removed from a PostgreSQL enum; unused ones stay.
  }

}
