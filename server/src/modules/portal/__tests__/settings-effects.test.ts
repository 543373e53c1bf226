import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { MENU_RULES, type PortalMenu } from '../menu.rules.js';
import { COMING_SOON_SETTINGS, PORTAL_SETTINGS, SettingAvailability, type PortalSettingKey } from '../portal-settings.js';
import { Portal } from '../portal.entity.js';

/**
 * Issue 9: no setting in the admin app is switchable without an effect a test can see. Every
 * SERVED setting of the catalog names the tests (file and title) that prove what it changes; the
 * COMING_SOON ones are refused by the API, hidden from customers and never counted as served.
 */
const EFFECTS: Record<Exclude<PortalSettingKey, (typeof COMING_SOON_SETTINGS)[number]>, { file: string; test: string }[]> = {
  showServiceMenu: [{ file: 'server/src/modules/requests/__tests__/requests.test.ts', test: 'R-SET-1: with showServiceMenu off the SERVICE list is refused (FEATURE_DISABLED) and the menu is hidden' }],
  showAssistanceMenu: [{ file: 'server/src/modules/requests/__tests__/requests.test.ts', test: 'R-REQ-1: refused with FEATURE_DISABLED naming the portal menu when showAssistanceMenu is off' }],
  showLocation: [{ file: 'server/src/modules/requests/__tests__/requests.test.ts', test: 'R-REQ-3: with showLocation on, an assistance names a location of the unit; off, FEATURE_DISABLED' }],
  showCommonArea: [{ file: 'server/src/modules/requests/__tests__/requests.test.ts', test: 'R-REQ-3: with showCommonArea on, an assistance targets a common area instead of a unit; off, FEATURE_DISABLED' }],
  showSyndicAccess: [
    { file: 'server/src/modules/requests/__tests__/requests.test.ts', test: 'R-REQ-8: with showSyndicAccess off the syndic cannot sign in (FEATURE_DISABLED naming the setting)' },
    { file: 'client-portal/e2e/documents.e2e.test.ts', test: 'R-REQ-8: a syndic who signs in through the customers\' form is told so and offered the syndic entry, which signs them in' },
  ],
  showDeliveryForecast: [{ file: 'server/src/modules/developments/__tests__/unit-visibility.test.ts', test: 'R-UNIT-5: shows the development\'s delivery date only when showDeliveryForecast is on' }],
  finishedAssistanceSla: [{ file: 'server/src/modules/requests/__tests__/requests.test.ts', test: 'R-REQ-5: a finished assistance is visible until finishedAt + SLA, then hidden (never deleted)' }],
  showContracts: [{ file: 'server/src/modules/contracts/__tests__/contract-visibility.test.ts', test: 'R-CONTRACT-1: with showContracts off the contracts are refused with FEATURE_DISABLED naming the setting' }],
  showFinancial: [{ file: 'server/src/modules/finance/__tests__/finance-visibility.test.ts', test: 'R-SET-1: with the Financial menu off the API refuses unitFinance with FEATURE_DISABLED naming showFinancial' }],
  showStandaloneBills: [{ file: 'server/src/modules/finance/__tests__/finance-visibility.test.ts', test: 'R-FIN-2: a standalone bill (boleto avulso) shows only with showStandaloneBills on' }],
  associatesSeeHolderBills: [{ file: 'server/src/modules/finance/__tests__/finance-visibility.test.ts', test: 'R-FIN-3: an associate sees the holder\'s bills only with associatesSeeHolderBills on and a type that sees them' }],
  taxSeries: [{ file: 'server/src/modules/finance/__tests__/finance-documents.test.ts', test: 'R-FIN-5: the informe sums the payments of the configured series; a paid series not configured is TAX_SERIES_NOT_CONFIGURED naming it' }],
  showCustomerPayments: [{ file: 'server/src/modules/finance/__tests__/finance-actions.test.ts', test: 'R-FIN-7: in a WORK, payments show by payer as the payment display settings say' }],
  showBuilderPayments: [{ file: 'server/src/modules/finance/__tests__/finance-actions.test.ts', test: 'R-FIN-7: in a WORK, payments show by payer as the payment display settings say' }],
  workLogStatuses: [
    { file: 'server/src/modules/works/__tests__/works.test.ts', test: 'R-WORK-1: customers see the statuses the portal lists (default only APPROVED), newest first, a tower\'s entries only for that tower\'s customers' },
    { file: 'server/src/modules/works/__tests__/works.test.ts', test: 'R-SET-1, R-WORK-1: an empty workLogStatuses hides the Diário de obra menu and the API refuses the work log (FEATURE_DISABLED naming workLogStatuses)' },
  ],
  showScheduling: [{ file: 'server/src/modules/scheduling/__tests__/scheduling.test.ts', test: 'R-SET-1: with showScheduling off the Agendamentos menu is hidden and the API refuses with FEATURE_DISABLED naming showScheduling; on, both serve it' }],
  showSurveys: [{ file: 'server/src/modules/surveys/__tests__/surveys.test.ts', test: 'R-SET-1: with showSurveys off the Pesquisa menu is hidden and the API refuses with FEATURE_DISABLED naming showSurveys; on, both serve it' }],
  showFaq: [{ file: 'server/src/modules/faq/__tests__/faq.test.ts', test: 'R-SET-1: with showFaq off the FAQ menu is hidden and the API refuses the FAQ with FEATURE_DISABLED naming showFaq; on, both serve it' }],
  showBenefits: [{ file: 'server/src/modules/portal-extras/__tests__/portal-extras.test.ts', test: 'R-SET-1: with showBenefits off the Benefícios menu is hidden and the API refuses the benefits with FEATURE_DISABLED naming showBenefits; on, both serve the active offers' }],
  showReferFriend: [{ file: 'server/src/modules/portal-extras/__tests__/portal-extras.test.ts', test: 'R-SET-1: with showReferFriend off the menu is hidden and the API refuses referFriend with FEATURE_DISABLED naming showReferFriend; on, the referral reaches the CRM outbox and the customer sees it listed' }],
  showAddressConfirmation: [{ file: 'server/src/modules/portal-extras/__tests__/portal-extras.test.ts', test: 'R-SET-1: with showAddressConfirmation off the menu is hidden and the API refuses to confirm the address (FEATURE_DISABLED naming it); on, the confirmation is recorded and staff see when, until the address changes' }],
  ...Object.fromEntries((['showPendingProposalsPopup', 'showPendingPreRegistrationsPopup'] as const).map((key) => [key, [
    { file: 'server/src/modules/portal-extras/__tests__/portal-extras.test.ts', test: 'R-SET-1: each pending-documentation notice follows its own toggle: off, the menu is hidden and the API refuses with FEATURE_DISABLED naming it; on, the unresolved items of the portal\'s developments are listed' },
  ]])),
  requireDataConfirmation: [{ file: 'server/src/modules/data-changes/__tests__/data-changes.test.ts', test: 'R-AUTH-4: with requireDataConfirmation on, the customer confirms (or changes) their data before anything else' }],
  loginEnabled: [{ file: 'server/src/modules/auth/__tests__/sign-in.test.ts', test: 'R-AUTH-7: with loginEnabled off, password sign-in fails with FEATURE_DISABLED naming the setting' }],
  ...Object.fromEntries((['loginText1', 'loginText2', 'whiteLabelName', 'logoUrl', 'primaryColor', 'secondaryColor'] as const).map((key) => [key, [
    { file: 'server/src/modules/portal/__tests__/portal-admin.test.ts', test: 'R-PORTAL-4: the login screen gets Texto 1, Texto 2, name, logo and colours without signing in' },
    { file: 'client-portal/e2e/documents.e2e.test.ts', test: 'R-PORTAL-4: the sign-in screen wears the portal\'s name, logo, colours and login texts' },
  ]])) as Record<'loginText1' | 'loginText2' | 'whiteLabelName' | 'logoUrl' | 'primaryColor' | 'secondaryColor', { file: string; test: string }[]>,
};

