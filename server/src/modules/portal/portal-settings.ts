import { registerEnumType } from 'type-graphql';
import { say, type Said } from '../../locale.js';

export enum SlaUnit {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
}
registerEnumType(SlaUnit, { name: 'SlaUnit', description: 'Unidade em que o SLA é mostrado ao administrador.' });

export type SettingGroup = 'FUNCTIONALITY' | 'FINANCIAL' | 'MENU' | 'WHITE_LABEL' | 'ACCESS';

/**
 * Whether a setting has something behind it. COMING_SOON: the feature it switches is not built yet
 * (scheduling, surveys):
 * the admin app shows it "em breve" and disabled, the API refuses to turn it on (BAD_USER_INPUT
 * naming it), and the menus treat it as off whatever is stored.
 */
export enum SettingAvailability {
  SERVED = 'SERVED',
  COMING_SOON = 'COMING_SOON',
}
registerEnumType(SettingAvailability, {
  name: 'SettingAvailability',
  description: 'SERVED: a configuração já muda o portal; COMING_SOON: o recurso ainda não existe (em breve) e não pode ser ligado.',
});

const SERVED = SettingAvailability.SERVED;
const SOON = SettingAvailability.COMING_SOON;

/**
 * Every portal setting (SPEC §11) with the group the sources put it in, a one-line help text and
 * whether it has an effect yet. The admin app lists them from here; R-SET-2 audits every change to
 * them; `portal/__tests__/settings-effects.test.ts` names, for each SERVED one, the test that proves its effect.
 */
