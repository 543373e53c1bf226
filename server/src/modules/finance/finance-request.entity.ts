import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Reservation } from '../customers/reservation.entity.js';
import { PrepaymentMethod } from './prepayment-method.js';

export enum FinanceRequestKind {
  /** 2ª via of an overdue bill. */
  SECOND_COPY = 'SECOND_COPY',
  /** R-FIN-11: antecipação of future installments. */
  PREPAYMENT = 'PREPAYMENT',
}
registerEnumType(FinanceRequestKind, { name: 'FinanceRequestKind', description: 'O que o cliente pediu ao ERP: 2ª via ou antecipação.' });

export enum FinanceRequestStatus {
  /** Waiting in the outbox or at the ERP: the portal shows "emitindo". */
  PENDING = 'PENDING',
  /** The ERP sent the bill that answers it. */
  ISSUED = 'ISSUED',
}
registerEnumType(FinanceRequestStatus, { name: 'FinanceRequestStatus', description: 'Pendente (o ERP está emitindo) ou emitido.' });

/**
 * A customer's request for a new bill (2ª via, antecipação), sent to the ERP through the outbox
 * (R-SYNC-3) in the same transaction; the ERP answers by sending the bill with `portalRequestId`.
 */
@Entity({ tableName: 'finance_request' })
@Index({ properties: ['reservation', 'status'] })
export class FinanceRequest {
  [OptionalProps]?: 'id' | 'createdAt' | 'status' | 'issuedAt' | 'billId' | 'presentValueCents' | 'rateBasisPoints' | 'method';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Reservation, { deleteRule: 'cascade' })
  reservation!: Rel<Reservation>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  account?: Rel<Account> | null;

  @Enum({ items: () => FinanceRequestKind, nativeEnumName: 'finance_request_kind' })
  kind!: FinanceRequestKind;

  @Enum({ items: () => FinanceRequestStatus, nativeEnumName: 'finance_request_status', default: FinanceRequestStatus.PENDING })
  status: FinanceRequestStatus = FinanceRequestStatus.PENDING;

  /** The installments it is about (one for a 2ª via). */
  @Property({ type: 'uuid[]' })
  installmentIds!: string[];

  /** The face value of those installments. */
  @Property({ type: new BigIntType('number') })
  totalCents!: number;

  /** R-FIN-11: what the simulation promised (prepayments). */
  @Property({ type: new BigIntType('number'), nullable: true })
  presentValueCents?: number | null = null;

  @Property({ type: 'integer', nullable: true })
  rateBasisPoints?: number | null = null;

  @Enum({ items: () => PrepaymentMethod, nativeEnumName: 'prepayment_method', nullable: true })
  method?: PrepaymentMethod | null = null;

  @Property({ type: 'uuid', nullable: true })
  billId?: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  issuedAt?: Date | null = null;
}
