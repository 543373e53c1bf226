import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, phonePage } from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';

// Issue 8: the core loop runs on the database of the Quick start (`npm start`: no DATABASE_URL,
// the embedded PostgreSQL with the demo), not only on the machine's PostgreSQL of the other files.

const root = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist'), demo: true }, { database: 'embedded' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(!hasChromium)('client portal in Chromium, on the embedded PostgreSQL', () => {
  it('issue 8, R-REQ-3, R-REQ-9: on the embedded PostgreSQL the customer opens a request, staff change its status, and her open page shows it live', async () => {
    expect(server.embedded).toBe(true);
    const page = await phonePage(browser);
    await page.goto(`${base}/`);
    await page.getByLabel('E-mail ou CPF/CNPJ').fill('ana@cliente.demo');
    await page.getByLabel('Senha', { exact: true }).fill('demo-cliente-1');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();

    await page.getByRole('link', { name: 'Assistência técnica' }).click();
    await page.getByRole('link', { name: 'Abrir pedido' }).click();
    await page.getByRole('heading', { name: 'Novo pedido' }).waitFor();
    await page.getByLabel('Unidade').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
    await page.getByLabel('Assunto').selectOption({ label: 'Hidráulica' });
    await page.getByLabel('Detalhe').selectOption({ label: 'Vazamento' });
    await page.getByLabel('Local da unidade').selectOption({ label: 'Cozinha' });
    await page.getByLabel('Descreva o que você precisa').fill('Vazamento no banco embutido.');
    await page.getByRole('button', { name: 'Enviar pedido' }).click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Aberta');
    const requestId = /\/pedidos\/([^/?#]+)/.exec(page.url())?.[1];
    expect(requestId).toBeTruthy();

    const staff = new GraphQLClient(base, { app: 'admin' });
    await staff.ok(`mutation { signIn(input: { login: "atendente@horizonte.demo", password: "demo-agent-1", kind: STAFF }) { account { id } } }`);
    const { workflows } = await staff.ok(`{ workflows { kind statuses { id name } } }`);
    const inspection = workflows.find((w: { kind: string }) => w.kind === 'ASSISTANCE').statuses.find((s: { name: string }) => s.name === 'Vistoria agendada');
    // The page's subscription is open before the change is made.
    await page.waitForTimeout(300);
    const started = Date.now();
    await staff.ok(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, { i: { requestId, statusId: inspection.id, comment: 'Vistoria na quinta às 10h.' } });
    await page.getByTestId('request-status').filter({ hasText: 'Vistoria agendada' }).waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await page.getByText('Vistoria na quinta às 10h.').isVisible()).toBe(true);
    await page.context().close();
  });
});
