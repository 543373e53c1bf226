import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Block } from './block.entity.js';
import { Development } from './development.entity.js';
import { Stage } from './stage.entity.js';

/** Unidade or lote. Who sees it in a portal: SPEC §3 (unit.rules.ts). */
@Entity({ tableName: 'unit' })
@Index({ properties: ['development'] })
@ObjectType({ description: 'Unidade ou lote.' })
export class Unit {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @ManyToOne(() => Block, { nullable: true, deleteRule: 'set null' })
  block?: Rel<Block> | null;

  @ManyToOne(() => Stage, { nullable: true, deleteRule: 'set null' })
  stage?: Rel<Stage> | null;

  /** Its name or number as the customer knows it ("Apto 101", "Lote 7"). */
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
