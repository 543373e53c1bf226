import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Unit } from '../developments/unit.entity.js';
import { Customer } from './customer.entity.js';

export enum ReservationStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  /** Vendida: the only status that shows the unit in the portal (R-UNIT-1). */
  SOLD = 'SOLD',
  CANCELLED = 'CANCELLED',
  /** Distrato */
  RESCINDED = 'RESCINDED',
}
registerEnumType(ReservationStatus, { name: 'ReservationStatus', description: 'Situação da reserva (só Vendida mostra a unidade no portal).' });

/** A sale in progress or done of a unit to a holder (titular), with associates. */
@Entity({ tableName: 'reservation' })
@Index({ properties: ['unit'] })
@Index({ properties: ['holder'] })
@ObjectType({ description: 'Reserva (venda) de uma unidade.' })
export class Reservation {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Unit, { deleteRule: 'cascade' })
  unit!: Rel<Unit>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  holder!: Rel<Customer>;

  @Field(() => ReservationStatus)
  @Enum({ items: () => ReservationStatus, nativeEnumName: 'reservation_status' })
  status!: ReservationStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
