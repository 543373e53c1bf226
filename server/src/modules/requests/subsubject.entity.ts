import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Subject } from './subject.entity.js';

/**
 * Subassunto. R-REQ-2: a portal shows its own display name for it when it has one
 * (`portalDisplayNames`, by portal id), else `portalDisplayName` (every portal's), else `name`;
 * staff always see `name`.
 */
@Entity({ tableName: 'subsubject' })
@ObjectType({ description: 'Subassunto. No portal aparece o nome de exibição, quando houver (R-REQ-2).' })
export class Subsubject {
  [OptionalProps]?: 'id' | 'active' | 'portalDisplayNames';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Rel<Subject>;

  /** The real (internal) name; the GraphQL `name` field is resolved per viewer (subject.resolver.ts). */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  portalDisplayName?: string | null;

  /** R-REQ-2: display names of one portal (portal id → name), over `portalDisplayName`. Portals of the subsubject's company only. */
  @Property({ type: 'jsonb', default: '{}' })
  portalDisplayNames: Record<string, string> = {};

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
