import { Migration } from '@mikro-orm/migrations';

/**
 * R-SYNC-2: `erp_key` is keyed by the record it names (`entity_id`, already unique) instead of an
 * id of its own that nothing read — one index fewer to write for every code an ERP batch brings.
 */
export class Migration20261206090000_erp_key_by_entity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "erp_key" drop constraint "erp_key_pkey";`);
    this.addSql(`alter table "erp_key" drop column "id";`);
    this.addSql(`alter table "erp_key" drop constraint "erp_key_entity_id_unique";`);
    this.addSql(`alter table "erp_key" add constraint "erp_key_pkey" primary key ("entity_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "erp_key" drop constraint "erp_key_pkey";`);
    this.addSql(`alter table "erp_key" add constraint "erp_key_entity_id_unique" unique ("entity_id");`);
    this.addSql(`alter table "erp_key" add column "id" uuid not null default gen_random_uuid();`);
    this.addSql(`alter table "erp_key" alter column "id" drop default;`);
    this.addSql(`alter table "erp_key" add constraint "erp_key_pkey" primary key ("id");`);
  }

}
