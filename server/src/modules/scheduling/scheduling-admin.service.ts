import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Development } from '../developments/development.entity.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { query } from '../visibility/sql.js';
import { validDate } from '../works/works-admin.service.js';
import { newId } from '../../db/ids.js';
import { AppointmentSlot } from './appointment-slot.entity.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentStatus } from './appointment.enums.js';
import { addDays, atLocal, weekday } from './scheduling-time.js';
import type { PublishAppointmentSlotsInput } from './scheduling.types.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_SLOTS = 2000;

/**
 * Agendamentos for staff (ADMIN, MANAGER within their developments, R-OPS-4): publish slots in
 * bulk, take one back while nobody booked it, cancel a booking with a reason the customer reads.
 * Every change in one transaction and audited.
 */
export class SchedulingAdminService {
  constructor(private readonly deps: { audit: AuditService; now: () => Date }) {}

  /** Publishes one slot per chosen weekday of the period at each time; a slot that already exists is kept. Answers how many were created. */
  async publish(em: EntityManager, staff: StaffViewer, input: PublishAppointmentSlotsInput): Promise<number> {
    const firstDay = validDate(input.firstDay, 'firstDay', 'Primeiro dia');
    const lastDay = validDate(input.lastDay, 'lastDay', 'Último dia');
    if (lastDay < firstDay) throw new BadInputError('lastDay', 'O último dia vem antes do primeiro.');
    if (lastDay > addDays(firstDay, 92)) throw new BadInputError('lastDay', 'Publique no máximo 92 dias de uma vez.');
    const times = [...new Set(input.times.map((t) => t.trim()))];
    if (!times.length) throw new BadInputError('times', 'Informe ao menos um horário (hh:mm).');
    const wrong = times.find((t) => !TIME.test(t));
    if (wrong !== undefined) throw new BadInputError('times', `Horário "${wrong}" inválido: use hh:mm, como 09:30.`);
    if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 15 || input.durationMinutes > 480) throw new BadInputError('durationMinutes', 'A duração vai de 15 a 480 minutos.');
    const weekdays = new Set(input.weekdays);
    if (!weekdays.size || [...weekdays].some((d) => !Number.isInteger(d) || d < 0 || d > 6)) throw new BadInputError('weekdays', 'Escolha ao menos um dia da semana.');
    const now = this.deps.now();
    const starts: Date[] = [];
    for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
      if (!weekdays.has(weekday(day))) continue;
      for (const time of times) {
        const at = atLocal(day, time);
        if (at > now) starts.push(at);
      }
    }
    if (!starts.length) throw new BadInputError('firstDay', 'Nenhum horário futuro neste período e nestes dias da semana.');
    if (starts.length > MAX_SLOTS) throw new BadInputError('lastDay', `São ${starts.length} horários: publique no máximo ${MAX_SLOTS} de uma vez.`);
    return em.transactional(async (tx) => {
      const development = await getInScope(tx, staff, Development, input.developmentId, LOCKED_WRITE);
      const created = await query<{ id: string }>(tx, `
        insert into appointment_slot (id, development_id, kind, starts_at, duration_minutes, created_by_id, created_at)
        select unnest(cast(:ids as uuid[])), :dev, cast(:kind as appointment_kind), unnest(cast(:starts as timestamptz[])), :duration, :by, :now
        on conflict do nothing returning id`, {
        ids: starts.map(() => newId()), dev: development.id, kind: input.kind, starts: starts.map((d) => d.toISOString()),
        duration: input.durationMinutes, by: staff.account.id, now,
      });
      this.deps.audit.staffChange(tx, staff, {
        action: 'appointmentSlots.publish', targetType: 'Development', targetId: development.id,
        after: { kind: input.kind, firstDay, lastDay, times, weekdays: [...weekdays].sort(), durationMinutes: input.durationMinutes, created: created.length },
      });
      return created.length;
    });
  }

  /** Takes back a slot nobody booked (CONFLICT when booked: cancel the booking first, with the reason). */
  async removeSlot(em: EntityManager, staff: StaffViewer, id: string): Promise<void> {
    await em.transactional(async (tx) => {
      const slot = await getInScope(tx, staff, AppointmentSlot, id, LOCKED_WRITE);
      if (await tx.count(Appointment, { slot, status: AppointmentStatus.BOOKED })) {
        throw new ConflictError('Este horário tem um agendamento: cancele o agendamento antes, com o motivo para o cliente.');
      }
      this.deps.audit.staffChange(tx, staff, { action: 'appointmentSlot.remove', targetType: 'AppointmentSlot', targetId: slot.id, before: { kind: slot.kind, startsAt: slot.startsAt.toISOString() } });
      tx.remove(slot);
    });
  }

  /** Cancels a booking; the customer reads the reason; the slot is free again. */
  async cancelBooking(em: EntityManager, staff: StaffViewer, id: string, reason: string): Promise<string> {
    const text = reason.trim();
    if (!text) throw new BadInputError('reason', 'Diga ao cliente por que o agendamento foi cancelado.');
    if (text.length > 1000) throw new BadInputError('reason', 'Motivo: no máximo 1.000 caracteres.');
    return em.transactional(async (tx) => {
      const booking = await getInScope(tx, staff, Appointment, id, LOCKED_WRITE);
      if (booking.status !== AppointmentStatus.BOOKED) throw new ConflictError('Este agendamento já foi cancelado: recarregue a página.');
      booking.status = AppointmentStatus.CANCELLED;
      booking.cancelReason = text;
      booking.cancelledByStaff = true;
      booking.cancelledAt = this.deps.now();
      booking.updatedAt = this.deps.now();
      this.deps.audit.staffChange(tx, staff, { action: 'appointment.cancel', targetType: 'Appointment', targetId: booking.id, before: { status: AppointmentStatus.BOOKED }, after: { status: AppointmentStatus.CANCELLED, cancelReason: text } });
      return booking.id;
    });
  }
}