const root = resolve(import.meta.dirname, '..', '..', '..', '..', '..');

/** The titles of the tests a file declares (`it('…')`), unescaped. */
function testTitles(file: string): string[] {
  if (!existsSync(resolve(root, file))) return [];
  const text = readFileSync(resolve(root, file), 'utf8');
  return [...text.matchAll(/\bit(?:\.\w+)?\((['"`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!.replace(/\\(.)/g, '$1'));
}

/** The menu whose rules read this toggle. */
const menuOf = (key: PortalSettingKey): PortalMenu | undefined =>
  (Object.entries(MENU_RULES) as unknown as [PortalMenu, { label: { pt: string } }[]][]).find(([, rules]) => rules.some((r) => r.label.pt.includes(PORTAL_SETTINGS.find((s) => s.key === key)!.label)))?.[0];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('R-SET-1: every portal setting has something behind it, or is not offered', () => {
  it('R-SET-1: every served setting of the catalog names a test that proves its effect, and that test exists', () => {
    const problems: string[] = [];
    for (const setting of PORTAL_SETTINGS) {
      const proofs = (EFFECTS as Partial<Record<string, { file: string; test: string }[]>>)[setting.key];
      if ((setting.availability as SettingAvailability) === SettingAvailability.COMING_SOON) {
        if (proofs) problems.push(`${setting.key} is coming soon but lists effects: remove them or mark it SERVED`);
        continue;
      }
      if (!proofs?.length) {
        problems.push(`${setting.key} is offered in the admin app (SERVED) but no test proves its effect: add one here, or mark it COMING_SOON`);
        continue;
      }
      for (const { file, test } of proofs) {
        if (!testTitles(file).includes(test)) problems.push(`${setting.key}: no test "${test}" in ${file}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('R-SET-1: every §11 toggle is served now (issue 13): no setting is left coming soon', () => {
    expect([...COMING_SOON_SETTINGS].sort()).toEqual([]);
  });

  it('R-SET-1: the catalog says which settings are coming soon; the API refuses to turn each on (BAD_USER_INPUT naming it) and writes nothing', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const { portalSettingsCatalog } = await client.ok(`{ portalSettingsCatalog { key availability } }`);
    expect(portalSettingsCatalog.filter((s: { availability: string }) => s.availability === 'COMING_SOON').map((s: { key: string }) => s.key).sort()).toEqual([...COMING_SOON_SETTINGS].sort());
    for (const key of COMING_SOON_SETTINGS) {
      const on = await client.request(`mutation($id: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $i) { id } }`, { id: world.portal.id, i: { [key]: true, loginText1: 'não grava' } });
      expect(on.errors?.[0], key).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: key }, message: expect.stringContaining('em breve') });
      // Off is always accepted (and changes nothing here).
      await client.ok(`mutation($id: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $i) { id } }`, { id: world.portal.id, i: { [key]: false } });
    }
    const { portal } = await client.ok(`query($id: ID!) { portal(id: $id) { loginText1 ${COMING_SOON_SETTINGS.join(' ')} } }`, { id: world.portal.id });
    expect(portal).toEqual({ loginText1: null, ...Object.fromEntries(COMING_SOON_SETTINGS.map((k) => [k, false])) });
    expect((await client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action } } }`, { id: world.portal.id })).auditLog.nodes).toEqual([]);
  });

  // The mechanism stays for the next feature announced before it is built; with none coming soon there is nothing to store on.
  it.skipIf(COMING_SOON_SETTINGS.length === 0)('R-SET-1, R-EXPLAIN-3: a coming-soon toggle stored on (old data) is served to nobody: the menu stays hidden, the explainer says "em breve", the health check lists nothing for it', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    await world.em.nativeUpdate(Portal, { id: world.portal.id }, Object.fromEntries(COMING_SOON_SETTINGS.map((k) => [k, true])));
    const { myMenus } = await (await ana.client()).ok(`{ myMenus { menu visible reason } }`);
    for (const key of COMING_SOON_SETTINGS) {
      const menu = menuOf(key);
      if (menu) expect(myMenus, key).toContainEqual({ menu, visible: false, reason: 'Este recurso não está disponível neste portal.' });
    }
    // Every menu a coming-soon toggle drives is hidden; the others still follow their toggles.
    expect(myMenus.filter((m: { visible: boolean }) => m.visible).map((m: { menu: string }) => m.menu).sort()).toEqual(['ASSISTANCE', 'CONTRACTS', 'FINANCIAL', 'SCHEDULE', 'SERVICE', 'WORK_LOG']);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(`query($i: ExplainVisibilityInput!) { explainVisibility(input: $i) { visible checks { passed detail fix { setting } } } }`, {
      i: { customerId: ana.customer.id, target: { menu: COMING_SOON_SETTINGS.map(menuOf).find(Boolean) } },
    });
    expect(explainVisibility).toMatchObject({ visible: false, checks: [{ passed: false, detail: expect.stringContaining('em breve'), fix: null }] });
    const { portalHealth } = await client.ok(`query($p: ID!) { portalHealth(portalId: $p) { kind message fix { setting } } }`, { p: world.portal.id });
    const labels = PORTAL_SETTINGS.filter((s) => (s.availability as SettingAvailability) === SettingAvailability.COMING_SOON).map((s) => s.label);
    expect(portalHealth.filter((i: { message: string; fix: { setting: string | null } }) => labels.some((l) => i.message.includes(l)) || COMING_SOON_SETTINGS.includes(i.fix.setting as never))).toEqual([]);
  });
});
