import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from './development.entity.js';

/** Localidade: a place inside the development's units (Cozinha, Banheiro social) an assistance can name (R-REQ-3). */
@Entity({ tableName: 'location' })
@ObjectType({ description: 'Localidade dentro da unidade (cozinha, banheiro…), para assistências.' })
export class Location {
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
