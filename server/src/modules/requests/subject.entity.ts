import { Collection, Entity, Enum, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { RequestKind } from './request-kind.js';
import { Subsubject } from './subsubject.entity.js';

/** Assunto of a request. */
@Entity({ tableName: 'subject' })
@ObjectType({ description: 'Assunto de atendimentos ou assistências.' })
export class Subject {
  [OptionalProps]?: 'id' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => RequestKind)
  @Enum({ items: () => RequestKind, nativeEnumName: 'request_kind' })
  kind!: RequestKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @OneToMany(() => Subsubject, (s) => s.subject)
  subsubjects = new Collection<Subsubject>(this);
}
