import { registerEnumType } from 'type-graphql';
import { listEn, say, type Said } from '../../locale.js';
import { listOf } from '../../pt-br.js';
import { fail, FixScreen, pass, type RuleOutcome } from '../visibility/rule.js';
import type { PortalSettingKey } from './portal-settings.js';
import { isComingSoon, settingName } from './portal-settings.js';
import { SCHEDULE_MENU_RULES, WORK_LOG_MENU_RULES } from '../works/works.rules.js';

export enum PortalMenu {
  SERVICE = 'SERVICE',
  ASSISTANCE = 'ASSISTANCE',
  CONTRACTS = 'CONTRACTS',
  FINANCIAL = 'FINANCIAL',
  SCHEDULING = 'SCHEDULING',
  BENEFITS = 'BENEFITS',
  FAQ = 'FAQ',
  SURVEYS = 'SURVEYS',
  REFER_FRIEND = 'REFER_FRIEND',
  ADDRESS_CONFIRMATION = 'ADDRESS_CONFIRMATION',
  PENDING_PROPOSALS = 'PENDING_PROPOSALS',
  PENDING_PRE_REGISTRATIONS = 'PENDING_PRE_REGISTRATIONS',
  DELIVERY_FORECAST = 'DELIVERY_FORECAST',
  SYNDIC_ACCESS = 'SYNDIC_ACCESS',
  LOCATION = 'LOCATION',
  COMMON_AREA = 'COMMON_AREA',
  WORK_LOG = 'WORK_LOG',
  SCHEDULE = 'SCHEDULE',
}
registerEnumType(PortalMenu, { name: 'PortalMenu', description: 'Menus e funcionalidades do portal que dependem de configuração.' });

/** What the menu rules look at: the portal's settings and the developments of the units the customer sees. */
export interface MenuFacts {
  portalId: string;
  /** R-WORK-3: the customer's portal permissions (null: no login, or not a customer). */
  account: { id: string; portalPermissions: string[] } | null;
  settings: Record<PortalSettingKey, unknown>;
  developments: { id: string; name: string; allowServiceRequests: boolean; allowAssistanceRequests: boolean }[];
}

/**
 * R-SET-1 (and R-REQ-1 for the request menus): whether a menu shows. Menus are not lists, so these
 * rules have only the check face; the client portal and the API both decide with them.
 */
export interface MenuRule {
  id: string;
  label: Said;
  check(facts: MenuFacts): RuleOutcome;
}

const toggle = (key: PortalSettingKey, id = 'R-SET-1'): MenuRule => {
  const name = settingName(key);
  return {
    id,
    label: say(`"${name.pt}" está ligado no portal`, `"${name.en}" is on in the portal`),
    check: (f) =>
      // A feature that does not exist yet is never served, whatever the stored value says.
      isComingSoon(key)
        ? fail(say(`"${name.pt}" ainda não existe no portal (em breve): o cliente não vê nada, ligado ou não.`, `"${name.en}" does not exist in the portal yet (coming soon): the customer sees nothing, on or off.`))
        : f.settings[key]
          ? pass(say(`"${name.pt}" está ligado.`, `"${name.en}" is on.`))
          : fail(say(`"${name.pt}" está desligado no portal.`, `"${name.en}" is off in the portal.`), {
              screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: say(`Ligar "${name.pt}"`, `Turn "${name.en}" on`), setting: key,
            }),
  };
};

type Viewer = 'customer' | 'syndic';

/** What a development permits opening, in a sentence: "atendimentos" / "service requests". */
const SERVICE = say('atendimentos', 'service requests');
const ASSISTANCE = say('assistências', 'repair requests');

const developmentAllows = (kind: 'allowServiceRequests' | 'allowAssistanceRequests', what: Said, viewer: Viewer = 'customer'): MenuRule => ({
  id: 'R-REQ-1',
  label: viewer === 'customer'
    ? say(`Algum empreendimento das unidades do cliente permite abrir ${what.pt} pelo portal`, `Some development of the customer's units allows opening ${what.en} through the portal`)
    : say(`O empreendimento do síndico permite abrir ${what.pt} pelo portal`, `The syndic's development allows opening ${what.en} through the portal`),
  check: (f) => {
    if (f.developments.length === 0) {
      return fail(viewer === 'customer'
        ? say('O cliente não vê nenhuma unidade neste portal.', 'The customer sees no unit in this portal.')
        : say('O portal (ou o endereço usado) não dá ao síndico acesso ao empreendimento dele: veja as regras acima.', 'The portal (or the address used) does not give the syndic access to their development: see the rules above.'));
    }
    const quoted = (list: typeof f.developments) => list.map((d) => `"${d.name}"`);
    const allowing = f.developments.filter((d) => d[kind]);
    if (allowing.length) return pass(say(`Permitido em ${listOf(quoted(allowing))}.`, `Allowed in ${listEn(quoted(allowing))}.`));
    const first = f.developments[0]!;
    const one = f.developments.length === 1;
    return fail(say(`${listOf(quoted(f.developments))} ${one ? 'não permite' : 'não permitem'} abrir ${what.pt} pelo portal.`,
      `${listEn(quoted(f.developments))} ${one ? 'does' : 'do'} not allow opening ${what.en} through the portal.`), {
      screen: FixScreen.DEVELOPMENT, id: first.id, setting: kind,
      label: say(`Permitir abrir ${what.pt} pelo portal em "${first.name}"`, `Allow opening ${what.en} through the portal in "${first.name}"`),
    });
  },
});

