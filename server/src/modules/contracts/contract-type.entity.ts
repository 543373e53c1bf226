import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

/** Tipo de contrato. R-CONTRACT-3: only types visible to the customer reach the portal. */
@Entity({ tableName: 'contract_type' })
@ObjectType({ description: 'Tipo de contrato.' })
export class ContractType {
  [OptionalProps]?: 'id' | 'visibleToCustomer';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, { description: 'R-CONTRACT-3: exibir ao cliente.' })
  @Property({ type: 'boolean', default: true })
  visibleToCustomer: boolean = true;

  /** The ERP's code of this record (R-SYNC-2; erp_key resolves it). */
  @Field(() => String, { nullable: true, description: 'O código deste registro no ERP.' })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
