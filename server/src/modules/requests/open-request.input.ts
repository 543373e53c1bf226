import { Field, ID, InputType, Int } from 'type-graphql';
import { RequestKind } from './request-kind.js';
import { MessageVisibility } from './request-message.entity.js';

@InputType({ description: 'Abrir um atendimento ou assistência pelo portal (R-REQ-1, R-REQ-3, R-REQ-8).' })
export class OpenRequestInput {
  @Field(() => RequestKind)
  kind!: RequestKind;

  @Field(() => ID, { nullable: true, description: 'A unidade (clientes).' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A área comum (síndicos; clientes em assistências, se o portal permitir).' })
  commonAreaId?: string | null;

  @Field(() => ID)
  subsubjectId!: string;

  @Field(() => ID, { nullable: true, description: 'A localidade da unidade, se o portal permitir.' })
  locationId?: string | null;

  @Field(() => String)
  description!: string;

  @Field(() => [ID], { nullable: true, description: 'Fotos enviadas antes (POST /files, finalidade REQUEST_PHOTO), até 10.' })
  photoIds?: string[] | null;
}

@InputType({ description: 'Mudar a situação de um pedido, com um comentário público opcional.' })
export class ChangeRequestStatusInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  statusId!: string;

  @Field(() => String, { nullable: true, description: 'Visível ao cliente no histórico.' })
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'A situação que quem muda estava vendo: se outra pessoa já mudou o pedido, CONFLICT em vez de sobrescrever.' })
  expectedStatusId?: string | null;
}

@InputType({ description: 'Filtros da lista de pedidos da equipe.' })
export class RequestFilter {
  @Field(() => ID, { nullable: true })
  developmentId?: string | null;

  @Field(() => ID, { nullable: true })
  statusId?: string | null;

  @Field(() => RequestKind, { nullable: true })
  kind?: RequestKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: em aberto; false: finalizados.' })
  open?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Abertos a partir de.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Abertos até.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Pedidos das unidades do cliente ou abertos por ele.' })
  customerId?: string | null;
}

@InputType({ description: 'Uma mensagem na conversa de um pedido: resposta (cliente, síndico ou equipe) ou nota interna (só a equipe).' })
export class ReplyToRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String)
  body!: string;

  @Field(() => MessageVisibility, { nullable: true, description: 'Só a equipe: INTERNAL é uma nota interna que o cliente nunca vê. Padrão: PUBLIC.' })
  visibility?: MessageVisibility | null;

  @Field(() => [ID], { nullable: true, description: 'Fotos enviadas antes (POST /files, finalidade REQUEST_PHOTO), até 10.' })
  photoIds?: string[] | null;
}

@InputType({ description: 'Cancelar um pedido ainda em aberto (quem abriu, ou o titular da unidade).' })
export class CancelRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'O motivo, que fica no histórico.' })
  reason?: string | null;
}

@InputType({ description: 'Avaliar um pedido finalizado, uma vez, por quem o abriu.' })
export class RateRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: 'De 1 a 5.' })
  score!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType({ description: 'Dar um pedido a um membro da equipe (ou a ninguém).' })
export class AssignRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'Nulo: tirar o responsável.' })
  assigneeId?: string | null;
}
