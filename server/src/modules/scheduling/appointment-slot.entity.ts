import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Development } from '../developments/development.entity.js';
import { AppointmentKind } from './appointment.enums.js';

/**
 * Agendamentos (SPEC §11, showScheduling): a time staff publish for a vistoria or a key handover
 * in a development. A slot has a capacity of one: at most one active booking, enforced by the
 * partial unique index `appointment_slot_booked_unique` on `appointment` (migration 20261204210400).
 */
@Entity({ tableName: 'appointment_slot' })
@Unique({ name: 'appointment_slot_development_kind_starts_unique', properties: ['development', 'kind', 'startsAt'] })
@Index({ properties: ['development', 'startsAt'] })
export class AppointmentSlot {
  [OptionalProps]?: 'id' | 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @Enum({ items: () => AppointmentKind, nativeEnumName: 'appointment_kind' })
  kind!: AppointmentKind;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
