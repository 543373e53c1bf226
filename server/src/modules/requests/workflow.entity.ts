import { Collection, Entity, Enum, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { RequestKind } from './request-kind.js';
import { WorkflowStatus } from './workflow-status.entity.js';

/** The statuses a company's requests of one kind go through. */
@Entity({ tableName: 'workflow' })
@Unique({ properties: ['company', 'kind'] })
@ObjectType({ description: 'Workflow de situações de atendimentos ou assistências.' })
export class Workflow {
  [OptionalProps]?: 'id' | 'showFinishedInPortal' | 'dueHours';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => RequestKind)
  @Enum({ items: () => RequestKind, nativeEnumName: 'request_kind' })
  kind!: RequestKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** R-REQ-6 (Exibir assistência com situação Fim): finished assistances stay visible without limit; overrides the SLA. */
  @Field(() => Boolean, { description: 'R-REQ-6: "Exibir assistência com situação Fim" — sobrepõe o SLA.' })
  @Property({ type: 'boolean', default: false })
  showFinishedInPortal: boolean = false;

  /**
   * The company's service level (prazo de atendimento): hours from opening to a final status. Staff
   * see each open request's clock against it; null: no deadline, only the time since opening.
   */
  @Field(() => Int, { nullable: true, description: 'Prazo de atendimento, em horas desde a abertura (SLA da equipe); nulo: sem prazo.' })
  @Property({ type: 'integer', nullable: true })
  dueHours?: number | null = null;

  @OneToMany(() => WorkflowStatus, (s) => s.workflow, { orderBy: { position: 'asc' } })
  statuses = new Collection<WorkflowStatus>(this);
}
