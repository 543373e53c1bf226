import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from './development.entity.js';

/** Bloco (tower) or quadra (in a land subdivision). R-UNIT-2: an inactive block hides its units. */
@Entity({ tableName: 'block' })
@ObjectType({ description: 'Bloco ou quadra.' })
export class Block {
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
