import { registerEnumType } from 'type-graphql';
import { fail, FixScreen, pass, type RuleOutcome } from '../visibility/rule.js';
import type { PortalSettingKey } from './portal-settings.js';
import { isComingSoon, settingLabel } from './portal-settings.js';

export enum PortalMenu {
  SERVICE = 'SERVICE',
  ASSISTANCE = 'ASSISTANCE',
  CONTRACTS = 'CONTRACTS',
  SCHEDULING = 'SCHEDULING',
  BENEFITS = 'BENEFITS',
  FAQ = 'FAQ',
  SURVEYS = 'SURVEYS',
  REFER_FRIEND = 'REFER_FRIEND',
  ADDRESS_CONFIRMATION = 'ADDRESS_CONFIRMATION',
  DELIVERY_FORECAST = 'DELIVERY_FORECAST',
  SYNDIC_ACCESS = 'SYNDIC_ACCESS',
  LOCATION = 'LOCATION',
  COMMON_AREA = 'COMMON_AREA',
}
registerEnumType(PortalMenu, { name: 'PortalMenu', description: 'Menus e funcionalidades do portal que dependem de configuração.' });

/** What the menu rules look at: the portal's settings and the developments of the units the customer sees. */
export interface MenuFacts {
  portalId: string;
  settings: Record<PortalSettingKey, unknown>;
  developments: { id: string; name: string; allowServiceRequests: boolean; allowAssistanceRequests: boolean }[];
}

/**
 * R-SET-1 (and R-REQ-1 for the request menus): whether a menu shows. Menus are not lists, so these
 * rules have only the check face; the client portal and the API both decide with them.
 */
export interface MenuRule {
  id: string;
  label: string;
  check(facts: MenuFacts): RuleOutcome;
}

const toggle = (key: PortalSettingKey, id = 'R-SET-1'): MenuRule => ({
  id,
  label: `"${settingLabel(key)}" está ligado no portal`,
  check: (f) =>
    // A feature that does not exist yet is never served, whatever the stored value says.
    isComingSoon(key)
      ? fail(`"${settingLabel(key)}" ainda não existe no portal (em breve): o cliente não vê nada, ligado ou não.`)
      : f.settings[key]
        ? pass(`"${settingLabel(key)}" está ligado.`)
        : fail(`"${settingLabel(key)}" está desligado no portal.`, { screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: `Ligar "${settingLabel(key)}"`, setting: key }),
});

type Viewer = 'customer' | 'syndic';

const developmentAllows = (kind: 'allowServiceRequests' | 'allowAssistanceRequests', what: string, viewer: Viewer = 'customer'): MenuRule => ({
  id: 'R-REQ-1',
  label: viewer === 'customer'
    ? `Algum empreendimento das unidades do cliente permite abrir ${what} pelo portal`
    : `O empreendimento do síndico permite abrir ${what} pelo portal`,
  check: (f) => {
    if (f.developments.length === 0) {
      return fail(viewer === 'customer'
        ? 'O cliente não vê nenhuma unidade neste portal.'
        : 'O portal (ou o endereço usado) não dá ao síndico acesso ao empreendimento dele: veja as regras acima.');
    }
    const allowing = f.developments.filter((d) => d[kind]);
    if (allowing.length) return pass(`Permitido em ${allowing.map((d) => `"${d.name}"`).join(', ')}.`);
    const first = f.developments[0]!;
    return fail(`${f.developments.map((d) => `"${d.name}"`).join(', ')} ${f.developments.length === 1 ? 'não permite' : 'não permitem'} abrir ${what} pelo portal.`, {
      screen: FixScreen.DEVELOPMENT, id: first.id, label: `Permitir abrir ${what} pelo portal em "${first.name}"`, setting: kind,
    });
  },
});

export const MENU_RULES: Record<PortalMenu, MenuRule[]> = {
  SERVICE: [toggle('showServiceMenu'), developmentAllows('allowServiceRequests', 'atendimentos')],
  ASSISTANCE: [toggle('showAssistanceMenu'), developmentAllows('allowAssistanceRequests', 'assistências')],
  CONTRACTS: [toggle('showContracts', 'R-CONTRACT-1')],
  SCHEDULING: [toggle('showScheduling')],
  BENEFITS: [toggle('showBenefits')],
  FAQ: [toggle('showFaq')],
  SURVEYS: [toggle('showSurveys')],
  REFER_FRIEND: [toggle('showReferFriend')],
  ADDRESS_CONFIRMATION: [toggle('showAddressConfirmation')],
  DELIVERY_FORECAST: [toggle('showDeliveryForecast', 'R-UNIT-5')],
  SYNDIC_ACCESS: [toggle('showSyndicAccess', 'R-REQ-8')],
  LOCATION: [toggle('showLocation', 'R-REQ-3')],
  COMMON_AREA: [toggle('showCommonArea', 'R-REQ-3')],
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
  SERVICE: [toggle('showServiceMenu'), developmentAllows('allowServiceRequests', 'atendimentos', 'syndic')],
  ASSISTANCE: [toggle('showAssistanceMenu'), developmentAllows('allowAssistanceRequests', 'assistências', 'syndic')],
};

/** How staff call each menu in a sentence (never the code). */
export const MENU_NAMES: Record<PortalMenu, string> = {
  SERVICE: 'Atendimentos',
  ASSISTANCE: 'Assistência técnica',
  CONTRACTS: 'Contratos',
  SCHEDULING: 'Agendamentos',
  BENEFITS: 'Portal de benefícios',
  FAQ: 'Perguntas frequentes',
  SURVEYS: 'Pesquisa',
  REFER_FRIEND: 'Indique um amigo',
  ADDRESS_CONFIRMATION: 'Confirmação de endereço',
  DELIVERY_FORECAST: 'Previsão de entrega',
  SYNDIC_ACCESS: 'Acesso do síndico',
  LOCATION: 'Localidade (assistência)',
  COMMON_AREA: 'Área comum (assistência)',
};
