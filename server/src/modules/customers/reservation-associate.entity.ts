import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, type Rel, Unique } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { AssociationType } from './association-type.entity.js';
import { Customer } from './customer.entity.js';
import { Reservation } from './reservation.entity.js';

/** An associate (co-buyer, spouse, attorney…) on a reservation, with the type that says what they see. */
@Entity({ tableName: 'reservation_associate' })
@Unique({ properties: ['reservation', 'customer'] })
@Index({ properties: ['customer'] })
export class ReservationAssociate {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Reservation, { deleteRule: 'cascade' })
  reservation!: Rel<Reservation>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => AssociationType, { deleteRule: 'restrict' })
  associationType!: Rel<AssociationType>;
}
