import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';

/** R-DATA-2: how customers' registration changes are approved. */
export enum DataChangeApproval {
  /** Applied at once (status APPROVED). */
  AUTOMATIC = 'AUTOMATIC',
  /** PENDING until an ADMIN acts. */
  MANUAL = 'MANUAL',
}
registerEnumType(DataChangeApproval, { name: 'DataChangeApproval', description: 'R-DATA-2: aprovação automática ou manual das alterações cadastrais.' });

/** The tenant: an incorporadora or construtora. Owns portals, developments and staff. */
@Entity({ tableName: 'company' })
@ObjectType({ description: 'Incorporadora ou construtora: dona dos portais, empreendimentos e equipe.' })
export class Company {
  [OptionalProps]?: 'id' | 'createdAt' | 'requestSeq' | 'dataChangeApproval';

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

  @Field(() => DataChangeApproval)
  @Enum({ items: () => DataChangeApproval, nativeEnumName: 'data_change_approval', default: DataChangeApproval.MANUAL })
  dataChangeApproval: DataChangeApproval = DataChangeApproval.MANUAL;

  /** Last request number handed out (requests are numbered per company). */
  @Property({ type: 'integer', default: 0, hidden: true })
  requestSeq: number = 0;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The ERP's code of this record (R-SYNC-2; erp_key resolves it). */
  @Field(() => String, { nullable: true, description: 'O código deste registro no ERP.' })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
