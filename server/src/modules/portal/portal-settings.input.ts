import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SettingAvailability, SlaUnit } from './portal-settings.js';
import { WorkLogStatus } from '../works/work-log.enums.js';

/** Every setting optional: only those given change (and are audited, R-SET-2). */
@InputType({ description: 'Configurações do portal a alterar; as omitidas ficam como estão.' })
export class PortalSettingsInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true }) loginEnabled?: boolean;
  @Field(() => Boolean, { nullable: true }) requireDataConfirmation?: boolean;
  @Field(() => Boolean, { nullable: true }) showScheduling?: boolean;
  @Field(() => Boolean, { nullable: true }) showServiceMenu?: boolean;
  @Field(() => Boolean, { nullable: true }) showAssistanceMenu?: boolean;
  @Field(() => Boolean, { nullable: true }) showBenefits?: boolean;
  @Field(() => Boolean, { nullable: true }) showFaq?: boolean;
  @Field(() => Boolean, { nullable: true }) showSurveys?: boolean;
  @Field(() => Boolean, { nullable: true }) showReferFriend?: boolean;
  @Field(() => Boolean, { nullable: true }) showAddressConfirmation?: boolean;
  @Field(() => Boolean, { nullable: true }) showPendingProposalsPopup?: boolean;
  @Field(() => Boolean, { nullable: true }) showPendingPreRegistrationsPopup?: boolean;
  @Field(() => Boolean, { nullable: true }) showLocation?: boolean;
  @Field(() => Boolean, { nullable: true }) showSyndicAccess?: boolean;
  @Field(() => Boolean, { nullable: true }) showCommonArea?: boolean;
  @Field(() => Boolean, { nullable: true }) showDeliveryForecast?: boolean;
  @Field(() => Boolean, { nullable: true }) showContracts?: boolean;
  @Field(() => Boolean, { nullable: true }) showFinancial?: boolean;
  @Field(() => Boolean, { nullable: true }) showStandaloneBills?: boolean;
  @Field(() => Boolean, { nullable: true }) associatesSeeHolderBills?: boolean;
  @Field(() => [String], { nullable: true, description: 'R-FIN-5: as séries do Demonstrativo de IR, como o ERP as nomeia.' }) taxSeries?: string[];
  @Field(() => Boolean, { nullable: true }) showCustomerPayments?: boolean;
  @Field(() => Boolean, { nullable: true }) showBuilderPayments?: boolean;
  @Field(() => [WorkLogStatus], { nullable: true, description: 'R-WORK-1: as situações do diário de obra que o cliente vê; vazio oculta o menu.' }) workLogStatuses?: WorkLogStatus[];

  @Field(() => Int, { nullable: true, description: 'R-REQ-5: o SLA, na unidade de finishedAssistanceSlaUnit.' })
  finishedAssistanceSla?: number;

  @Field(() => SlaUnit, { nullable: true })
  finishedAssistanceSlaUnit?: SlaUnit;

  @Field(() => String, { nullable: true }) loginText1?: string | null;
  @Field(() => String, { nullable: true }) loginText2?: string | null;
  @Field(() => String, { nullable: true }) whiteLabelName?: string | null;
  @Field(() => String, { nullable: true }) logoUrl?: string | null;
  @Field(() => String, { nullable: true }) primaryColor?: string | null;
  @Field(() => String, { nullable: true }) secondaryColor?: string | null;
}

@InputType()
export class CreatePortalInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Nome curto para endereços (letras minúsculas, números e hífens).' })
  slug!: string;

  @Field(() => [ID], { defaultValue: [] })
  developmentIds!: string[];
}

@InputType({ description: 'R-PORTAL-3: um endereço do portal e os empreendimentos vinculados a ele.' })
export class PortalDomainInput {
  @Field(() => ID)
  portalId!: string;

  @Field(() => String)
  hostname!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Vazio: o endereço não restringe empreendimentos (se nenhum outro restringir).' })
  developmentIds!: string[];
}

@ObjectType({ description: 'Uma configuração do portal, como as fontes a agrupam, com texto de ajuda.' })
export class PortalSettingInfo {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'FUNCTIONALITY, FINANCIAL, MENU, WHITE_LABEL ou ACCESS.' }) group!: string;
  @Field(() => String) label!: string;
  @Field(() => String) help!: string;
  @Field(() => SettingAvailability, { description: 'COMING_SOON: o recurso ainda não existe; o app mostra "em breve" e a API não deixa ligar.' }) availability!: SettingAvailability;
}
