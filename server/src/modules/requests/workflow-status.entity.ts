import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Workflow } from './workflow.entity.js';

/** Situação. R-REQ-4: some are final (Fim); reaching one sets the request's finishedAt. */
@Entity({ tableName: 'workflow_status' })
@Index({ name: 'workflow_status_cancellation_unique', expression: 'create unique index "workflow_status_cancellation_unique" on "workflow_status" ("workflow_id") where "is_cancellation"' })
@ObjectType({ description: 'Situação de um workflow; as finais ("Fim") encerram o pedido.' })
export class WorkflowStatus {
  [OptionalProps]?: 'id' | 'isFinal' | 'isInitial' | 'isCancellation';

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

  /**
   * The final status a request reaches when its customer cancels it (request.service.ts `cancel`):
   * at most one per workflow, made the first time someone cancels if the company has not made it.
   */
  @Field(() => Boolean, { description: 'Situação final em que ficam os pedidos cancelados pelo cliente.' })
  @Property({ type: 'boolean', default: false })
  isCancellation: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;
}
