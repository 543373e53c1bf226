import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from '../developments/development.entity.js';
import { Syndic } from './syndic.entity.js';

/**
 * Arquivo dos Síndicos (R-REQ-10): configured on the development (every syndic of it sees it)
 * or on one syndic. Exactly one of the two is set. Its bytes are a StoredFile (kind SYNDIC_FILE,
 * owner this row), served at `/files/<id>` to the syndics who see it (syndic.rules.ts).
 */
@Entity({ tableName: 'syndic_file' })
@Check({ name: 'syndic_file_owner_check', expression: '("development_id" is null) <> ("syndic_id" is null)' })
@ObjectType({ description: 'Arquivo para síndicos: do empreendimento ou de um síndico.' })
export class SyndicFile {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { nullable: true, deleteRule: 'cascade' })
  development?: Rel<Development> | null;

  @ManyToOne(() => Syndic, { nullable: true, deleteRule: 'cascade' })
  syndic?: Rel<Syndic> | null;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** An address elsewhere (files from before Habite stored them); the GraphQL `url` is Habite's own when a stored file is attached. */
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
