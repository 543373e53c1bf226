import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Development } from '../developments/development.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { ContactType } from './contact-type.entity.js';
import type { Opinion } from './opinion.entity.js';

/** R-CONTACT-2: the statuses of a Fale Conosco message, as the seed lists them. */
export enum ContactStatus {
  PENDING = 'PENDING',
  READ = 'READ',
  /** Observação. */
  NOTE = 'NOTE',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(ContactStatus, {
  name: 'ContactStatus',
  description: 'R-CONTACT-2: situação de uma mensagem do Fale Conosco: PENDING (Pendente), READ (Lida), NOTE (Observação), RESOLVED (Resolvida), CLOSED (Fechada).',
});

/**
 * A Fale Conosco message (SPEC §7): sent by a customer about one of the units they see, or in
 * general; its status is the one the latest parecer set. `development` is the unit's, kept for
 * the filters and the staff scope (a general message has none).
 */
@Entity({ tableName: 'contact_message' })
@Index({ properties: ['company', 'createdAt'] })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ description: 'Mensagem do Fale Conosco (R-CONTACT-1).' })
export class ContactMessage {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  /** The portal it was sent through. */
  @ManyToOne(() => Portal, { nullable: true, deleteRule: 'set null' })
  portal?: Rel<Portal> | null;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  /** The login that sent it. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  sentBy?: Rel<Account> | null;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'set null' })
  unit?: Rel<Unit> | null;

  @ManyToOne(() => Development, { nullable: true, deleteRule: 'set null' })
  development?: Rel<Development> | null;

  @ManyToOne(() => ContactType, { deleteRule: 'restrict' })
  type!: Rel<ContactType>;

  @Field(() => String)
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => ContactStatus)
  @Enum({ items: () => ContactStatus, nativeEnumName: 'contact_status', default: ContactStatus.PENDING })
  status: ContactStatus = ContactStatus.PENDING;

  @OneToMany('Opinion', 'message')
  opinions = new Collection<Opinion>(this);

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'Quando recebeu o último parecer (ou foi enviada).' })
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
