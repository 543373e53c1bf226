import { Field, InputType } from 'type-graphql';
import { TokenScope } from './api-token.entity.js';

@InputType({ description: 'R-SYNC-1: um novo token de API.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Para quem é (ex.: "ERP Sienge — carga noturna").' })
  name!: string;

  @Field(() => [TokenScope], { description: 'READ: consultas; INTEGRATION: também gravar lotes, ler a fila de saída e as sincronizações.' })
  scopes!: TokenScope[];

  @Field(() => Date, { nullable: true, description: 'Validade; sem ela, vale até ser revogado.' })
  expiresAt?: Date | null;
}
