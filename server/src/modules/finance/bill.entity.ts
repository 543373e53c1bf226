import { BigIntType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
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

/** R-FIN-7: who pays a bill of a WORK (Quem paga). */
export enum BillPayer {
  CUSTOMER = 'CUSTOMER',
  BUILDER = 'BUILDER',
}

/**
 * A boleto (R-FIN-8): linha digitável and, when the ERP sends one, the PIX copy-and-paste code;
 * of an installment, or standalone (avulso, R-FIN-2). A reissue (2ª via) supersedes it (R-FIN-9).
 */
@Entity({ tableName: 'bill' })
@Index({ properties: ['reservation', 'dueDate'] })
@Index({ properties: ['customer', 'dueDate'] })
export class Bill extends WithErpCodes {
  [OptionalProps]?: 'payer' | 'markedPaidAt' | 'markedPaidBy' | 'proofFileId' | 'financeRequestId';

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

  /** R-FIN-7 (obras): who pays it, the customer or the builder; the portal's payment display shows one or both. */
  @Enum({ items: () => BillPayer, nativeEnumName: 'bill_payer', default: BillPayer.CUSTOMER })
  payer: BillPayer = BillPayer.CUSTOMER;

  /** R-FIN-7: marked as paid from the portal (by whom, when, with which proof); the ERP's PAID status is separate. */
  @Property({ type: 'timestamptz', nullable: true })
  markedPaidAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  markedPaidBy?: Rel<Account> | null;

  /** The proof (comprovante), a stored file of kind PAYMENT_PROOF owned by this bill. */
  @Property({ type: 'uuid', nullable: true })
  proofFileId?: string | null;

  /** The portal's request (2ª via, antecipação) this bill answers, when the ERP says so. */
  @Property({ type: 'uuid', nullable: true })
  financeRequestId?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
