import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { FaqCategory } from './faq-category.entity.js';

/** One question and its answer (Perguntas frequentes). */
@Entity({ tableName: 'faq_entry' })
@Index({ properties: ['category', 'position'] })
@ObjectType({ description: 'Uma pergunta frequente e sua resposta.' })
export class FaqEntry {
  [OptionalProps]?: 'id' | 'active' | 'position';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => FaqCategory, { deleteRule: 'cascade' })
  category!: Rel<FaqCategory>;

  @Field(() => String)
  @Property({ type: 'text' })
  question!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  answer!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Field(() => Boolean, { description: 'Inativa: o cliente não a vê.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** Question and answer without accents, in lower case (faq-search.ts): what the search looks in. */
  @Property({ type: 'text' })
  searchText!: string;
}
