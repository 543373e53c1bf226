import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Reservation } from '../customers/reservation.entity.js';
import { WithErpCodes } from './erp-codes.js';
import { Installment } from './installment.entity.js';

export enum BillStatus {
  OPEN = 'OPEN',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

/**
 * A boleto (R-FIN-8): linha digitável and, when the ERP sends one, the PIX copy-and-paste code;
 * of an installment, or standalone (avulso, R-FIN-2). A reissue (2ª via) supersedes it (R-FIN-9).
 */
@Entity({ tableName: 'bill' })
@Index({ properties: ['reservation', 'dueDate'] })
@Index({ properties: ['customer', 'dueDate'] })
export class Bill extends WithErpCodes {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Property({ type: 'text' })
  erpCode!: string;

  /** Null: a standalone bill (boleto avulso). */
  @ManyToOne(() => Installment, { nullable: true, deleteRule: 'set null' })
  installment?: Rel<Installment> | null;

  @ManyToOne(() => Reservation, { nullable: true, deleteRule: 'set null' })
  reservation?: Rel<Reservation> | null;

  @ManyToOne(() => Customer, { nullable: true, deleteRule: 'set null' })
  customer?: Rel<Customer> | null;

  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: new BigIntType('number') })
  amountCents!: number;

  /** 47 digits, check digits verified on the way in. */
  @Property({ type: 'text' })
  digitableLine!: string;

  @Property({ type: 'text', nullable: true })
  pixCode?: string | null;

  @Enum({ items: () => BillStatus, nativeEnumName: 'bill_status' })
  status!: BillStatus;

  @ManyToOne(() => Bill, { nullable: true, deleteRule: 'set null' })
  supersededBy?: Rel<Bill> | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
