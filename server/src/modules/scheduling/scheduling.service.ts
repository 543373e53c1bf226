import type { NotificationService } from '../notifications/notification.service.js';
import { NoticeEvent } from '../notifications/notice-events.js';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, NotFoundError } from '../../domain-errors.js';
import { Account } from '../auth/account.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import type { Unit } from '../developments/unit.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { AppointmentSlot } from './appointment-slot.entity.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentKind, AppointmentStatus, KIND_NAMES } from './appointment.enums.js';
import { localDay, localTime, spokenAt } from './scheduling-time.js';
import type { AppointmentSlotView, AppointmentView } from './scheduling.types.js';

/**
 * Agendamentos for the customer (SPEC §11, showScheduling). Decisions:
 * - A booking belongs to a unit: whoever sees the unit (R-UNIT-1..3) sees, moves and cancels its
 *   bookings; a unit they do not see answers NOT_FOUND (R-UNIT-4).
 * - A slot holds one booking; a unit holds one active booking per kind (one vistoria, one key
 *   handover). Both are partial unique indexes in PostgreSQL: concurrent bookings of one slot
 *   leave exactly one winner, the others get CONFLICT in words.
 * - Rescheduling moves the booking to the new slot in one UPDATE: the old slot is freed and the new
 *   one taken together, or nothing changes.
 */

export const SLOT_TAKEN = 'Este horário acabou de ser reservado por outra pessoa: escolha outro horário.';

export const slotView = (s: { id: string; kind: AppointmentKind; startsAt: Date; durationMinutes: number }): AppointmentSlotView => ({
  id: s.id, kind: s.kind, startsAt: s.startsAt, day: localDay(s.startsAt), time: localTime(s.startsAt), durationMinutes: s.durationMinutes,
});

/** The unit, if the customer sees it; NOT_FOUND otherwise (R-UNIT-4). */
export async function seenUnit(em: EntityManager, scope: ViewerScope, unitId: string): Promise<Unit> {
  const [unit] = await visibleUnits(em, scope, [unitId]);
  if (!unit) throw new NotFoundError('Unidade');
  return unit;
}

interface SlotRow { id: string; kind: AppointmentKind; startsAt: Date; durationMinutes: number }

/** The future slots of a development and kind that nobody booked, in time order. */
export async function freeSlots(em: EntityManager, developmentId: string, kind: AppointmentKind, now: Date): Promise<AppointmentSlotView[]> {
  const rows = await query<SlotRow>(em, `
    select s.id, s.kind, s.starts_at as "startsAt", s.duration_minutes as "durationMinutes"
      from appointment_slot s
     where s.development_id = :dev and s.kind = :kind and s.starts_at > :now
       and not exists (select 1 from appointment a where a.slot_id = s.id and a.status = 'BOOKED')
     order by s.starts_at limit 500`, { dev: developmentId, kind, now });
  return rows.map((r) => slotView({ ...r, startsAt: new Date(r.startsAt) }));
}

/** The bookings (active and cancelled) of the units the customer sees, the next first. */
export async function appointmentsOf(em: EntityManager, scope: ViewerScope): Promise<AppointmentView[]> {
  const units = await visibleUnits(em, scope);
  if (!units.length) return [];
  const rows = await em.find(Appointment, { unit: { $in: units.map((u) => u.id) } }, { populate: ['slot'], orderBy: { slot: { startsAt: 'desc' } }, limit: 100 });
  const byId = new Map(units.map((u) => [u.id, u]));
  return rows.map((a) => {
    const unit = byId.get(a.unit.id)!;
    return {
      id: a.id, kind: a.kind, status: a.status, unitId: unit.id, unitName: unit.name, developmentName: unit.development.name,
      slot: slotView(a.slot), cancelReason: a.cancelReason ?? null, cancelledByStaff: a.cancelledByStaff,
    };
  });
}

const isUnique = (err: unknown, index: string) => err instanceof UniqueConstraintViolationException && String(err.message).includes(index);

/** Turns the database's refusal into words: the slot was taken, or the unit already has a booking of this kind. */
function conflictOf(err: unknown, kind: AppointmentKind): never {
  if (isUnique(err, 'appointment_slot_booked_unique')) throw new ConflictError(SLOT_TAKEN, { field: 'slotId' });
  if (isUnique(err, 'appointment_unit_kind_booked_unique')) {
    throw new ConflictError(`Esta unidade já tem ${KIND_NAMES[kind].pt.toLowerCase()} agendada: remarque ou cancele esse agendamento.`, { field: 'unitId' });
  }
  throw err;
}

