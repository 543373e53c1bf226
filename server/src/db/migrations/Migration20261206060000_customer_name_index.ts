import { Migration } from '@mikro-orm/migrations';

/**
 * A company's customers in name order (the staff's customer list, the impact preview's pages of
 * examples): read from an index, a page at a time, instead of sorting every customer of the company.
 */
export class Migration20261206060000_customer_name_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "customer_company_id_name_id_index" on "customer" ("company_id", "name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "customer_company_id_name_id_index";`);
  }

}
