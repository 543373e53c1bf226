import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WorkLogStatus, WorkWeather } from './work-log.enums.js';

export enum ScheduleTaskState {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(ScheduleTaskState, { name: 'ScheduleTaskState', description: 'R-WORK-2: não iniciada, em andamento ou concluída.' });

@ObjectType({ description: 'Mão de obra de um dia: a função e quantas pessoas.' })
export class LabourLineView {
  @Field(() => String) role!: string;
  @Field(() => Int) headcount!: number;
}

@InputType({ description: 'Mão de obra de um dia: a função e quantas pessoas.' })
export class LabourLineInput {
  @Field(() => String) role!: string;
  @Field(() => Int) headcount!: number;
}

@ObjectType({ description: 'Uma foto ou anexo de um registro do diário de obra, servido a quem vê o registro.' })
export class WorkLogFileView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true, description: 'A miniatura, para imagens.' }) thumbnailUrl!: string | null;
  @Field(() => Int, { nullable: true }) width!: number | null;
  @Field(() => Int, { nullable: true }) height!: number | null;
}

@ObjectType({ description: 'R-WORK-1: um dia do diário de obra, como o cliente o vê.' })
export class WorkLogEntryView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'O dia (aaaa-mm-dd).' }) date!: string;
  @Field(() => WorkLogStatus) status!: WorkLogStatus;
  @Field(() => WorkWeather, { nullable: true }) weather!: WorkWeather | null;
  @Field(() => String) occurrences!: string;
  @Field(() => [LabourLineView]) labour!: LabourLineView[];
  @Field(() => Int, { description: 'Total de pessoas no dia.' }) headcount!: number;
  @Field(() => ID) developmentId!: string;
  @Field(() => String) developmentName!: string;
  @Field(() => String, { nullable: true, description: 'A torre, quando o registro é de uma.' }) blockName!: string | null;
  @Field(() => [WorkLogFileView], { complexity: 10 }) photos!: WorkLogFileView[];
  @Field(() => [WorkLogFileView], { complexity: 10 }) attachments!: WorkLogFileView[];
}

@ObjectType({ description: 'R-WORK-1: uma página do diário de obra, do mais recente ao mais antigo.' })
export class WorkLogPage {
  @Field(() => [WorkLogEntryView], { complexity: 20 }) entries!: WorkLogEntryView[];
  @Field(() => String, { nullable: true, description: 'Para a página seguinte (mais antiga); nulo no fim.' }) nextCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Quando não há registros: por quê, em palavras do cliente.' }) notice!: string | null;
}

@ObjectType({ description: 'R-WORK-2: uma tarefa (etapa da obra) do cronograma, com o atraso em palavras.' })
export class ScheduleTaskView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) plannedStart!: string;
  @Field(() => String) plannedEnd!: string;
  @Field(() => String, { nullable: true }) actualStart!: string | null;
  @Field(() => String, { nullable: true }) actualEnd!: string | null;
  @Field(() => Int) weight!: number;
  @Field(() => Int, { description: 'Percentual concluído (0–100).' }) progress!: number;
  @Field(() => ScheduleTaskState) state!: ScheduleTaskState;
  @Field(() => Int, { description: 'Dias de atraso (0: no prazo).' }) delayDays!: number;
  @Field(() => String, { nullable: true, description: 'O atraso em palavras ("Estrutura: 12 dias de atraso"); nulo no prazo.' }) delayText!: string | null;
  @Field(() => String, { description: 'Quando termina: a data real, ou a prevista empurrada pelo atraso.' }) forecastEnd!: string;
  @Field(() => Int, { nullable: true, description: 'Só para a equipe: a versão, para salvar sem perder alterações.' }) version!: number | null;
}

@ObjectType({ description: 'R-WORK-2: o cronograma de um empreendimento: progresso geral, cada etapa e a previsão de entrega.' })
export class WorkScheduleView {
  @Field(() => ID) developmentId!: string;
  @Field(() => String) developmentName!: string;
  @Field(() => Float, { description: 'Percentual concluído, ponderado pelos pesos.' }) progress!: number;
  @Field(() => Float, { description: 'Percentual que o planejamento previa para hoje.' }) plannedProgress!: number;
  @Field(() => String, { nullable: true, description: 'O fim planejado da última etapa.' }) plannedEnd!: string | null;
  @Field(() => String, { nullable: true, description: 'A previsão de entrega que o cronograma indica hoje.' }) forecastEnd!: string | null;
  @Field(() => Int) delayDays!: number;
  @Field(() => String, { nullable: true, description: 'O atraso da entrega em palavras; nulo no prazo.' }) delayText!: string | null;
  @Field(() => String, { description: 'Hoje (aaaa-mm-dd, São Paulo), a data em que o cronograma foi calculado.' }) today!: string;
  @Field(() => [ScheduleTaskView], { complexity: 20 }) tasks!: ScheduleTaskView[];
}

@ObjectType({ description: 'R-WORK-1: um registro do diário de obra, como a equipe o vê.' })
export class StaffWorkLogEntry extends WorkLogEntryView {
  @Field(() => ID, { nullable: true }) blockId!: string | null;
  @Field(() => String, { nullable: true, description: 'Por que foi reprovado.' }) reviewNote!: string | null;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => String, { nullable: true }) reviewedByName!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => Date) updatedAt!: Date;
}

@InputType({ description: 'R-WORK-1: um registro do diário de obra a criar (sem id) ou mudar.' })
export class SaveWorkLogEntryInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID) developmentId!: string;
  @Field(() => ID, { nullable: true, description: 'A torre; vazio: o empreendimento todo.' }) blockId?: string | null;
  @Field(() => String, { description: 'O dia (aaaa-mm-dd).' }) date!: string;
  @Field(() => WorkWeather, { nullable: true }) weather?: WorkWeather | null;
  @Field(() => String, { defaultValue: '' }) occurrences!: string;
  @Field(() => [LabourLineInput], { defaultValue: [] }) labour!: LabourLineInput[];
  @Field(() => [ID], { defaultValue: [], description: 'Fotos enviadas (POST /files, WORK_LOG_PHOTO) a anexar.' }) photoIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Anexos enviados (POST /files, WORK_LOG_ATTACHMENT) a anexar.' }) attachmentIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Fotos ou anexos do registro a retirar.' }) removeFileIds!: string[];
  @Field(() => Int, { nullable: true, description: 'A versão lida (obrigatória ao mudar): outra pessoa salvou antes? CONFLICT.' }) version?: number | null;
}

@InputType({ description: 'R-WORK-2: uma tarefa do cronograma a criar (sem id) ou mudar.' })
export class SaveScheduleTaskInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID) developmentId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true }) position?: number | null;
  @Field(() => String) plannedStart!: string;
  @Field(() => String) plannedEnd!: string;
  @Field(() => String, { nullable: true }) actualStart?: string | null;
  @Field(() => String, { nullable: true }) actualEnd?: string | null;
  @Field(() => Int, { defaultValue: 1 }) weight!: number;
  @Field(() => Int, { defaultValue: 0 }) progress!: number;
  @Field(() => Int, { nullable: true }) version?: number | null;
}
