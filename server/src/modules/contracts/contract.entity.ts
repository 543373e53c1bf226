import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Reservation } from '../customers/reservation.entity.js';
import { ContractType } from './contract-type.entity.js';

/** A contract document of a reservation. Who sees it: SPEC §4 (contract.rules.ts). */
@Entity({ tableName: 'contract' })
@Index({ properties: ['reservation'] })
@ObjectType({ description: 'Contrato de uma reserva.' })
export class Contract {
  [OptionalProps]?: 'id' | 'signed' | 'validated' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Reservation, { deleteRule: 'cascade' })
  reservation!: Rel<Reservation>;

  @ManyToOne(() => ContractType, { deleteRule: 'restrict' })
  type!: Rel<ContractType>;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  /** Assinado (R-CONTRACT-2) */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  signed: boolean = false;

  /** Validado (R-CONTRACT-2) */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  validated: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;

  /** An address elsewhere (documents from before Habite stored them); the GraphQL `documentUrl` is Habite's own when a document is stored (contract-document.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  documentUrl?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The ERP's code of this record (R-SYNC-2; erp_key resolves it). */
  @Field(() => String, { nullable: true, description: 'O código deste registro no ERP.' })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
