import { registerEnumType } from 'type-graphql';

export enum SlaUnit {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
}
registerEnumType(SlaUnit, { name: 'SlaUnit', description: 'Unidade em que o SLA é mostrado ao administrador.' });

export type SettingGroup = 'FUNCTIONALITY' | 'FINANCIAL' | 'MENU' | 'WHITE_LABEL' | 'ACCESS';

/**
 * Whether a setting has something behind it. COMING_SOON: the feature it switches is not built yet
 * (FAQ, scheduling, benefits, surveys, refer a friend, address confirmation, the pending popups):
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
  { key: 'showScheduling', group: 'MENU', label: 'Exibir menu agendamentos', help: 'Mostra o menu Agendamentos ao cliente.', availability: SOON },
  { key: 'showServiceMenu', group: 'MENU', label: 'Exibir menu atendimentos', help: 'Mostra o menu Atendimentos; abrir atendimentos também exige a permissão do empreendimento (R-REQ-1).', availability: SERVED },
  { key: 'showAssistanceMenu', group: 'MENU', label: 'Exibir menu assistência', help: 'Mostra o menu Assistência técnica; abrir assistências também exige a permissão do empreendimento (R-REQ-1).', availability: SERVED },
  { key: 'showBenefits', group: 'MENU', label: 'Exibir portal de benefícios', help: 'Mostra o portal de benefícios.', availability: SOON },
  { key: 'showFaq', group: 'MENU', label: 'Exibir perguntas frequentes', help: 'Mostra o menu Perguntas frequentes.', availability: SOON },
  { key: 'showSurveys', group: 'MENU', label: 'Exibir menu pesquisa', help: 'Mostra o menu Pesquisa.', availability: SOON },
  { key: 'showReferFriend', group: 'FUNCTIONALITY', label: 'Exibir indique um amigo', help: 'Mostra o botão para indicar amigos.', availability: SOON },
  { key: 'showAddressConfirmation', group: 'FUNCTIONALITY', label: 'Exibir confirmação de endereço', help: 'Mostra o botão para o cliente confirmar o endereço.', availability: SOON },
  { key: 'showPendingProposalsPopup', group: 'FUNCTIONALITY', label: 'Exibir propostas pendentes', help: 'Ao entrar, avisa o cliente de propostas com documentação pendente.', availability: SOON },
  { key: 'showPendingPreRegistrationsPopup', group: 'FUNCTIONALITY', label: 'Exibir pré-cadastros pendentes', help: 'Ao entrar, avisa o cliente de pré-cadastros com documentação pendente.', availability: SOON },
  { key: 'showLocation', group: 'FUNCTIONALITY', label: 'Exibir localidade (assistência)', help: 'Ao abrir uma assistência, o cliente escolhe a localidade da unidade (R-REQ-3).', availability: SERVED },
  { key: 'showSyndicAccess', group: 'FUNCTIONALITY', label: 'Exibir acesso do síndico', help: 'Mostra a entrada do síndico na tela de acesso (R-REQ-8).', availability: SERVED },
  { key: 'showCommonArea', group: 'FUNCTIONALITY', label: 'Exibir área comum (assistência)', help: 'Ao abrir uma assistência, o cliente pode escolher uma área comum (R-REQ-3).', availability: SERVED },
  { key: 'showDeliveryForecast', group: 'FUNCTIONALITY', label: 'Exibir previsão de entrega', help: 'Mostra a data de entrega do empreendimento junto da unidade (R-UNIT-5).', availability: SERVED },
  { key: 'finishedAssistanceSla', group: 'FUNCTIONALITY', label: 'SLA da exibição de assistência finalizada', help: 'Por quanto tempo uma assistência finalizada continua visível; o workflow com "Exibir assistência com situação Fim" sobrepõe (R-REQ-5, R-REQ-6).', availability: SERVED },
  { key: 'showContracts', group: 'FUNCTIONALITY', label: 'Exibir contratos', help: 'Mostra os contratos assinados e validados de tipos visíveis ao cliente (R-CONTRACT-1).', availability: SERVED },
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

/** The settings whose feature does not exist yet: never on, never counted as served. */
export const COMING_SOON_SETTINGS: readonly PortalSettingKey[] = PORTAL_SETTINGS.filter((s) => s.availability === SOON).map((s) => s.key);

export const isComingSoon = (key: string): boolean => (COMING_SOON_SETTINGS as readonly string[]).includes(key);
