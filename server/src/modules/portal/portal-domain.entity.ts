import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Portal } from './portal.entity.js';

/** A hostname a portal answers on (R-PORTAL-3). */
@Entity({ tableName: 'portal_domain' })
@ObjectType({ description: 'Endereço (domínio) em que um portal responde.' })
export class PortalDomain {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Portal, { deleteRule: 'cascade' })
  portal!: Rel<Portal>;

  /** Lower-case hostname without port, e.g. `jardins.localhost`. */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  hostname!: string;
}
