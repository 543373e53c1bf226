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

  // One foreign key on both (migration 20261206093000): `(plan_id, company_id)` → the plan's
  // `(id, company_id)` — the installment's company is its plan's, checked once per row.
  @ManyToOne(() => Company, { deleteRule: 'cascade', createForeignKeyConstraint: false })
  company!: Rel<Company>;

  @ManyToOne(() => InstallmentPlan, { deleteRule: 'cascade', createForeignKeyConstraint: false })
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
