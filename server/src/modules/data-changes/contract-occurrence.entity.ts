import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Contract } from '../contracts/contract.entity.js';

/** An entry in a contract's history; R-DATA-4 adds one for every approved registration change. */
@Entity({ tableName: 'contract_occurrence' })
@Index({ properties: ['contract', 'at'] })
@ObjectType({ description: 'Ocorrência no histórico de um contrato.' })
export class ContractOccurrence {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Contract, { deleteRule: 'cascade' })
  contract!: Rel<Contract>;

  @Field(() => String, { description: 'REGISTRATION_CHANGE, …' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  by?: Rel<Account> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;
}
