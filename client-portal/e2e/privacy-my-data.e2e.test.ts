import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, expectAccessible, expectNoHorizontalOverflow, hasChromium, launchChromium, PHONE } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { signedInClient } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/privacy-shots';

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  // This file's own copy of the demo: the consent revoked and the log written here are seen by no other file.
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function anaOnPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', isMobile: true, hasTouch: true, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('E-mail ou CPF/CNPJ').fill('ana@cliente.demo');
  await page.getByLabel('Senha', { exact: true }).fill('demo-cliente-1');
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
  return page;
}

describe.skipIf(!hasChromium)('R-OPS-3: "Seus dados e privacidade" in the client portal, at phone size', () => {
  it('R-OPS-3: Ana opens her privacy page, sees who from the company read her data, revokes her WhatsApp consent and downloads her data as a zip with dados.json', async () => {
    // Someone from the company reads her record first: she will see it, by name.
    const admin = await signedInClient(base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
    const { customers } = await admin.ok(`{ customers(search: "ana@cliente.demo") { nodes { id } } }`);
    const { customer } = await admin.ok(`query($id: ID!) { customer(id: $id) { id name } }`, { id: customers.nodes[0].id });
    const { me } = await admin.ok(`{ me { name } }`);

    const page = await anaOnPhone();
    await page.getByRole('navigation').getByRole('link', { name: 'Privacidade', exact: true }).click();
    await page.getByRole('heading', { name: 'Seus dados e privacidade', level: 1 }).waitFor();

    // Who accessed: the staff member's name and what they read, in words.
    const log = page.locator('#acessos');
    await log.getByText(me.name).first().waitFor();
    expect(await log.textContent()).toContain('Consultou o cadastro');

    // The demo gave her WhatsApp consent: the switch is on, with its text; she turns it off.
    const whatsapp = page.getByRole('switch', { name: 'Mensagens pelo WhatsApp' });
    expect(await whatsapp.isChecked()).toBe(true);
    expect(await page.locator('#consentimentos').textContent()).toContain('Aceito receber pelo WhatsApp');
    await whatsapp.click();
    await page.getByText('Autorização retirada: Mensagens pelo WhatsApp.').waitFor();
    expect(await whatsapp.isChecked()).toBe(false);
    await page.locator('#consentimentos').getByText(/Você retirou a autorização em \d{2}\/\d{2}\/\d{4}/).waitFor();

    await expectAccessible(page, 'client privacy page');
    await expectNoHorizontalOverflow(page, 'client privacy page');
    await capture(page, `${shots}/client-privacy.png`, { fullPage: true });

    // "Baixar meus dados": a zip with dados.json, which says the consent is revoked.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Baixar meus dados (.zip)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^meus-dados-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['dados.json', 'LEIA-ME.txt']));
    const data = JSON.parse(Buffer.from(zip['dados.json']!).toString('utf8'));
    expect(data.cadastro.customer.name).toBe(customer.name);
    expect(data.consentimentos.find((c: { purpose: string }) => c.purpose === 'WHATSAPP')).toMatchObject({ granted: false });
    expect(data.unidades.length).toBeGreaterThan(0);

    // The download is recorded, and she sees it in the same list.
    await page.reload();
    await page.locator('#acessos').getByText('Baixou a cópia dos dados').first().waitFor();
  });
});
