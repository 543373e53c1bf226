import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

/** A customer's registration record (cadastro). Their login, if any, is an Account pointing here. */
@Entity({ tableName: 'customer' })
@Unique({ properties: ['company', 'document'] })
@ObjectType({ description: 'Cadastro de um cliente (pessoa física ou jurídica).' })
export class Customer {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version' | 'customFields';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** CPF or CNPJ (numeric or alphanumeric), validated by its check digits, without punctuation. */
  @Field(() => String)
  @Property({ type: 'text' })
  document!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Logradouro.' })
  @Property({ type: 'text', nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  streetNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  complement?: string | null;

  @Field(() => String, { nullable: true, description: 'Bairro.' })
  @Property({ type: 'text', nullable: true })
  district?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'UF.' })
  @Property({ type: 'text', nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'CEP.' })
  @Property({ type: 'text', nullable: true })
  postalCode?: string | null;

  /** R-DATA-6: values of the company's custom fields, by key. */
  @Property({ type: 'jsonb', default: '{}' })
  customFields: Record<string, string | null> = {};

  /** Bumped by every change to the record: a data change made against an older version conflicts (R-DATA-5). */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
