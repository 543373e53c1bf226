import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, DESKTOP, expectAccessible, expectErrorOnField, hasChromium, launchChromium, screenshot } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { rawCodesOn, signedInClient } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');
const shots = '/tmp/contact-shots';

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  // This file's own copy of the demo: the pareceres and questions written here are seen by no other file.
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function staffPage(login = 'admin@horizonte.demo', password = 'demo-admin-1'): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  const page = await context.newPage();
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(login);
  await page.getByLabel('Senha').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('heading', { name: 'Pedidos' }).waitFor();
  return page;
}

const subjects = async (page: Page) => (await page.getByTestId('contact-inbox').locator('tbody tr td:first-child').allTextContents()).sort();

describe.skipIf(!hasChromium)('Fale Conosco and the FAQ in the admin app', () => {
  it('R-CONTACT-2: an ADMIN filters the inbox by development, quadra, customer, type and status, then adds a parecer that sets the status', async () => {
    const page = await staffPage();
    await page.getByRole('navigation').getByRole('link', { name: 'Fale Conosco' }).click();
    await page.getByRole('heading', { name: 'Fale Conosco', level: 1 }).waitFor();
    await page.getByTestId('contact-inbox').waitFor();
    expect(await subjects(page)).toHaveLength(6);

    await page.locator('#contact-filter-development').selectOption({ label: 'Loteamento Vila Serena' });
    // Its lots' messages, and the general ones of its buyers (Ana has Lote 7 there).
    await expect.poll(() => subjects(page)).toEqual(['Boleto não emitido', 'Boletos pelo WhatsApp', 'Escritura do lote']);
    await page.locator('#contact-filter-block').selectOption({ label: 'Quadra 1' });
    await expect.poll(() => subjects(page)).toEqual(['Boleto não emitido', 'Escritura do lote']);
    await page.locator('#contact-filter-customer').selectOption({ label: 'Lara Construções Ltda' });
    await expect.poll(() => subjects(page)).toEqual(['Boleto não emitido']);
    await page.locator('#contact-filter-status').selectOption({ label: 'Resolvida' });
    await page.getByText('Nenhuma mensagem com estes filtros.').waitFor();
    await page.locator('#contact-filter-status').selectOption({ label: 'Pendente' });
    await page.locator('#contact-filter-type').selectOption({ label: 'Reclamação' });
    await expect.poll(() => subjects(page)).toEqual(['Boleto não emitido']);
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'admin-contact-inbox');
    await capture(page, `${shots}/admin-contact-inbox.png`, { fullPage: true });
    await screenshot(page, 'admin-contact-inbox');

    await page.getByRole('link', { name: 'Boleto não emitido' }).click();
    await page.getByRole('heading', { name: 'Boleto não emitido', level: 1 }).waitFor();
    expect(await page.getByTestId('contact-status').textContent()).toBe('Pendente');
    await page.getByText('Nenhum parecer ainda').waitFor();
    // An empty parecer is refused on its field.
    await page.getByRole('button', { name: 'Salvar parecer' }).click();
    expect(await expectErrorOnField(page.getByLabel('Parecer', { exact: true }))).toBeTruthy();
    await page.getByLabel('Situação', { exact: true }).selectOption({ label: 'Resolvida' });
    await page.getByLabel('Parecer', { exact: true }).fill('O bloqueio de emissão da Quadra 1 foi retirado: o boleto já pode ser emitido pelo portal.');
    await page.getByRole('button', { name: 'Salvar parecer' }).click();
    await expect.poll(() => page.getByTestId('contact-status').textContent()).toBe('Resolvida');
    const opinions = page.getByTestId('opinions');
    expect(await opinions.textContent()).toContain('O bloqueio de emissão da Quadra 1 foi retirado');
    expect(await opinions.textContent()).toContain('Beatriz Administradora');
    expect(await opinions.textContent()).toContain('O cliente vê');
    await expectAccessible(page, 'admin-contact-message');
    await capture(page, `${shots}/admin-contact-message.png`, { fullPage: true });
    await screenshot(page, 'admin-contact-message');

    // What Lara reads: the parecer, in her list.
    const lara = await signedInClient(base, 'client', 'lara@cliente.demo', 'demo-cliente-1');
    const { myContactMessages } = await lara.ok(`{ myContactMessages { subject status opinions { text } } }`);
    expect(myContactMessages).toContainEqual({ subject: 'Boleto não emitido', status: 'RESOLVED', opinions: [{ text: expect.stringContaining('bloqueio de emissão') }] });
    await page.context().close();
  });

  it('R-SET-2: a MANAGER adds a question to Portal Horizonte\'s FAQ and edits the contact types; an AGENT does not see the Fale Conosco inbox', async () => {
    const page = await staffPage('gestor@horizonte.demo', 'demo-gestor-1');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Fale Conosco' }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Portais' }).click();
    await page.getByRole('link', { name: 'Portal Horizonte', exact: true }).click();
    await page.getByRole('link', { name: 'Editar as perguntas frequentes deste portal' }).click();
    await page.getByRole('heading', { name: 'Perguntas frequentes', level: 1 }).waitFor();
    expect(await page.getByTestId('faq-toggle').textContent()).toContain('está ligado');
    const financeiro = page.getByRole('region', { name: 'Financeiro' });
    await financeiro.getByText('Adicionar pergunta').first().click();
    const form = financeiro.getByRole('form', { name: 'Adicionar pergunta' });
    await form.getByLabel('Pergunta', { exact: true }).fill('Posso pagar com PIX?');
    await form.getByLabel('Resposta', { exact: true }).fill('Sim: o boleto do mês traz o PIX copia e cola.');
    await form.getByRole('button', { name: 'Adicionar pergunta' }).click();
    await financeiro.getByRole('form', { name: 'Posso pagar com PIX?' }).waitFor();
    await expectAccessible(page, 'admin-faq-editor');
    await capture(page, `${shots}/admin-faq-editor.png`, { fullPage: true });
    await screenshot(page, 'admin-faq-editor');

    const ana = await signedInClient(base, 'client', 'ana@cliente.demo', 'demo-cliente-1');
    const { faq } = await ana.ok(`{ faq(search: "pix") { name entries { question } } }`);
    expect(faq).toEqual([{ name: 'Financeiro', entries: [{ question: 'Posso pagar com PIX?' }] }]);

    await page.goto(`${base}/admin/configuracao#contact-types`);
    const types = page.locator('#contact-types');
    await types.getByRole('heading', { name: 'Tipos de solicitação (Fale Conosco)' }).waitFor();
    await types.getByPlaceholder('Novo tipo de solicitação').fill('Pedido de documento');
    await types.getByRole('button', { name: 'Adicionar' }).click();
    await types.getByRole('cell', { name: 'Pedido de documento', exact: true }).waitFor();
    await page.context().close();

    const agent = await staffPage('atendente@horizonte.demo', 'demo-agent-1');
    expect(await agent.getByRole('navigation').getByRole('link', { name: 'Fale Conosco' }).count()).toBe(0);
    await agent.context().close();
  });
});
