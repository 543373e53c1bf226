import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Company } from '../company/company.entity.js';
import { ErpKind } from './erp-kind.js';

/**
 * R-SYNC-2: which record of Habite an ERP code names, per company and kind — one table for every
 * kind, so an upsert finds (or makes) the ids of a whole batch in one statement, and a reference
 * by code ("the unit of development EMP-001") resolves the same way.
 */
@Entity({ tableName: 'erp_key' })
@Unique({ properties: ['company', 'kind', 'code'] })
export class ErpKey {
  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Enum({ items: () => ErpKind, nativeEnumName: 'erp_kind' })
  kind!: ErpKind;

  @Property({ type: 'text' })
  code!: string;

  /** The record's id in its own table (a record has one code: the key of this table). */
  @PrimaryKey({ type: 'uuid' })
  entityId!: string;
}
