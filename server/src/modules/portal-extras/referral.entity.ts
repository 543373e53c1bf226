import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Development } from '../developments/development.entity.js';
import { Portal } from '../portal/portal.entity.js';

/**
 * Indique um amigo: a friend a customer referred, with the customer's word that the friend agreed
 * to be contacted (LGPD). It reaches the company's CRM through the outbox (topic `referral.created`).
 */
@Entity({ tableName: 'referral' })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ description: 'Uma indicação (Indique um amigo) feita por um cliente.' })
export class Referral {
  [OptionalProps]?: 'id' | 'createdAt' | 'phone' | 'email' | 'development';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Portal, { deleteRule: 'cascade' })
  portal!: Rel<Portal>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Field(() => String)
  @Property({ type: 'text' })
  friendName!: string;

  @Field(() => String, { nullable: true, description: 'Só dígitos, com DDD.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email?: string | null = null;

  @ManyToOne(() => Development, { nullable: true, deleteRule: 'set null' })
  development?: Rel<Development> | null = null;

  /** When the customer declared the friend agreed to be contacted (LGPD): a referral has none without it. */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  consentAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
