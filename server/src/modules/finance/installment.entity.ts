import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { WithErpCodes } from './erp-codes.js';
import { InstallmentPlan } from './installment-plan.entity.js';

/** An installment of a plan (R-FIN): due date and amount, and what was paid when. Money in integer cents. */
@Entity({ tableName: 'installment' })
@Index({ properties: ['plan', 'dueDate'] })
export class Installment extends WithErpCodes {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => InstallmentPlan, { deleteRule: 'cascade' })
  plan!: Rel<InstallmentPlan>;

  @Property({ type: 'text' })
  erpCode!: string;

  @Property({ type: 'integer' })
  number!: number;

  /** A calendar date (America/Sao_Paulo decides what is due or overdue). */
  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: new BigIntType('number') })
  amountCents!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  paidCents?: number | null;

  @Property({ type: 'date', nullable: true })
  paidAt?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
