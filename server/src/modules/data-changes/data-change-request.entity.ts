import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';

export enum DataChangeStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Superseded by a newer request of the same customer. */
  INACTIVE = 'INACTIVE',
  DELETED = 'DELETED',
}
registerEnumType(DataChangeStatus, { name: 'DataChangeStatus', description: 'R-DATA-3: situação de uma alteração cadastral.' });

/** How a person says each status, in a sentence ("Esta alteração já foi …"). */
export const DATA_CHANGE_STATUS_WORDS: Record<DataChangeStatus, string> = {
  PENDING: 'está pendente',
  APPROVED: 'foi aprovada',
  REJECTED: 'foi recusada',
  INACTIVE: 'foi substituída por um pedido mais novo do cliente',
  DELETED: 'foi excluída',
};

/** Registration values, by field name (built-in fields and `custom.<key>` for custom ones). */
export type DataValues = Record<string, string | null>;

/** Alteração cadastral (SPEC §6): the original values and the proposed ones, until someone decides. */
@Entity({ tableName: 'data_change_request' })
@Index({ properties: ['company', 'createdAt'] })
@Index({ properties: ['customer'] })
@ObjectType({ description: 'Alteração cadastral pedida por um cliente (R-DATA).' })
export class DataChangeRequest {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  requestedBy?: Rel<Account> | null;

  @Field(() => DataChangeStatus)
  @Enum({ items: () => DataChangeStatus, nativeEnumName: 'data_change_status' })
  status!: DataChangeStatus;

  /** The values of the changed fields when the request was made. */
  @Property({ type: 'jsonb' })
  original!: DataValues;

  /** The values asked for (staff may correct them before approving). */
  @Property({ type: 'jsonb' })
  proposed!: DataValues;

  /** The customer record version the request was made against (R-DATA-5). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  baseVersion!: number;

  @Field(() => String, { nullable: true, description: 'O motivo da recusa, que o cliente vê.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<Account> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
