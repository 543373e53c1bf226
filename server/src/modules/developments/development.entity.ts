import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

export enum DevelopmentKind {
  /** Sold in units (incorporação, loteamento). */
  DEVELOPMENT = 'DEVELOPMENT',
  /** A cost-plus work for one client (obra por administração). */
  WORK = 'WORK',
}
registerEnumType(DevelopmentKind, { name: 'DevelopmentKind', description: 'Empreendimento vendido em unidades, ou obra por administração.' });

export enum DevelopmentStatus {
  /** Em andamento (em obras, em vendas). */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Paralisada. */
  PAUSED = 'PAUSED',
  /** Concluída / entregue. */
  FINISHED = 'FINISHED',
}
registerEnumType(DevelopmentStatus, { name: 'DevelopmentStatus', description: 'Situação do empreendimento ou obra (o "status da Obra" da lista de portais).' });

/** Empreendimento or obra. */
@Entity({ tableName: 'development' })
@ObjectType({ description: 'Empreendimento ou obra.' })
export class Development {
  [OptionalProps]?: 'id' | 'kind' | 'status' | 'allowServiceRequests' | 'allowAssistanceRequests' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => DevelopmentKind)
  @Enum({ items: () => DevelopmentKind, nativeEnumName: 'development_kind', default: DevelopmentKind.DEVELOPMENT })
  kind: DevelopmentKind = DevelopmentKind.DEVELOPMENT;

  @Field(() => DevelopmentStatus)
  @Enum({ items: () => DevelopmentStatus, nativeEnumName: 'development_status', default: DevelopmentStatus.IN_PROGRESS })
  status: DevelopmentStatus = DevelopmentStatus.IN_PROGRESS;

  /** Previsão de entrega (R-UNIT-5), shown when the portal's showDeliveryForecast is on. */
  @Property({ type: 'date', nullable: true })
  deliveryDate?: string | null;

  /** R-REQ-1: permission to open service requests (atendimentos) through the portal. */
  @Field(() => Boolean, { description: 'R-REQ-1: permite abrir atendimentos pelo portal.' })
  @Property({ type: 'boolean', default: true })
  allowServiceRequests: boolean = true;

  /** R-REQ-1: permission to open assistance requests through the portal. */
  @Field(() => Boolean, { description: 'R-REQ-1: permite abrir assistências técnicas pelo portal.' })
  @Property({ type: 'boolean', default: true })
  allowAssistanceRequests: boolean = true;

  /** The ERP's internal code (R-SYNC-2). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
