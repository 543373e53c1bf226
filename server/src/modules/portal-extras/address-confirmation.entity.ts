import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Customer } from '../customers/customer.entity.js';

/**
 * "Confirmar endereço" (toggle "Exibir confirmação de endereço"): the customer said their address
 * is current, at this time. Kept as a history; staff see the latest on the customer page. A
 * customer whose address changed uses the data-change flow instead (R-DATA-1).
 */
@Entity({ tableName: 'address_confirmation' })
@Index({ properties: ['customer', 'confirmedAt'] })
export class AddressConfirmation {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  /** The customer record's version confirmed (a later change makes the confirmation about an older address). */
  @Property({ type: 'integer' })
  customerVersion!: number;

  @Property({ type: 'timestamptz' })
  confirmedAt!: Date;
}
