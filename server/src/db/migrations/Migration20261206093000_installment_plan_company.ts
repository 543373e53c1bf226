import { Migration } from '@mikro-orm/migrations';

/**
 * An installment's company is its plan's company (SPEC §8): one foreign key on both columns,
 * `(plan_id, company_id)` → `installment_plan (id, company_id)`, instead of one to the plan and
 * another to the company — which let an installment name a company that is not its plan's, and
 * cost PostgreSQL a second check on every installment an ERP batch writes (R-SYNC-2). The company
 * exists because the plan's does (its own foreign key); deleting either still deletes the installments.
 */
export class Migration20261206093000_installment_plan_company extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "installment_plan" add constraint "installment_plan_id_company_id_unique" unique ("id", "company_id");`);
    this.addSql(`alter table "installment" drop constraint "installment_company_id_foreign";`);
    this.addSql(`alter table "installment" drop constraint "installment_plan_id_foreign";`);
    this.addSql(`alter table "installment" add constraint "installment_plan_id_company_id_foreign" foreign key ("plan_id", "company_id") references "installment_plan" ("id", "company_id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "installment" drop constraint "installment_plan_id_company_id_foreign";`);
    this.addSql(`alter table "installment" add constraint "installment_plan_id_foreign" foreign key ("plan_id") references "installment_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "installment" add constraint "installment_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "installment_plan" drop constraint "installment_plan_id_company_id_unique";`);
  }

}
