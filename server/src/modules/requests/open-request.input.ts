import { Field, ID, InputType } from 'type-graphql';
import { RequestKind } from './request-kind.js';

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
