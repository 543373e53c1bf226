import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { CommonArea } from '../developments/common-area.entity.js';
import { Development } from '../developments/development.entity.js';
import { Location } from '../developments/location.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { RequestKind } from './request-kind.js';
import { Subject } from './subject.entity.js';
import { Subsubject } from './subsubject.entity.js';
import { WorkflowStatus } from './workflow-status.entity.js';

/** An atendimento or assistência técnica. Who sees it: SPEC §5 (request.rules.ts). */
@Entity({ tableName: 'request' })
@Check({ name: 'request_target_check', expression: '"unit_id" is not null or "common_area_id" is not null' })
@Check({ name: 'request_rating_check', expression: '"rating_score" is null or ("rating_score" >= 1 and "rating_score" <= 5)' })
@Unique({ properties: ['company', 'number'] })
@Index({ properties: ['unit'] })
@Index({ properties: ['company', 'createdAt'] })
@Index({ properties: ['openedBy'] })
@ObjectType({ description: 'Atendimento ou assistência técnica.' })
export class Request {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'assignee' | 'ratingScore' | 'ratingComment' | 'ratedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  /** Sequential per company: what people say on the phone ("o pedido 1042"). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => RequestKind)
  @Enum({ items: () => RequestKind, nativeEnumName: 'request_kind' })
  kind!: RequestKind;

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  /** The unit it concerns; null when it targets a common area (R-REQ-3, R-REQ-8). */
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'cascade' })
  unit?: Rel<Unit> | null;

  @ManyToOne(() => CommonArea, { nullable: true, deleteRule: 'set null' })
  commonArea?: Rel<CommonArea> | null;

  @ManyToOne(() => Location, { nullable: true, deleteRule: 'set null' })
  location?: Rel<Location> | null;

  @ManyToOne(() => Subject, { deleteRule: 'restrict' })
  subject!: Rel<Subject>;

  @ManyToOne(() => Subsubject, { deleteRule: 'restrict' })
  subsubject!: Rel<Subsubject>;

  @ManyToOne(() => WorkflowStatus, { deleteRule: 'restrict' })
  status!: Rel<WorkflowStatus>;

  /** Who opened it: a customer, a syndic, or staff on someone's behalf. */
  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  openedBy!: Rel<Account>;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** When it reached a final status (R-REQ-5); null while open. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  /** The member of staff responsible for it (within their staff scope); null: nobody yet. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  assignee?: Rel<Account> | null;

  /** The opener's rating of a finished request, 1 to 5, given once. */
  @Field(() => Int, { nullable: true, description: 'Avaliação do atendimento (1 a 5), dada uma vez por quem abriu, depois de finalizado.' })
  @Property({ type: 'smallint', nullable: true })
  ratingScore?: number | null;

  @Field(() => String, { nullable: true, description: 'Comentário opcional da avaliação.' })
  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  ratedAt?: Date | null;
}
