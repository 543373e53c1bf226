import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ErpKind } from '../erp-kind.js';

@ObjectType({ description: 'R-SYNC-2: uma linha recusada de um lote — a posição, o código, o campo e o motivo.' })
export class UpsertRowError {
  @Field(() => Int, { description: 'A posição da linha no lote (a partir de 0).' })
  index!: number;

  @Field(() => String, { nullable: true, description: 'O código da linha no ERP, quando veio.' })
  erpCode!: string | null;

  @Field(() => String, { nullable: true, description: 'O campo recusado (ex.: "developmentCode").' })
  field!: string | null;

  @Field(() => String, { description: 'REQUIRED, INVALID, TOO_LONG, NOT_FOUND (referência a um código que não existe), DUPLICATE (código repetido no lote), CONFLICT, ANONYMISED (cliente anonimizado a pedido dele, LGPD).' })
  code!: string;

  @Field(() => String, { description: 'O motivo, em português.' })
  message!: string;
}

@ObjectType({ description: 'R-SYNC-2: o resultado de um lote: tudo gravado (contagens) ou nada gravado (erros por linha).' })
export class UpsertResult {
  @Field(() => ErpKind)
  kind!: ErpKind;

  @Field(() => Boolean, { description: 'true: o lote foi gravado; false: alguma linha foi recusada e nada foi gravado.' })
  applied!: boolean;

  @Field(() => Boolean, { description: 'true: esta chave de idempotência já tinha sido aplicada com este mesmo conteúdo; a resposta é a daquela vez.' })
  replayed!: boolean;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Linhas iguais ao que já estava gravado: não são reescritas.' })
  unchanged!: number;

  @Field(() => [UpsertRowError])
  errors!: UpsertRowError[];

  @Field(() => ID, { nullable: true, description: 'A sincronização (R-SYNC-4) em que o lote entrou, se alguma.' })
  runId!: string | null;
}
