import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Workflow } from './workflow.entity.js';

/** Situação. R-REQ-4: some are final (Fim); reaching one sets the request's finishedAt. */
@Entity({ tableName: 'workflow_status' })
@ObjectType({ description: 'Situação de um workflow; as finais ("Fim") encerram o pedido.' })
export class WorkflowStatus {
  [OptionalProps]?: 'id' | 'isFinal' | 'isInitial';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Workflow, { deleteRule: 'cascade' })
  workflow!: Rel<Workflow>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, { description: 'Situação final ("Fim").' })
  @Property({ type: 'boolean', default: false })
  isFinal: boolean = false;

  @Field(() => Boolean, { description: 'Situação em que os pedidos novos começam.' })
  @Property({ type: 'boolean', default: false })
  isInitial: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;
}
