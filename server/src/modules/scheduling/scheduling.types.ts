import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AppointmentKind, AppointmentStatus } from './appointment.enums.js';

@ObjectType({ description: 'Agendamentos: um horário livre para a vistoria ou a entrega das chaves.' })
export class AppointmentSlotView {
  @Field(() => ID) id!: string;
  @Field(() => AppointmentKind) kind!: AppointmentKind;
  @Field(() => Date) startsAt!: Date;
  @Field(() => String, { description: 'O dia em Brasília (aaaa-mm-dd), para agrupar por dia.' }) day!: string;
  @Field(() => String, { description: 'A hora em Brasília (hh:mm).' }) time!: string;
  @Field(() => Int) durationMinutes!: number;
}

@ObjectType({ description: 'Agendamentos: um agendamento de uma unidade do cliente.' })
export class AppointmentView {
  @Field(() => ID) id!: string;
  @Field(() => AppointmentKind) kind!: AppointmentKind;
  @Field(() => AppointmentStatus) status!: AppointmentStatus;
  @Field(() => ID) unitId!: string;
  @Field(() => String) unitName!: string;
  @Field(() => String) developmentName!: string;
  @Field(() => AppointmentSlotView) slot!: AppointmentSlotView;
  @Field(() => String, { nullable: true, description: 'Quando a incorporadora cancelou: o motivo, para o cliente ler.' }) cancelReason!: string | null;
  @Field(() => Boolean) cancelledByStaff!: boolean;
}

@ObjectType({ description: 'Agendamentos: uma unidade do cliente, com os horários livres do tipo pedido.' })
export class UnitAppointmentSlots {
  @Field(() => ID) unitId!: string;
  @Field(() => String) unitName!: string;
  @Field(() => String) developmentName!: string;
  @Field(() => [AppointmentSlotView], { complexity: 10 }) slots!: AppointmentSlotView[];
  @Field(() => String, { nullable: true, description: 'Quando não há horário livre: por quê e o que fazer.' }) notice!: string | null;
}

@ObjectType({ description: 'Agendamentos, para a equipe: o agendamento ativo de um horário.' })
export class StaffBookingView {
  @Field(() => ID) id!: string;
  @Field(() => String) unitName!: string;
  @Field(() => String) customerName!: string;
  @Field(() => Date) bookedAt!: Date;
}

@ObjectType({ description: 'Agendamentos, para a equipe: um horário publicado e quem o reservou.' })
export class StaffAppointmentSlot extends AppointmentSlotView {
  @Field(() => StaffBookingView, { nullable: true }) booking!: StaffBookingView | null;
}

@InputType({ description: 'Agendamentos: publicar horários em lote, nos mesmos horários de cada dia de um período.' })
export class PublishAppointmentSlotsInput {
  @Field(() => ID) developmentId!: string;
  @Field(() => AppointmentKind) kind!: AppointmentKind;
  @Field(() => String, { description: 'Primeiro dia (aaaa-mm-dd).' }) firstDay!: string;
  @Field(() => String, { description: 'Último dia (aaaa-mm-dd), até 92 dias depois do primeiro.' }) lastDay!: string;
  @Field(() => [String], { description: 'Os horários de início em cada dia, em Brasília (hh:mm).' }) times!: string[];
  @Field(() => Int, { description: 'Duração de cada horário, em minutos (15 a 480).' }) durationMinutes!: number;
  @Field(() => [Int], { description: 'Dias da semana (0 = domingo … 6 = sábado); por padrão, de segunda a sexta.', defaultValue: [1, 2, 3, 4, 5] }) weekdays!: number[];
}
