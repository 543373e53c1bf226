import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from './development.entity.js';

/** Etapa: a phase of a development. R-UNIT-2: an inactive stage hides its units. */
@Entity({ tableName: 'stage' })
@ObjectType({ description: 'Etapa de um empreendimento.' })
export class Stage {
  [OptionalProps]?: 'id' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** The ERP's code of this record (R-SYNC-2; erp_key resolves it). */
  @Field(() => String, { nullable: true, description: 'O código deste registro no ERP.' })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
