import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FeatureDisabledError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { inLocale, say } from '../../locale.js';
import { sessionPortal } from '../finance/finance.resolver.js';
import { portalScope } from '../visibility/scope.js';
import { AppointmentKind, KIND_NAMES } from './appointment.enums.js';
import { appointmentsOf, freeSlots, SchedulingService, seenUnit } from './scheduling.service.js';
import { AppointmentView, UnitAppointmentSlots } from './scheduling.types.js';

/** R-SET-1: with showScheduling off the Agendamentos menu is hidden and every call here refused. */
export function assertSchedulingOn(ctx: Context): void {
  if (!sessionPortal(ctx).showScheduling) throw new FeatureDisabledError('showScheduling', 'Os agendamentos estão desativados neste portal.');
}

const service = (ctx: Context) => new SchedulingService({ now: () => ctx.services.clock.now(), notifications: ctx.services.notifications });

async function bookingOf(ctx: Context, id: string): Promise<AppointmentView> {
  return (await appointmentsOf(ctx.em, portalScope(ctx))).find((a) => a.id === id)!;
}

@Resolver()
export class SchedulingResolver {
  @Access('CUSTOMER')
  @Query(() => UnitAppointmentSlots, { description: 'Agendamentos: os horários livres de um tipo (vistoria, entrega das chaves) para uma unidade do cliente; NOT_FOUND quando ele não a vê.' })
  async appointmentSlots(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('kind', () => AppointmentKind) kind: AppointmentKind,
    @Ctx() ctx: Context,
  ): Promise<UnitAppointmentSlots> {
    assertSchedulingOn(ctx);
    const unit = await seenUnit(ctx.em, portalScope(ctx), unitId);
    const slots = await freeSlots(ctx.em, unit.development.id, kind, ctx.services.clock.now());
    const what = KIND_NAMES[kind];
    const notice = slots.length ? null : inLocale(say(
      `Não há horários livres de ${what.pt.toLowerCase()} para "${unit.development.name}" agora. A incorporadora publica novos horários aqui; se precisar com urgência, use o Fale Conosco.`,
      `There are no free ${what.en.toLowerCase()} times for "${unit.development.name}" right now. The developer publishes new times here; if it is urgent, use Contact us.`), ctx.locale);
    return { unitId: unit.id, unitName: unit.name, developmentName: unit.development.name, slots, notice };
  }

  @Access('CUSTOMER')
  @Query(() => [AppointmentView], { description: 'Agendamentos: os agendamentos (ativos e cancelados) das unidades do cliente.' })
  async myAppointments(@Ctx() ctx: Context): Promise<AppointmentView[]> {
    assertSchedulingOn(ctx);
    return appointmentsOf(ctx.em, portalScope(ctx));
  }

  @Access('CUSTOMER')
  @Mutation(() => AppointmentView, { description: 'Agendamentos: reserva um horário para uma unidade do cliente. CONFLICT quando outra pessoa reservou antes ou a unidade já tem agendamento desse tipo.' })
  async bookAppointment(@Arg('unitId', () => ID) unitId: string, @Arg('slotId', () => ID) slotId: string, @Ctx() ctx: Context): Promise<AppointmentView> {
    assertSchedulingOn(ctx);
    return bookingOf(ctx, await service(ctx).book(ctx.em, portalScope(ctx), unitId, slotId));
  }

  @Access('CUSTOMER')
  @Mutation(() => AppointmentView, { description: 'Agendamentos: remarca um agendamento para outro horário livre do mesmo tipo, de uma vez (ou nada muda).' })
  async rescheduleAppointment(@Arg('id', () => ID) id: string, @Arg('slotId', () => ID) slotId: string, @Ctx() ctx: Context): Promise<AppointmentView> {
    assertSchedulingOn(ctx);
    return bookingOf(ctx, await service(ctx).reschedule(ctx.em, portalScope(ctx), id, slotId));
  }

  @Access('CUSTOMER')
  @Mutation(() => AppointmentView, { description: 'Agendamentos: cancela um agendamento; o horário volta a ficar livre.' })
  async cancelAppointment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AppointmentView> {
    assertSchedulingOn(ctx);
    return bookingOf(ctx, await service(ctx).cancel(ctx.em, portalScope(ctx), id));
  }
}
