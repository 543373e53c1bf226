import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';

/** The tenant: an incorporadora or construtora. Owns portals, developments and staff. */
@Entity({ tableName: 'company' })
@ObjectType({ description: 'Incorporadora ou construtora: dona dos portais, empreendimentos e equipe.' })
export class Company {
  [OptionalProps]?: 'id' | 'createdAt' | 'requestSeq';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** CNPJ, numeric or alphanumeric, without punctuation. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  document?: string | null;

  /** Last request number handed out (requests are numbered per company). */
  @Property({ type: 'integer', default: 0, hidden: true })
  requestSeq: number = 0;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
