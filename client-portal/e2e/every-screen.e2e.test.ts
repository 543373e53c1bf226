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
let screens: { customer: Screen[]; syndic: Screen[]; signedOut: Screen[] };

const heading = (page: Page) => page.locator('h1').first().waitFor();

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
  const ana = await signedInClient(base, 'client', 'ana@cliente.demo', 'demo-cliente-1');
  const { myUnits, myRequests } = await ana.ok(`{ myUnits { id name } myRequests(first: 1) { nodes { id } } }`);
  const unitNamed = (name: string) => (myUnits as { id: string; name: string }[]).find((u) => u.name === name)!.id;
  screens = {
    signedOut: [{ name: 'client-sign-in', path: '/', ready: (page) => page.getByRole('button', { name: /^(Entrar|Sign in)$/ }).waitFor() }],
    customer: [
      { name: 'client-home', path: '/', ready: heading },
      { name: 'client-unit', path: `/unidades/${myUnits[0].id}`, ready: heading },
      { name: 'client-service', path: '/atendimentos', ready: heading },
      { name: 'client-assistance', path: '/assistencia', ready: heading },
      { name: 'client-new-request', path: '/pedidos/novo', ready: heading },
      { name: 'client-request', path: `/pedidos/${myRequests.nodes[0].id}`, ready: heading },
      { name: 'client-finance', path: '/financeiro', ready: heading },
      { name: 'client-finance-unit', path: `/unidades/${unitNamed('Apto A-101')}/financeiro`, ready: (page) => page.getByTestId('finance-summary').waitFor() },
      { name: 'client-finance-notice', path: `/unidades/${unitNamed('Lote 7')}/financeiro`, ready: (page) => page.getByTestId('finance-notice').waitFor() },
      { name: 'client-contact', path: '/fale-conosco', ready: heading },
      { name: 'client-faq', path: '/perguntas-frequentes', ready: heading },
      { name: 'client-work-log', path: '/diario-de-obra', ready: (page) => page.getByTestId('work-log-entry').first().waitFor() },
      { name: 'client-schedule', path: '/cronograma', ready: (page) => page.getByTestId('schedule').first().waitFor() },
      { name: 'client-scheduling', path: '/agendamentos', ready: heading },
      { name: 'client-surveys', path: '/pesquisa', ready: heading },
      { name: 'client-benefits', path: '/beneficios', ready: heading },
      { name: 'client-refer-friend', path: '/indique-um-amigo', ready: heading },
      { name: 'client-profile', path: '/meus-dados', ready: heading },
      { name: 'client-notifications', path: '/notificacoes', ready: heading },
      { name: 'client-privacy', path: '/privacidade', ready: heading },
      { name: 'client-access', path: '/acesso', ready: heading },
    ],
    syndic: [{ name: 'client-syndic', path: '/', ready: heading }],
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, login: string, password: string, syndic = false) {
  await page.goto(`${base}/`);
  if (syndic) await page.getByRole('button', { name: /^(Sou síndico|I am a building manager)$/ }).click();
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('nav, header').first().waitFor();
  await page.waitForURL(`${base}/`);
}

describe.skipIf(!hasChromium)('every screen of the client portal, in both languages at phone size, and at laptop size in pt-BR', () => {
  for (const { language, size } of WALKS) {
    it(`shows no raw code, does not scroll sideways and passes the accessibility check (${language}, ${size})`, async () => {
      const problems: string[] = [];
      const visitor = await contextFor(browser, language, size);
      problems.push(...(await walk(await visitor.newPage(), base, screens.signedOut, { language, size })));
      await visitor.close();

      const customer = await contextFor(browser, language, size);
      const page = await customer.newPage();
      await signIn(page, 'ana@cliente.demo', 'demo-cliente-1');
      problems.push(...(await walk(page, base, screens.customer, { language, size })));
      await customer.close();

      const syndic = await contextFor(browser, language, size);
      const syndicPage = await syndic.newPage();
      await signIn(syndicPage, 'sindico@horizonte.demo', 'demo-sindico-1', true);
      problems.push(...(await walk(syndicPage, base, screens.syndic, { language, size })));
      await syndic.close();
      expect(problems).toEqual([]);
    // Every screen, axe on each at phone size: two dozen screens take longer than the 60 s default.
    }, 240_000);
  }
});
