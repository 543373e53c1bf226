import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Portal } from '../portal/portal.entity.js';
import type { FaqEntry } from './faq-entry.entity.js';

/**
 * A category of a portal's Perguntas frequentes (SPEC §11 lists "FAQ entries" among a portal's
 * settings: each portal has its own, as it has its own login texts).
 */
@Entity({ tableName: 'faq_category' })
@Index({ properties: ['portal', 'position'] })
@ObjectType({ description: 'Categoria das perguntas frequentes de um portal.' })
export class FaqCategory {
  [OptionalProps]?: 'id' | 'active' | 'position' | 'shown';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Portal, { deleteRule: 'cascade' })
  portal!: Rel<Portal>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => Boolean, { description: 'Inativa: o cliente não a vê.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @OneToMany('FaqEntry', 'category')
  entries = new Collection<FaqEntry>(this);

  /** The entries a screen shows (set by the service: the customer's search, or every one for staff). */
  @Property({ persist: false })
  shown?: FaqEntry[];
}
