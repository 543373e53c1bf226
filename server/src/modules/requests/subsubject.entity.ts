import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Subject } from './subject.entity.js';

/** Subassunto. R-REQ-2: the portal shows `portalDisplayName` when set; staff always see `name`. */
@Entity({ tableName: 'subsubject' })
@ObjectType({ description: 'Subassunto. No portal aparece o nome de exibição, quando houver (R-REQ-2).' })
export class Subsubject {
  [OptionalProps]?: 'id' | 'active';

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

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
