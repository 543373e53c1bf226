import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

/**
 * A message waiting for the ERP (R-SYNC-3): written in the same transaction as the change it
 * reports, read and acknowledged by the ERP. R-DATA-4: approved registration changes land here.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['company', 'acknowledgedAt'] })
export class OutboxMessage {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date | null;
}
