import { Collection, Entity, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from '../developments/development.entity.js';
import { Portal } from './portal.entity.js';

/**
 * A hostname a portal answers on. R-PORTAL-3: when any domain of the portal is bound to
 * developments, a customer coming through a domain sees only the developments bound to it.
 */
@Entity({ tableName: 'portal_domain' })
@ObjectType({ description: 'Endereço (domínio) em que um portal responde, com os empreendimentos vinculados.' })
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

  @ManyToMany(() => Development, undefined, {
    pivotTable: 'portal_domain_development',
    joinColumn: 'portal_domain_id',
    inverseJoinColumn: 'development_id',
  })
  developments = new Collection<Development>(this);
}