export const MENU_RULES: Record<PortalMenu, MenuRule[]> = {
  SERVICE: [toggle('showServiceMenu'), developmentAllows('allowServiceRequests', SERVICE)],
  ASSISTANCE: [toggle('showAssistanceMenu'), developmentAllows('allowAssistanceRequests', ASSISTANCE)],
  CONTRACTS: [toggle('showContracts', 'R-CONTRACT-1')],
  FINANCIAL: [toggle('showFinancial'), {
    id: 'R-WORK-3',
    label: say('O usuário tem a permissão "Ver financeiro"', 'The user has the "See financial" permission'),
    check: (f) => !f.account || f.account.portalPermissions.includes('SEE_FINANCIAL')
      ? pass(say('O usuário pode ver o financeiro.', 'The user may see the financial menu.'))
      : fail(say('O usuário não tem a permissão "Ver financeiro".', 'The user lacks the "See financial" permission.'), {
          screen: FixScreen.ACCOUNT, id: f.account.id, label: say('Dar a permissão "Ver financeiro"', 'Grant "See financial"'), setting: 'SEE_FINANCIAL',
        }),
  }],
  SCHEDULING: [toggle('showScheduling')],
  BENEFITS: [toggle('showBenefits')],
  FAQ: [toggle('showFaq')],
  SURVEYS: [toggle('showSurveys')],
  REFER_FRIEND: [toggle('showReferFriend')],
  ADDRESS_CONFIRMATION: [toggle('showAddressConfirmation')],
  PENDING_PROPOSALS: [toggle('showPendingProposalsPopup')],
  PENDING_PRE_REGISTRATIONS: [toggle('showPendingPreRegistrationsPopup')],
  DELIVERY_FORECAST: [toggle('showDeliveryForecast', 'R-UNIT-5')],
  SYNDIC_ACCESS: [toggle('showSyndicAccess', 'R-REQ-8')],
  LOCATION: [toggle('showLocation', 'R-REQ-3')],
  COMMON_AREA: [toggle('showCommonArea', 'R-REQ-3')],
  WORK_LOG: WORK_LOG_MENU_RULES,
  SCHEDULE: SCHEDULE_MENU_RULES,
};

/** The menus a syndic has (R-REQ-8): opening requests for common areas. */
export type SyndicMenu = PortalMenu.SERVICE | PortalMenu.ASSISTANCE;
export const isSyndicMenu = (menu: PortalMenu): menu is SyndicMenu => menu === PortalMenu.SERVICE || menu === PortalMenu.ASSISTANCE;

/**
 * R-REQ-8 with R-REQ-1: a syndic's request menus follow the portal toggle and their development's
 * permission. For a syndic, `MenuFacts.developments` holds their development only when the portal
 * and the address reach it (`syndicPlaceRules`), so an empty list means they do not.
 */
export const SYNDIC_MENU_RULES: Record<SyndicMenu, MenuRule[]> = {
  SERVICE: [toggle('showServiceMenu'), developmentAllows('allowServiceRequests', SERVICE, 'syndic')],
  ASSISTANCE: [toggle('showAssistanceMenu'), developmentAllows('allowAssistanceRequests', ASSISTANCE, 'syndic')],
};

/** How staff call each menu in a sentence (never the code), as the admin app labels them. */
export const MENU_NAMES: Record<PortalMenu, Said> = {
  SERVICE: say('Atendimentos', 'Service requests'),
  ASSISTANCE: say('Assistência técnica', 'Technical assistance'),
  CONTRACTS: say('Contratos', 'Contracts'),
  FINANCIAL: say('Financeiro', 'Financial'),
  SCHEDULING: say('Agendamentos', 'Scheduling'),
  BENEFITS: say('Portal de benefícios', 'Benefits portal'),
  FAQ: say('Perguntas frequentes', 'FAQ'),
  SURVEYS: say('Pesquisa', 'Surveys'),
  REFER_FRIEND: say('Indique um amigo', 'Refer a friend'),
  ADDRESS_CONFIRMATION: say('Confirmação de endereço', 'Address confirmation'),
  PENDING_PROPOSALS: say('Aviso de propostas pendentes', 'Pending proposals notice'),
  PENDING_PRE_REGISTRATIONS: say('Aviso de pré-cadastros pendentes', 'Pending pre-registrations notice'),
  DELIVERY_FORECAST: say('Previsão de entrega', 'Delivery forecast'),
  SYNDIC_ACCESS: say('Acesso do síndico', 'Syndic access'),
  LOCATION: say('Localidade (assistência)', 'Location (assistance)'),
  COMMON_AREA: say('Área comum (assistência)', 'Common area (assistance)'),
  WORK_LOG: say('Diário de obra', 'Work log'),
  SCHEDULE: say('Cronograma', 'Schedule'),
};
