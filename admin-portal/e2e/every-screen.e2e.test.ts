import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { contextFor, signedInClient, walk, WALKS, type Screen } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
let browser: Browser;
let base: string;
let screens: { admin: Screen[]; signedOut: Screen[] };

const heading = (page: Page) => page.locator('main h1, h1').first().waitFor();

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
  const admin = await signedInClient(base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
  const data = await admin.ok(`{
    requests(first: 1) { nodes { id } }
    customers(search: "Ana") { nodes { id account { id } } }
    portals { id }
    developments { id }
    syncRuns(status: FAILED) { nodes { id } }
    contactMessages(first: 1) { nodes { id } }
  }`);
  // R-SYNC-1: a token that has made a call, so the tokens and calls screens show a row each.
  const { createApiToken } = await admin.ok(`mutation { createApiToken(input: { name: "ERP da demonstração", scopes: [INTEGRATION] }) { secret } }`);
  await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiToken.secret}` },
    body: JSON.stringify({ query: 'query ConferirToken { tokenInfo { name } }' }),
  });
  const [customer] = data.customers.nodes;
  const { customer: detail } = await admin.ok(`query($id: ID!) { customer(id: $id) { participations { reservation { contracts { id } } } } }`, { id: customer.id });
  const contract = detail.participations.flatMap((p: { reservation: { contracts: { id: string }[] } }) => p.reservation.contracts)[0];
  screens = {
    signedOut: [{ name: 'admin-sign-in', path: '/admin/', ready: heading }],
    admin: [
      { name: 'admin-requests', path: '/admin/', ready: heading },
      { name: 'admin-request', path: `/admin/pedidos/${data.requests.nodes[0].id}`, ready: heading },
      { name: 'admin-customers', path: '/admin/clientes', ready: heading },
      { name: 'admin-customer', path: `/admin/clientes/${customer.id}`, ready: heading },
      { name: 'admin-account', path: `/admin/contas/${customer.account.id}`, ready: heading },
      { name: 'admin-explainer', path: '/admin/explicar', ready: heading },
      { name: 'admin-portals', path: '/admin/portais', ready: heading },
      // Every portal: each has its own health check and settings.
      ...data.portals.map((portal: { id: string }, i: number) => ({ name: `admin-portal-${i + 1}`, path: `/admin/portais/${portal.id}`, ready: heading })),
      { name: 'admin-config', path: '/admin/configuracao', ready: heading },
      ...(contract ? [{ name: 'admin-contract', path: `/admin/contratos/${contract.id}`, ready: heading }] : []),
      { name: 'admin-developments', path: '/admin/empreendimentos', ready: heading },
      { name: 'admin-development', path: `/admin/empreendimentos/${data.developments[0].id}`, ready: heading },
      { name: 'admin-work-log', path: `/admin/empreendimentos/${data.developments[0].id}/diario-de-obra`, ready: heading },
      { name: 'admin-schedule', path: `/admin/empreendimentos/${data.developments[0].id}/cronograma`, ready: heading },
      { name: 'admin-appointments', path: `/admin/empreendimentos/${data.developments[0].id}/agendamentos`, ready: heading },
      { name: 'admin-surveys', path: '/admin/pesquisas', ready: heading },
      { name: 'admin-portal-extras', path: `/admin/portais/${data.portals[0].id}/banners-e-beneficios`, ready: heading },
      { name: 'admin-data-changes', path: '/admin/alteracoes', ready: heading },
      { name: 'admin-contact-inbox', path: '/admin/fale-conosco', ready: heading },
      { name: 'admin-contact-message', path: `/admin/fale-conosco/${data.contactMessages.nodes[0].id}`, ready: heading },
      { name: 'admin-faq-editor', path: `/admin/portais/${data.portals[0].id}/perguntas-frequentes`, ready: heading },
      { name: 'admin-audit', path: '/admin/auditoria', ready: heading },
      { name: 'admin-staff', path: '/admin/equipe', ready: heading },
      { name: 'admin-integration-tokens', path: '/admin/integracoes', ready: heading },
      { name: 'admin-integration-calls', path: '/admin/integracoes/chamadas', ready: heading },
      { name: 'admin-integration-runs', path: '/admin/integracoes/sincronizacoes', ready: heading },
      { name: 'admin-queue-failures', path: '/admin/fila', ready: heading },
      { name: 'admin-my-account', path: '/admin/minha-conta', ready: heading },
      { name: 'admin-deletion-requests', path: '/admin/privacidade', ready: heading },
      // The demo's failed night: its refused row, in words.
      { name: 'admin-integration-run', path: `/admin/integracoes/sincronizacoes/${data.syncRuns.nodes[0].id}`, ready: heading },
    ],
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${base}/admin/`);
  await page.locator('#login').fill('admin@horizonte.demo');
  await page.locator('#password').fill('demo-admin-1');
  await page.locator('form button[type="submit"]').click();
  await page.locator('nav').first().waitFor();
}

describe.skipIf(!hasChromium)('every screen of the admin app, in both languages at phone size, and at laptop size in pt-BR', () => {
  for (const { language, size } of WALKS) {
    it(`shows no raw code, does not scroll sideways and passes the accessibility check (${language}, ${size})`, async () => {
      const problems: string[] = [];
      const visitor = await contextFor(browser, language, size);
      problems.push(...(await walk(await visitor.newPage(), base, screens.signedOut, { language, size })));
      await visitor.close();

      const staff = await contextFor(browser, language, size);
      const page = await staff.newPage();
      await signIn(page);
      problems.push(...(await walk(page, base, screens.admin, { language, size })));
      await staff.close();
      expect(problems).toEqual([]);
    // Every admin screen, axe on each: the money screens (a customer's finance, billing blocks, financial rules) made the walk longer than the 60 s default.
    }, 300_000);
  }
});
