import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Company } from '../company/company.entity.js';
import { ErpKind } from './erp-kind.js';

/**
 * R-SYNC-2: an applied batch, by its idempotency key: the same key with the same body answers this
 * result again (nothing is written twice); with another body, CONFLICT.
 */
@Entity({ tableName: 'sync_batch' })
@Unique({ properties: ['company', 'idempotencyKey'] })
export class SyncBatch {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Enum({ items: () => ErpKind, nativeEnumName: 'erp_kind' })
  kind!: ErpKind;

  /** SHA-256 of the kind and the rows as sent. */
  @Property({ type: 'text' })
  bodyHash!: string;

  @Property({ type: 'jsonb' })
  result!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
