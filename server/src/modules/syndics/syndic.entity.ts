import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Development } from '../developments/development.entity.js';

/** Síndico: building manager of a development, with limited portal access (R-REQ-8, R-REQ-10). */
@Entity({ tableName: 'syndic' })
@ObjectType({ description: 'Síndico de um empreendimento.' })
export class Syndic {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;
}
