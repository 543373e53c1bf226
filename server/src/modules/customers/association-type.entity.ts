import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

/** Tipo de associação (cônjuge, procurador, fiador…): what an associate of a reservation may see. */
@Entity({ tableName: 'association_type' })
@ObjectType({ description: 'Tipo de associação: o que um associado da reserva pode ver.' })
export class AssociationType {
  [OptionalProps]?: 'id' | 'seesUnitsInPortal' | 'seesHolderBills';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** R-UNIT-1 (Visualiza Unidades Portal). */
  @Field(() => Boolean, { description: 'R-UNIT-1: "Visualiza Unidades Portal".' })
  @Property({ type: 'boolean', default: false })
  seesUnitsInPortal: boolean = false;

  /** R-FIN-3 */
  @Field(() => Boolean, { description: 'R-FIN-3: vê os boletos do titular (se o portal permitir).' })
  @Property({ type: 'boolean', default: false })
  seesHolderBills: boolean = false;

  /** The ERP's code of this record (R-SYNC-2; erp_key resolves it). */
  @Field(() => String, { nullable: true, description: 'O código deste registro no ERP.' })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
