import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { PortalDomain } from './portal-domain.entity.js';

/** A configured customer portal of a company. */
@Entity({ tableName: 'portal' })
@ObjectType({ description: 'Portal do cliente configurado por uma empresa.' })
export class Portal {
  [OptionalProps]?: 'id' | 'createdAt' | 'active' | 'loginEnabled';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** Short name used in addresses and by API clients (`x-habite-portal`). */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  slug!: string;

  /** R-PORTAL-2: an inactive portal refuses customers but keeps its data. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** R-AUTH-7 (Efetuar Login): password sign-in on this portal; magic links work regardless. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  loginEnabled: boolean = true;

  @OneToMany(() => PortalDomain, (d) => d.portal)
  domains = new Collection<PortalDomain>(this);

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
