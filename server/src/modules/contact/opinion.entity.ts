import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { ContactMessage, ContactStatus } from './contact-message.entity.js';

/**
 * Parecer (R-CONTACT-2): a staff reply with a status, kept in order. Each one sets its message's
 * status; the customer reads only those `visibleToCustomer` (the others are internal notes).
 */
@Entity({ tableName: 'contact_opinion' })
@Index({ properties: ['message', 'createdAt'] })
@ObjectType({ description: 'Parecer de uma mensagem do Fale Conosco (R-CONTACT-2).' })
export class Opinion {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => ContactMessage, { deleteRule: 'cascade' })
  message!: Rel<ContactMessage>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  author?: Rel<Account> | null;

  @Field(() => ContactStatus, { description: 'A situação que este parecer deu à mensagem.' })
  @Enum({ items: () => ContactStatus, nativeEnumName: 'contact_status' })
  status!: ContactStatus;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Boolean, { description: 'O cliente lê este parecer; falso: nota interna, só a equipe vê.' })
  @Property({ type: 'boolean' })
  visibleToCustomer!: boolean;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
