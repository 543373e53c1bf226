import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';

/** Who set a billing block. */
export enum BillingBlockSource {
  ERP = 'ERP',
  STAFF = 'STAFF',
}
registerEnumType(BillingBlockSource, { name: 'BillingBlockSource', description: 'Quem bloqueou a emissão: o ERP ou a equipe.' });

/**
 * R-FIN-10: a billing block (bloqueio de emissão) on a development, or on one of its blocks:
 * while active, no new bill is issued there and open bills are held back from the portal;
 * the customer reads `reason`, and the explainer names the block.
 */
@Entity({ tableName: 'billing_block' })
@Index({ properties: ['development', 'active'] })
export class BillingBlock {
  [OptionalProps]?: 'id' | 'createdAt' | 'endedAt' | 'endedBy' | 'createdBy' | 'block' | 'erpCode' | 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  /** Null: the whole development. */
  @ManyToOne(() => Block, { nullable: true, deleteRule: 'cascade' })
  block?: Rel<Block> | null = null;

  /** In words the customer reads ("Obra em renegociação com o banco"). */
  @Property({ type: 'text' })
  reason!: string;

  @Enum({ items: () => BillingBlockSource, nativeEnumName: 'billing_block_source' })
  source!: BillingBlockSource;

  /** The ERP's code, for blocks the ERP sends. */
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** false: lifted — kept for the record, no longer applies. */
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** When and by whom staff lifted it. */
  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  endedBy?: Rel<Account> | null = null;
}
