import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Request } from './request.entity.js';
import { WorkflowStatus } from './workflow-status.entity.js';

/** R-REQ-4: every status change, with who, when and an optional public comment. */
@Entity({ tableName: 'request_status_change' })
@Index({ properties: ['request', 'at'] })
@ObjectType({ description: 'Mudança de situação de um pedido (histórico).' })
export class RequestStatusChange {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Request, { deleteRule: 'cascade' })
  request!: Rel<Request>;

  @ManyToOne(() => WorkflowStatus, { nullable: true, deleteRule: 'restrict' })
  fromStatus?: Rel<WorkflowStatus> | null;

  @ManyToOne(() => WorkflowStatus, { deleteRule: 'restrict' })
  toStatus!: Rel<WorkflowStatus>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  changedBy?: Rel<Account> | null;

  @Field(() => String, { nullable: true, description: 'Comentário público, visível ao cliente.' })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;
}
