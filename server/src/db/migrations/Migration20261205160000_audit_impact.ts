import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16, R-EXPLAIN-4: the audit entry of a change that can alter what customers see keeps what
 * it did to them — the counts its preview shows (visibility/impact/).
 */
export class Migration20261205160000_audit_impact extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_log" add column "impact" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_log" drop column if exists "impact";`);
  }

}
