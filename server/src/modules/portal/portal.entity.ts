import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Development } from '../developments/development.entity.js';
import { PortalDomain } from './portal-domain.entity.js';
import { SlaUnit } from './portal-settings.js';
import { WorkLogStatus } from '../works/work-log.enums.js';

const toggle = (description: string) => [() => Boolean, { description }] as const;

/**
 * A configured customer portal of a company: the developments it serves, its domains, and every
 * setting of SPEC §11 as a typed column (listed with group and help in portal-settings.ts).
 */
@Entity({ tableName: 'portal' })
@ObjectType({ description: 'Portal do cliente configurado por uma empresa.' })
export class Portal {
  [OptionalProps]?:
    | 'id' | 'createdAt' | 'active' | 'loginEnabled' | 'showScheduling' | 'showServiceMenu' | 'showAssistanceMenu'
    | 'showBenefits' | 'showFaq' | 'showSurveys' | 'showReferFriend' | 'showAddressConfirmation' | 'showPendingProposalsPopup'
    | 'showPendingPreRegistrationsPopup' | 'showLocation' | 'showSyndicAccess' | 'showCommonArea' | 'showDeliveryForecast'
    | 'showContracts' | 'requireDataConfirmation' | 'finishedAssistanceSlaMinutes' | 'finishedAssistanceSlaUnit'
    | 'showFinancial' | 'showStandaloneBills' | 'associatesSeeHolderBills' | 'taxSeries' | 'showCustomerPayments' | 'showBuilderPayments' | 'workLogStatuses';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** Short name used in addresses and by API clients (`x-habite-portal`). */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  slug!: string;

  /** R-PORTAL-2: an inactive portal refuses customers but keeps its data. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** R-PORTAL-1: the developments this portal serves. */
  @ManyToMany(() => Development, undefined, { pivotTable: 'portal_development', joinColumn: 'portal_id', inverseJoinColumn: 'development_id' })
  developments = new Collection<Development>(this);

  @OneToMany(() => PortalDomain, (d) => d.portal)
  domains = new Collection<PortalDomain>(this);

  // Access
  @Field(...toggle('R-AUTH-7 (Efetuar Login): entrar com senha; o link por e-mail funciona sempre.'))
  @Property({ type: 'boolean', default: true })
  loginEnabled: boolean = true;

  @Field(...toggle('R-AUTH-4 (Necessário Confirmar Cadastro).'))
  @Property({ type: 'boolean', default: false })
  requireDataConfirmation: boolean = false;

  // Menus and features (seed 003)
  @Field(...toggle('Exibir menu agendamentos.'))
  @Property({ type: 'boolean', default: false })
  showScheduling: boolean = false;

  @Field(...toggle('R-REQ-1: exibir menu atendimentos.'))
  @Property({ type: 'boolean', default: true })
  showServiceMenu: boolean = true;

  @Field(...toggle('R-REQ-1: exibir menu assistência.'))
  @Property({ type: 'boolean', default: true })
  showAssistanceMenu: boolean = true;

  @Field(...toggle('Exibir portal de benefícios.'))
  @Property({ type: 'boolean', default: false })
  showBenefits: boolean = false;

  @Field(...toggle('Exibir perguntas frequentes.'))
  @Property({ type: 'boolean', default: false })
  showFaq: boolean = false;

  @Field(...toggle('Exibir menu pesquisa.'))
  @Property({ type: 'boolean', default: false })
  showSurveys: boolean = false;

  @Field(...toggle('Exibir indique um amigo.'))
  @Property({ type: 'boolean', default: false })
  showReferFriend: boolean = false;

  @Field(...toggle('Exibir confirmação de endereço.'))
  @Property({ type: 'boolean', default: false })
  showAddressConfirmation: boolean = false;

  @Field(...toggle('Exibir propostas pendentes (pop-up).'))
  @Property({ type: 'boolean', default: false })
  showPendingProposalsPopup: boolean = false;

