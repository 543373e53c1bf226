import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { AppointmentSlot } from './appointment-slot.entity.js';
import { AppointmentKind, AppointmentStatus } from './appointment.enums.js';

/**
 * A booking of a slot for a unit. The database refuses double booking: partial unique indexes
 * (migration 20261204210400) allow one BOOKED row per slot (`appointment_slot_booked_unique`)
 * and one BOOKED row per unit and kind (`appointment_unit_kind_booked_unique`). `kind` repeats the
 * slot's so that the second index can be declared. Rescheduling moves `slot` in place.
 */
@Entity({ tableName: 'appointment' })
@Index({ properties: ['unit', 'createdAt'] })
@Unique({ name: 'appointment_slot_booked_unique', expression: `create unique index "appointment_slot_booked_unique" on "appointment" ("slot_id") where "status" = 'BOOKED'` })
@Unique({ name: 'appointment_unit_kind_booked_unique', expression: `create unique index "appointment_unit_kind_booked_unique" on "appointment" ("unit_id", "kind") where "status" = 'BOOKED'` })
export class Appointment {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'status' | 'cancelReason' | 'cancelledAt' | 'cancelledByStaff' | 'bookedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => AppointmentSlot, { deleteRule: 'cascade' })
  slot!: Rel<AppointmentSlot>;

  @Enum({ items: () => AppointmentKind, nativeEnumName: 'appointment_kind' })
  kind!: AppointmentKind;

  @ManyToOne(() => Unit, { deleteRule: 'cascade' })
  unit!: Rel<Unit>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  bookedBy?: Rel<Account> | null = null;

  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status', default: AppointmentStatus.BOOKED })
  status: AppointmentStatus = AppointmentStatus.BOOKED;

  /** Why the developer cancelled (the customer reads it); null when the customer cancelled. */
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null = null;

  @Property({ type: 'boolean', default: false })
  cancelledByStaff: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
