import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Reservation } from '../customers/reservation.entity.js';
import { WithErpCodes } from './erp-codes.js';

/** R-FIN-6: how an installment plan is paid. */
export enum PaymentMethod {
  BOLETO = 'BOLETO',
  CARD = 'CARD',
}

/** A plan of installments of a sale (entrada, mensais, intermediárias, chaves, financiamento…), from the ERP (R-SYNC-2). */
@Entity({ tableName: 'installment_plan' })
@Index({ properties: ['reservation'] })
export class InstallmentPlan extends WithErpCodes {
  [OptionalProps]?: 'id' | 'paymentMethod' | 'cardId';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  /** The sale it belongs to, when the ERP's sale code names one of this company's reservations. */
  @ManyToOne(() => Reservation, { nullable: true, deleteRule: 'set null' })
  reservation?: Rel<Reservation> | null;

  @Property({ type: 'text' })
  erpCode!: string;

  /** The series as the ERP names it ("Mensais", "Chaves"): the income-tax statement sums by it (R-FIN-5). */
  @Property({ type: 'text' })
  series!: string;

  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method', default: PaymentMethod.BOLETO })
  paymentMethod: PaymentMethod = PaymentMethod.BOLETO;

  /** R-FIN-6: the card (a gateway token) that pays the plan when its method is CARD. */
  @Property({ type: 'uuid', nullable: true })
  cardId?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
