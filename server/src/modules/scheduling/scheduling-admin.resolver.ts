import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Development } from '../developments/development.entity.js';
import { getInScope } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { query } from '../visibility/sql.js';
import { validDate } from '../works/works-admin.service.js';
import { AppointmentKind } from './appointment.enums.js';
import { SchedulingAdminService } from './scheduling-admin.service.js';
import { atLocal, localDay } from './scheduling-time.js';
import { slotView } from './scheduling.service.js';
import { PublishAppointmentSlotsInput, StaffAppointmentSlot } from './scheduling.types.js';

const service = (ctx: Context) => new SchedulingAdminService({ audit: ctx.services.audit, now: () => ctx.services.clock.now() });

interface Row {
  id: string; kind: AppointmentKind; startsAt: Date; durationMinutes: number;
  bookingId: string | null; unitName: string | null; customerName: string | null; bookedAt: Date | null;
}

@Resolver()
export class SchedulingAdminResolver {
  @Access('STAFF')
  @StaffScope('Development')
  @Query(() => [StaffAppointmentSlot], { description: 'Agendamentos: os horários publicados de um empreendimento a partir de um dia (por padrão, hoje), com quem reservou cada um.' })
  async staffAppointmentSlots(
    @Arg('developmentId', () => ID) developmentId: string,
    @Arg('fromDay', () => String, { nullable: true }) fromDay: string | null,
    @Arg('kind', () => AppointmentKind, { nullable: true }) kind: AppointmentKind | null,
    @Ctx() ctx: Context,
  ): Promise<StaffAppointmentSlot[]> {
    const development = await getInScope(ctx.em, requireStaff(ctx), Development, developmentId);
    const from = atLocal(fromDay ? validDate(fromDay, 'fromDay', 'A partir de') : localDay(ctx.services.clock.now()), '00:00');
    const rows = await query<Row>(ctx.em, `
      select s.id, s.kind, s.starts_at as "startsAt", s.duration_minutes as "durationMinutes",
             a.id as "bookingId", u.name as "unitName", c.name as "customerName", a.created_at as "bookedAt"
        from appointment_slot s
        left join appointment a on a.slot_id = s.id and a.status = 'BOOKED'
        left join unit u on u.id = a.unit_id left join customer c on c.id = a.customer_id
       where s.development_id = :dev and s.starts_at >= :from and (cast(:kind as text) is null or s.kind = cast(:kind as appointment_kind))
       order by s.starts_at, s.kind limit 1000`, { dev: development.id, from, kind });
    return rows.map((r) => ({
      ...slotView({ ...r, startsAt: new Date(r.startsAt) }),
      booking: r.bookingId ? { id: r.bookingId, unitName: r.unitName!, customerName: r.customerName!, bookedAt: new Date(r.bookedAt!) } : null,
    }));
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Development (write)')
  @Mutation(() => Int, { description: 'Agendamentos: publica horários em lote (os mesmos horários em cada dia escolhido do período); responde quantos foram criados; auditado.' })
  publishAppointmentSlots(@Arg('input', () => PublishAppointmentSlotsInput) input: PublishAppointmentSlotsInput, @Ctx() ctx: Context): Promise<number> {
    return service(ctx).publish(ctx.em, requireStaff(ctx), input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('AppointmentSlot (write)')
  @Mutation(() => Boolean, { description: 'Agendamentos: retira um horário que ninguém reservou; auditado.' })
  async removeAppointmentSlot(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await service(ctx).removeSlot(ctx.em, requireStaff(ctx), id);
    return true;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Appointment (write)')
  @Mutation(() => Boolean, { description: 'Agendamentos: cancela um agendamento com o motivo, que o cliente lê; o horário fica livre; auditado.' })
  async cancelAppointmentAsStaff(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<boolean> {
    await service(ctx).cancelBooking(ctx.em, requireStaff(ctx), id, reason);
    return true;
  }
}
