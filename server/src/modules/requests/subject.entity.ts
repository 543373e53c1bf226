import { Collection, Entity, Enum, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { RequestKind } from './request-kind.js';
import { SubjectAppliesTo } from './subject-target.js';
import { Subsubject } from './subsubject.entity.js';

/** Assunto of a request. */
@Entity({ tableName: 'subject' })
@ObjectType({ description: 'Assunto de atendimentos ou assistências.' })
export class Subject {
  [OptionalProps]?: 'id' | 'active' | 'appliesTo';

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

  /** R-REQ-8, R-REQ-3: a syndic's common-area form offers only subjects for common areas. */
  @Field(() => SubjectAppliesTo, { description: 'Onde o assunto se aplica: unidades, áreas comuns ou ambas.' })
  @Enum({ items: () => SubjectAppliesTo, nativeEnumName: 'subject_applies_to', default: SubjectAppliesTo.BOTH })
  appliesTo: SubjectAppliesTo = SubjectAppliesTo.BOTH;

  @OneToMany(() => Subsubject, (s) => s.subject)
  subsubjects = new Collection<Subsubject>(this);
}
