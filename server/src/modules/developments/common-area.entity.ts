import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from './development.entity.js';

/** Área comum of a development (salão de festas, piscina): target of assistances (R-REQ-3) and of syndic requests (R-REQ-8). */
@Entity({ tableName: 'common_area' })
@ObjectType({ description: 'Área comum do empreendimento.' })
export class CommonArea {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;
}
