import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

/** Tipo de Solicitação do Fale Conosco (R-CONTACT-1): configured by staff, chosen by the customer. */
@Entity({ tableName: 'contact_type' })
@Index({ properties: ['company', 'position'] })
@ObjectType({ description: 'Tipo de Solicitação do Fale Conosco (R-CONTACT-1).' })
export class ContactType {
  [OptionalProps]?: 'id' | 'active' | 'position';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, { description: 'Inativo: o cliente não o escolhe mais; as mensagens antigas o mantêm.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Int, { description: 'Ordem na lista.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
