import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';

/**
 * R-FIN-6: a customer's credit card as the payment gateway tokenised it. Habite keeps the token,
 * brand, last four digits and expiry — never the number or the CVV.
 */
@Entity({ tableName: 'payment_card' })
@Index({ properties: ['customer'] })
export class PaymentCard {
  [OptionalProps]?: 'id' | 'createdAt' | 'removedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Property({ type: 'text' })
  token!: string;

  @Property({ type: 'text' })
  brand!: string;

  @Property({ type: 'text' })
  last4!: string;

  @Property({ type: 'integer' })
  expMonth!: number;

  @Property({ type: 'integer' })
  expYear!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  removedAt?: Date | null = null;
}