export const PORTAL_SETTINGS = [
  { key: 'showScheduling', group: 'MENU', label: 'Exibir menu agendamentos', help: 'Mostra o menu Agendamentos: o cliente reserva, remarca ou cancela a vistoria e a entrega das chaves nos horários publicados (R-SET-1).', availability: SERVED },
  { key: 'showServiceMenu', group: 'MENU', label: 'Exibir menu atendimentos', help: 'Mostra o menu Atendimentos; abrir atendimentos também exige a permissão do empreendimento (R-REQ-1).', availability: SERVED },
  { key: 'showAssistanceMenu', group: 'MENU', label: 'Exibir menu assistência', help: 'Mostra o menu Assistência técnica; abrir assistências também exige a permissão do empreendimento (R-REQ-1).', availability: SERVED },
  { key: 'showBenefits', group: 'MENU', label: 'Exibir portal de benefícios', help: 'Mostra o menu Benefícios, com as ofertas de parceiros cadastradas no portal (R-SET-1).', availability: SERVED },
  { key: 'showFaq', group: 'MENU', label: 'Exibir perguntas frequentes', help: 'Mostra o menu Perguntas frequentes, com as categorias e perguntas editadas no portal (R-SET-1).', availability: SERVED },
  { key: 'showSurveys', group: 'MENU', label: 'Exibir menu pesquisa', help: 'Mostra o menu Pesquisa: o cliente responde, uma vez, as pesquisas publicadas para ele (R-SET-1).', availability: SERVED },
  { key: 'showReferFriend', group: 'FUNCTIONALITY', label: 'Exibir indique um amigo', help: 'Mostra o botão Indique um amigo; a indicação chega ao CRM pela fila de mensagens (R-SET-1).', availability: SERVED },
  { key: 'showAddressConfirmation', group: 'FUNCTIONALITY', label: 'Exibir confirmação de endereço', help: 'Mostra o botão para o cliente confirmar que o endereço do cadastro está atual; a equipe vê quando ele confirmou (R-SET-1).', availability: SERVED },
  { key: 'showPendingProposalsPopup', group: 'FUNCTIONALITY', label: 'Exibir propostas pendentes', help: 'Ao entrar, avisa o cliente de propostas com documentação pendente, registradas na página do cliente (R-SET-1).', availability: SERVED },
  { key: 'showPendingPreRegistrationsPopup', group: 'FUNCTIONALITY', label: 'Exibir pré-cadastros pendentes', help: 'Ao entrar, avisa o cliente de pré-cadastros com documentação pendente, registrados na página do cliente (R-SET-1).', availability: SERVED },
  { key: 'showLocation', group: 'FUNCTIONALITY', label: 'Exibir localidade (assistência)', help: 'Ao abrir uma assistência, o cliente escolhe a localidade da unidade (R-REQ-3).', availability: SERVED },
  { key: 'showSyndicAccess', group: 'FUNCTIONALITY', label: 'Exibir acesso do síndico', help: 'Mostra a entrada do síndico na tela de acesso (R-REQ-8).', availability: SERVED },
  { key: 'showCommonArea', group: 'FUNCTIONALITY', label: 'Exibir área comum (assistência)', help: 'Ao abrir uma assistência, o cliente pode escolher uma área comum (R-REQ-3).', availability: SERVED },
  { key: 'showDeliveryForecast', group: 'FUNCTIONALITY', label: 'Exibir previsão de entrega', help: 'Mostra a data de entrega do empreendimento junto da unidade (R-UNIT-5).', availability: SERVED },
  { key: 'finishedAssistanceSla', group: 'FUNCTIONALITY', label: 'SLA da exibição de assistência finalizada', help: 'Por quanto tempo uma assistência finalizada continua visível; o workflow com "Exibir assistência com situação Fim" sobrepõe (R-REQ-5, R-REQ-6).', availability: SERVED },
  { key: 'showContracts', group: 'FUNCTIONALITY', label: 'Exibir contratos', help: 'Mostra os contratos assinados e validados de tipos visíveis ao cliente (R-CONTRACT-1).', availability: SERVED },
  { key: 'showFinancial', group: 'MENU', label: 'Exibir financeiro', help: 'Mostra o menu Financeiro: parcelas, boletos, extrato e informe de rendimentos (R-SET-1).', availability: SERVED },
  { key: 'showStandaloneBills', group: 'FINANCIAL', label: 'Disponibilizar boleto avulso', help: 'Mostra ao cliente os boletos avulsos, que não são de uma parcela (R-FIN-2).', availability: SERVED },
  { key: 'associatesSeeHolderBills', group: 'FINANCIAL', label: 'Associados veem boletos do titular', help: 'Associados cujo tipo de associação tem "Vê boletos do titular" veem as parcelas e os boletos do titular (R-FIN-3).', availability: SERVED },
  { key: 'taxSeries', group: 'FINANCIAL', label: 'Séries do Demonstrativo de IR', help: 'As séries (como o ERP as nomeia) cujos pagamentos o informe de rendimentos soma; uma série paga que não esteja aqui impede o informe do ano (R-FIN-5).', availability: SERVED },
  { key: 'showCustomerPayments', group: 'FINANCIAL', label: 'Exibição de pagamentos: cliente', help: 'Em obras, mostra os pagamentos cujo "Quem paga" é o cliente (R-FIN-7).', availability: SERVED },
  { key: 'showBuilderPayments', group: 'FINANCIAL', label: 'Exibição de pagamentos: construtora', help: 'Em obras, mostra os pagamentos cujo "Quem paga" é a construtora (R-FIN-7).', availability: SERVED },
  { key: 'workLogStatuses', group: 'FUNCTIONALITY', label: 'Diários de obra exibidos', help: 'As situações (rascunho, em análise, aprovado, reprovado) dos registros do diário de obra que o cliente vê; nenhuma oculta o menu Diário de obra (R-WORK-1).', availability: SERVED },
  { key: 'requireDataConfirmation', group: 'ACCESS', label: 'Necessário confirmar cadastro', help: 'No primeiro acesso, o cliente confirma ou corrige seus dados antes de tudo (R-AUTH-4).', availability: SERVED },
  { key: 'loginEnabled', group: 'ACCESS', label: 'Efetuar login', help: 'Permite entrar com senha; o link de acesso por e-mail funciona sempre (R-AUTH-7).', availability: SERVED },
  { key: 'loginText1', group: 'WHITE_LABEL', label: 'Texto 1', help: 'Aparece na tela de acesso ao portal (R-PORTAL-4).', availability: SERVED },
  { key: 'loginText2', group: 'WHITE_LABEL', label: 'Texto 2', help: 'Aparece na tela de acesso ao portal, abaixo do Texto 1 (R-PORTAL-4).', availability: SERVED },
  { key: 'whiteLabelName', group: 'WHITE_LABEL', label: 'Nome do portal', help: 'O nome que o cliente vê no topo e nos e-mails.', availability: SERVED },
  { key: 'logoUrl', group: 'WHITE_LABEL', label: 'Logotipo', help: 'Endereço da imagem do logotipo.', availability: SERVED },
  { key: 'primaryColor', group: 'WHITE_LABEL', label: 'Cor principal', help: 'Cor dos botões e destaques (#RRGGBB).', availability: SERVED },
  { key: 'secondaryColor', group: 'WHITE_LABEL', label: 'Cor secundária', help: 'Cor de fundo do topo (#RRGGBB).', availability: SERVED },
] as const satisfies readonly { key: string; group: SettingGroup; label: string; help: string; availability: SettingAvailability }[];

export type PortalSettingKey = (typeof PORTAL_SETTINGS)[number]['key'];

export const settingLabel = (key: PortalSettingKey) => PORTAL_SETTINGS.find((s) => s.key === key)!.label;