  @Field(...toggle('Exibir pré-cadastros pendentes (pop-up).'))
  @Property({ type: 'boolean', default: false })
  showPendingPreRegistrationsPopup: boolean = false;

  @Field(...toggle('R-REQ-3: exibir localidade ao abrir assistência.'))
  @Property({ type: 'boolean', default: false })
  showLocation: boolean = false;

  @Field(...toggle('R-REQ-8: exibir acesso do síndico.'))
  @Property({ type: 'boolean', default: false })
  showSyndicAccess: boolean = false;

  @Field(...toggle('R-REQ-3: exibir área comum ao abrir assistência.'))
  @Property({ type: 'boolean', default: false })
  showCommonArea: boolean = false;

  @Field(...toggle('R-UNIT-5: exibir previsão de entrega.'))
  @Property({ type: 'boolean', default: false })
  showDeliveryForecast: boolean = false;

  @Field(...toggle('R-CONTRACT-1: exibir contratos.'))
  @Property({ type: 'boolean', default: true })
  showContracts: boolean = true;

  /** R-REQ-5: how long a finished assistance stays visible, in minutes (a duration; the unit is how the admin sees it). */
  @Field(() => Int, { description: 'R-REQ-5: SLA da exibição de assistência finalizada, em minutos.' })
  @Property({ type: 'integer', default: 7 * 24 * 60 })
  finishedAssistanceSlaMinutes: number = 7 * 24 * 60;

  @Field(() => SlaUnit)
  @Enum({ items: () => SlaUnit, nativeEnumName: 'sla_unit', default: SlaUnit.DAYS })
  finishedAssistanceSlaUnit: SlaUnit = SlaUnit.DAYS;

  // Financial (SPEC §8, §11)
  @Field(...toggle('R-SET-1: exibir o menu Financeiro.'))
  @Property({ type: 'boolean', default: true })
  showFinancial: boolean = true;

  @Field(...toggle('R-FIN-2: exibir boletos avulsos.'))
  @Property({ type: 'boolean', default: false })
  showStandaloneBills: boolean = false;

  @Field(...toggle('R-FIN-3: associados veem os boletos do titular (quando o tipo de associação também permite).'))
  @Property({ type: 'boolean', default: false })
  associatesSeeHolderBills: boolean = false;

  /** R-FIN-5: the series (as the ERP names them) whose payments the income-tax statement sums. */
  @Field(() => [String], { description: 'R-FIN-5: séries somadas no Demonstrativo de IR, como o ERP as nomeia.' })
  @Property({ type: 'text[]', default: '{}' })
  taxSeries: string[] = [];

  /** R-FIN-7 (Exibição de Pagamentos): payments of WORK developments shown by who pays. */
  @Field(...toggle('R-FIN-7: exibir pagamentos feitos pelo cliente (obras).'))
  @Property({ type: 'boolean', default: true })
  showCustomerPayments: boolean = true;

  @Field(...toggle('R-FIN-7: exibir pagamentos feitos pela construtora (obras).'))
  @Property({ type: 'boolean', default: false })
  showBuilderPayments: boolean = false;

  /** R-WORK-1 (seed 001): the work log statuses customers see; empty hides the Diário de obra menu. */
  @Field(() => [WorkLogStatus], { description: 'R-WORK-1: as situações do diário de obra que o cliente vê (padrão: aprovados); vazio oculta o menu.' })
  @Enum({ items: () => WorkLogStatus, array: true, default: [WorkLogStatus.APPROVED] })
  workLogStatuses: WorkLogStatus[] = [WorkLogStatus.APPROVED];

  // White label and login screen (R-PORTAL-4)
  @Field(() => String, { nullable: true, description: 'R-PORTAL-4: Texto 1 da tela de acesso.' })
  @Property({ type: 'text', nullable: true })
  loginText1?: string | null;

  @Field(() => String, { nullable: true, description: 'R-PORTAL-4: Texto 2 da tela de acesso.' })
  @Property({ type: 'text', nullable: true })
  loginText2?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  whiteLabelName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  secondaryColor?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
