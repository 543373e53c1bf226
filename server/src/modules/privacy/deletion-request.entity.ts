import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { DeletionRequestStatus, RetainedRecordKind } from './privacy.enums.js';

/** R-OPS-3: a customer asked to have their data deleted (LGPD art. 18, VI); staff carry it out or refuse it with a reason. */
@Entity({ tableName: 'deletion_request' })
@Index({ name: 'deletion_request_pending_unique', expression: `create unique index "deletion_request_pending_unique" on "deletion_request" ("customer_id") where "status" = 'PENDING'` })
export class DeletionRequest {
  [OptionalProps]?: 'id' | 'status' | 'reason' | 'decidedAt' | 'decidedBy' | 'decidedByLabel' | 'refusalReason' | 'retainedUntil' | 'account';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  /** The login that asked (null when it no longer exists). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  account?: Rel<Account> | null = null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null = null;

  @Enum({ items: () => DeletionRequestStatus, nativeEnumName: 'deletion_request_status' })
  status: DeletionRequestStatus = DeletionRequestStatus.PENDING;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<Account> | null = null;

  @Property({ type: 'text', nullable: true })
  decidedByLabel?: string | null = null;

  @Property({ type: 'text', nullable: true })
  refusalReason?: string | null = null;

  /** The last date until which something of this customer is kept (the latest retained record's); null when nothing is. */
  @Property({ type: 'date', nullable: true })
  retainedUntil?: string | null = null;
}

/** R-OPS-3: a record kept after a deletion, under a legal retention duty, until `retainUntil`. */
@Entity({ tableName: 'retained_record' })
export class RetainedRecord {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => DeletionRequest, { deleteRule: 'cascade' })
  deletionRequest!: Rel<DeletionRequest>;

  @Enum({ items: () => RetainedRecordKind, nativeEnumName: 'retained_record_kind' })
  kind!: RetainedRecordKind;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** The record in words ("Contrato de compra e venda · Apto 101", "Parcela 3 · vencimento 10/01/2027"). */
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text' })
  legalBasis!: string;

  @Property({ type: 'date' })
  retainUntil!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