/** The catalogue in English (`x-habite-locale: en`): the same settings, as the admin app's English side names them. */
export const PORTAL_SETTINGS_EN: Record<PortalSettingKey, { label: string; help: string }> = {
  showScheduling: { label: 'Show scheduling menu', help: 'Shows the Scheduling menu: the customer books, moves or cancels the inspection and the key handover in the published times (R-SET-1).' },
  showServiceMenu: { label: 'Show service requests menu', help: 'Shows the Service requests menu; opening one also needs the development\'s permission (R-REQ-1).' },
  showAssistanceMenu: { label: 'Show technical assistance menu', help: 'Shows the Technical assistance menu; opening a repair request also needs the development\'s permission (R-REQ-1).' },
  showBenefits: { label: 'Show benefits portal', help: 'Shows the Benefits menu, with the partner offers registered in the portal (R-SET-1).' },
  showFaq: { label: 'Show FAQ', help: 'Shows the FAQ menu, with the categories and questions edited in the portal (R-SET-1).' },
  showSurveys: { label: 'Show surveys menu', help: 'Shows the Surveys menu: the customer answers, once, the surveys published for them (R-SET-1).' },
  showReferFriend: { label: 'Show refer a friend', help: 'Shows the Refer a friend button; referrals reach the CRM through the message queue (R-SET-1).' },
  showAddressConfirmation: { label: 'Show address confirmation', help: 'Shows the button for the customer to confirm their address on record is current; staff see when they did (R-SET-1).' },
  showPendingProposalsPopup: { label: 'Show pending proposals', help: 'On sign-in, tells the customer about proposals with pending documents, recorded on the customer page (R-SET-1).' },
  showPendingPreRegistrationsPopup: { label: 'Show pending pre-registrations', help: 'On sign-in, tells the customer about pre-registrations with pending documents, recorded on the customer page (R-SET-1).' },
  showLocation: { label: 'Show location (repairs)', help: 'When opening a repair request, the customer picks the place in the unit (R-REQ-3).' },
  showSyndicAccess: { label: 'Show syndic access', help: 'Shows the syndic entry on the sign-in screen (R-REQ-8).' },
  showCommonArea: { label: 'Show common area (repairs)', help: 'When opening a repair request, the customer may pick a common area (R-REQ-3).' },
  showDeliveryForecast: { label: 'Show delivery forecast', help: 'Shows the development\'s delivery date with the unit (R-UNIT-5).' },
  finishedAssistanceSla: { label: 'How long a finished repair stays visible', help: 'How long a finished repair request stays visible; a workflow with "Show repairs in a final status" overrides it (R-REQ-5, R-REQ-6).' },
  showContracts: { label: 'Show contracts', help: 'Shows signed and validated contracts of types shown to the customer (R-CONTRACT-1).' },
  showFinancial: { label: 'Show financial', help: 'Shows the Financial menu: installments, bills, statement and income-tax statement (R-SET-1).' },
  showStandaloneBills: { label: 'Show standalone bills', help: 'Shows the customer bills that belong to no installment (R-FIN-2).' },
  associatesSeeHolderBills: { label: 'Associates see the holder\'s bills', help: 'Associates whose association type has "Sees the holder\'s bills" see the holder\'s installments and bills (R-FIN-3).' },
  taxSeries: { label: 'Income-tax statement series', help: 'The series (as the ERP names them) whose payments the income-tax statement sums; a paid series missing here stops that year\'s statement (R-FIN-5).' },
  showCustomerPayments: { label: 'Payment display: customer', help: 'In cost-plus works, shows payments whose payer is the customer (R-FIN-7).' },
  showBuilderPayments: { label: 'Payment display: builder', help: 'In cost-plus works, shows payments whose payer is the builder (R-FIN-7).' },
  workLogStatuses: { label: 'Work log entries shown', help: 'The statuses (draft, in review, approved, rejected) of work log entries the customer sees; none hides the Work log menu (R-WORK-1).' },
  requireDataConfirmation: { label: 'Registration must be confirmed', help: 'On first access, the customer confirms or corrects their details before anything else (R-AUTH-4).' },
  loginEnabled: { label: 'Sign in with password', help: 'Allows signing in with a password; the e-mailed sign-in link always works (R-AUTH-7).' },
  loginText1: { label: 'Text 1', help: 'Shown on the portal\'s sign-in screen (R-PORTAL-4).' },
  loginText2: { label: 'Text 2', help: 'Shown on the portal\'s sign-in screen, below Text 1 (R-PORTAL-4).' },
  whiteLabelName: { label: 'Portal name', help: 'The name the customer sees at the top and in e-mails.' },
  logoUrl: { label: 'Logo', help: 'Address of the logo image.' },
  primaryColor: { label: 'Main colour', help: 'Colour of buttons and highlights (#RRGGBB).' },
  secondaryColor: { label: 'Second colour', help: 'Background colour of the top bar (#RRGGBB).' },
};

/** A setting's name in both languages, for sentences ("Exibir contratos" está desligado / "Show contracts" is off). */
export const settingName = (key: PortalSettingKey): Said => say(settingLabel(key), PORTAL_SETTINGS_EN[key].label);

/** The settings whose feature does not exist yet: never on, never counted as served. */
export const COMING_SOON_SETTINGS: readonly PortalSettingKey[] = PORTAL_SETTINGS.filter((s) => (s.availability as SettingAvailability) === SOON).map((s) => s.key);

export const isComingSoon = (key: string): boolean => (COMING_SOON_SETTINGS as readonly string[]).includes(key);
