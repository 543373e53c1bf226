import { registerEnumType } from 'type-graphql';

export enum SlaUnit {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
}
registerEnumType(SlaUnit, { name: 'SlaUnit', description: 'Unidade em que o SLA é mostrado ao administrador.' });

export type SettingGroup = 'FUNCTIONALITY' | 'FINANCIAL' | 'MENU' | 'WHITE_LABEL' | 'ACCESS';

/**
 * Every portal setting (SPEC §11) with the group the sources put it in and a one-line help text.
 * The admin app lists them from here; R-SET-2 audits every change to them.
 */
export const PORTAL_SETTINGS = [
  { key: 'showScheduling', group: 'MENU', label: 'Exibir menu agendamentos', help: 'Mostra o menu Agendamentos ao cliente.' },
  { key: 'showServiceMenu', group: 'MENU', label: 'Exibir menu atendimentos', help: 'Mostra o menu Atendimentos; abrir atendimentos também exige a permissão do empreendimento (R-REQ-1).' },
  { key: 'showAssistanceMenu', group: 'MENU', label: 'Exibir menu assistência', help: 'Mostra o menu Assistência técnica; abrir assistências também exige a permissão do empreendimento (R-REQ-1).' },
  { key: 'showBenefits', group: 'MENU', label: 'Exibir portal de benefícios', help: 'Mostra o portal de benefícios.' },
  { key: 'showFaq', group: 'MENU', label: 'Exibir perguntas frequentes', help: 'Mostra o menu Perguntas frequentes.' },
  { key: 'showSurveys', group: 'MENU', label: 'Exibir menu pesquisa', help: 'Mostra o menu Pesquisa.' },
  { key: 'showReferFriend', group: 'FUNCTIONALITY', label: 'Exibir indique um amigo', help: 'Mostra o botão para indicar amigos.' },
  { key: 'showAddressConfirmation', group: 'FUNCTIONALITY', label: 'Exibir confirmação de endereço', help: 'Mostra o botão para o cliente confirmar o endereço.' },
  { key: 'showPendingProposalsPopup', group: 'FUNCTIONALITY', label: 'Exibir propostas pendentes', help: 'Ao entrar, avisa o cliente de propostas com documentação pendente.' },
  { key: 'showPendingPreRegistrationsPopup', group: 'FUNCTIONALITY', label: 'Exibir pré-cadastros pendentes', help: 'Ao entrar, avisa o cliente de pré-cadastros com documentação pendente.' },
  { key: 'showLocation', group: 'FUNCTIONALITY', label: 'Exibir localidade (assistência)', help: 'Ao abrir uma assistência, o cliente escolhe a localidade da unidade (R-REQ-3).' },
  { key: 'showSyndicAccess', group: 'FUNCTIONALITY', label: 'Exibir acesso do síndico', help: 'Mostra a entrada do síndico na tela de acesso (R-REQ-8).' },
  { key: 'showCommonArea', group: 'FUNCTIONALITY', label: 'Exibir área comum (assistência)', help: 'Ao abrir uma assistência, o cliente pode escolher uma área comum (R-REQ-3).' },
  { key: 'showDeliveryForecast', group: 'FUNCTIONALITY', label: 'Exibir previsão de entrega', help: 'Mostra a data de entrega do empreendimento junto da unidade (R-UNIT-5).' },
  { key: 'finishedAssistanceSla', group: 'FUNCTIONALITY', label: 'SLA da exibição de assistência finalizada', help: 'Por quanto tempo uma assistência finalizada continua visível; o workflow com "Exibir assistência com situação Fim" sobrepõe (R-REQ-5, R-REQ-6).' },
  { key: 'showContracts', group: 'FUNCTIONALITY', label: 'Exibir contratos', help: 'Mostra os contratos assinados e validados de tipos visíveis ao cliente (R-CONTRACT-1).' },
  { key: 'requireDataConfirmation', group: 'ACCESS', label: 'Necessário confirmar cadastro', help: 'No primeiro acesso, o cliente confirma ou corrige seus dados antes de tudo (R-AUTH-4).' },
  { key: 'loginEnabled', group: 'ACCESS', label: 'Efetuar login', help: 'Permite entrar com senha; o link de acesso por e-mail funciona sempre (R-AUTH-7).' },
  { key: 'loginText1', group: 'WHITE_LABEL', label: 'Texto 1', help: 'Aparece na tela de acesso ao portal (R-PORTAL-4).' },
  { key: 'loginText2', group: 'WHITE_LABEL', label: 'Texto 2', help: 'Aparece na tela de acesso ao portal, abaixo do Texto 1 (R-PORTAL-4).' },
  { key: 'whiteLabelName', group: 'WHITE_LABEL', label: 'Nome do portal', help: 'O nome que o cliente vê no topo e nos e-mails.' },
  { key: 'logoUrl', group: 'WHITE_LABEL', label: 'Logotipo', help: 'Endereço da imagem do logotipo.' },
  { key: 'primaryColor', group: 'WHITE_LABEL', label: 'Cor principal', help: 'Cor dos botões e destaques (#RRGGBB).' },
  { key: 'secondaryColor', group: 'WHITE_LABEL', label: 'Cor secundária', help: 'Cor de fundo do topo (#RRGGBB).' },
] as const satisfies readonly { key: string; group: SettingGroup; label: string; help: string }[];

export type PortalSettingKey = (typeof PORTAL_SETTINGS)[number]['key'];

export const settingLabel = (key: PortalSettingKey) => PORTAL_SETTINGS.find((s) => s.key === key)!.label;