export class SchedulingService {
  constructor(private readonly deps: { now: () => Date; notifications?: NotificationService }) {}

  /** R-NOTIFY-4: a booking (or its new time) is confirmed to the customer through the queue, in the booking's transaction. */
  private async confirm(tx: EntityManager, bookingId: string) {
    if (!this.deps.notifications) return;
    const [row] = await query<{ company_id: string }>(tx, `select d.company_id from appointment a join appointment_slot s on s.id = a.slot_id join development d on d.id = s.development_id where a.id = :id`, { id: bookingId });
    if (row) await this.deps.notifications.event(tx, row.company_id, NoticeEvent.BOOKING_CONFIRMED, bookingId);
  }

  private async futureSlot(em: EntityManager, unit: Unit, slotId: string, kind?: AppointmentKind): Promise<AppointmentSlot> {
    const slot = await em.findOne(AppointmentSlot, { id: slotId, development: unit.development.id });
    if (!slot) throw new BadInputError('slotId', 'Este horário não existe (ou não é do empreendimento da unidade): escolha um horário da lista.');
    if (kind && slot.kind !== kind) throw new BadInputError('slotId', `Escolha um horário de ${KIND_NAMES[kind].pt.toLowerCase()}.`);
    if (slot.startsAt <= this.deps.now()) throw new BadInputError('slotId', 'Este horário já passou: escolha outro.');
    return slot;
  }

  async book(em: EntityManager, scope: ViewerScope, unitId: string, slotId: string): Promise<string> {
    const unit = await seenUnit(em, scope, unitId);
    const slot = await this.futureSlot(em, unit, slotId);
    const active = await em.findOne(Appointment, { unit: unit.id, kind: slot.kind, status: AppointmentStatus.BOOKED }, { populate: ['slot'] });
    if (active) {
      throw new ConflictError(`A unidade "${unit.name}" já tem ${KIND_NAMES[slot.kind].pt.toLowerCase()} agendada para ${spokenAt(active.slot.startsAt)}: remarque ou cancele esse agendamento.`, { field: 'unitId' });
    }
    try {
      return await em.transactional(async (tx) => {
        const now = this.deps.now();
        const booking = tx.create(Appointment, {
          slot: slot.id, kind: slot.kind, unit: unit.id, customer: tx.getReference(Customer, scope.customerId!),
          bookedBy: tx.getReference(Account, scope.accountId), createdAt: now, updatedAt: now,
        });
        await tx.flush();
        await this.confirm(tx, booking.id);
        return booking.id;
      });
    } catch (err) {
      conflictOf(err, slot.kind);
    }
  }

  /** The active booking `id` of a unit the customer sees, locked; NOT_FOUND otherwise. */
  private async ownBooking(tx: EntityManager, scope: ViewerScope, id: string): Promise<{ booking: Appointment; unit: Unit }> {
    const booking = await tx.findOne(Appointment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const unit = booking ? (await visibleUnits(tx, scope, [booking.unit.id]))[0] : undefined;
    if (!booking || !unit) throw new NotFoundError('Agendamento');
    if (booking.status !== AppointmentStatus.BOOKED) throw new ConflictError('Este agendamento já foi cancelado: recarregue a página.');
    return { booking, unit };
  }

  async reschedule(em: EntityManager, scope: ViewerScope, id: string, slotId: string): Promise<string> {
    let kind = AppointmentKind.VISTORIA;
    try {
      return await em.transactional(async (tx) => {
        const { booking, unit } = await this.ownBooking(tx, scope, id);
        kind = booking.kind;
        if (booking.slot.id === slotId) return booking.id;
        const slot = await this.futureSlot(tx, unit, slotId, booking.kind);
        // One statement: the old slot is freed and the new one taken together (the unique index checks the new one).
        booking.slot = slot;
        booking.updatedAt = this.deps.now();
        await tx.flush();
        await this.confirm(tx, booking.id);
        return booking.id;
      });
    } catch (err) {
      conflictOf(err, kind);
    }
  }

  async cancel(em: EntityManager, scope: ViewerScope, id: string): Promise<string> {
    return em.transactional(async (tx) => {
      const { booking } = await this.ownBooking(tx, scope, id);
      booking.status = AppointmentStatus.CANCELLED;
      booking.cancelledAt = this.deps.now();
      booking.updatedAt = this.deps.now();
      return booking.id;
    });
  }
}
