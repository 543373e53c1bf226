import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { ApiToken } from './api-token.entity.js';

/** R-SYNC-1: every call made with a token — which operation, when, how it ended, how many rows — for ADMINs to read. */
@Entity({ tableName: 'api_call' })
@Index({ properties: ['token', 'at'] })
@Index({ properties: ['company', 'at'] })
@ObjectType({ description: 'R-SYNC-1: uma chamada feita com um token: operação, quando, resultado e linhas.' })
export class ApiCall {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => ApiToken, { description: 'O token que fez a chamada.' })
  @ManyToOne(() => ApiToken, { deleteRule: 'cascade' })
  token!: Rel<ApiToken>;

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String, { description: 'O nome da operação (o que o sistema chamou).' })
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  /** OK; ROWS_REFUSED (a batch refused by its rows' errors: nothing written); or the first error code the caller got (BAD_USER_INPUT, RATE_LIMITED…). */
  @Field(() => String, { description: 'OK; ROWS_REFUSED (lote recusado por erros nas linhas: nada gravado); ou o código do primeiro erro que o sistema recebeu.' })
  @Property({ type: 'text' })
  outcome!: string;

  @Field(() => Int, { description: 'Linhas lidas ou gravadas.' })
  @Property({ type: 'integer' })
  rows!: number;

  @Field(() => Int, { description: 'Duração, em milissegundos.' })
  @Property({ type: 'integer' })
  ms!: number;
}
