import { registerEnumType } from 'type-graphql';
import { fail, FixScreen, pass, type RuleOutcome } from '../visibility/rule.js';
import type { PortalSettingKey } from './portal-settings.js';
import { settingLabel } from './portal-settings.js';

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
    f.settings[key]
      ? pass(`"${settingLabel(key)}" está ligado.`)
      : fail(`"${settingLabel(key)}" está desligado no portal.`, { screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: `Ligar "${settingLabel(key)}"`, setting: key }),
});

const developmentAllows = (kind: 'allowServiceRequests' | 'allowAssistanceRequests', what: string): MenuRule => ({
  id: 'R-REQ-1',
  label: `Algum empreendimento das unidades do cliente permite abrir ${what} pelo portal`,
  check: (f) => {
    if (f.developments.length === 0) return fail('O cliente não vê nenhuma unidade neste portal.');
    const allowing = f.developments.filter((d) => d[kind]);
    if (allowing.length) return pass(`Permitido em ${allowing.map((d) => `"${d.name}"`).join(', ')}.`);
    const first = f.developments[0]!;
    return fail(`${f.developments.map((d) => `"${d.name}"`).join(', ')} não permite(m) abrir ${what} pelo portal.`, {
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
