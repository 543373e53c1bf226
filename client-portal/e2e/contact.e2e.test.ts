import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, expectAccessible, expectErrorOnField, expectNoHorizontalOverflow, hasChromium, launchChromium, PHONE, screenshot } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { rawCodesOn, signedInClient } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');
/** This helper's own screenshots, at phone size, to look at (test-results/screenshots gets the shared ones). */
const shots = '/tmp/contact-shots';

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  // This file's own copy of the demo: the messages and pareceres written here are seen by no other file.
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function anaOnPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('E-mail ou CPF/CNPJ').fill('ana@cliente.demo');
  await page.getByLabel('Senha', { exact: true }).fill('demo-cliente-1');
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
  return page;
}

const card = (page: Page, subject: string) => page.getByRole('article', { name: subject });

describe.skipIf(!hasChromium)('Fale Conosco and Perguntas frequentes in the client portal, at phone size', () => {
  it('R-CONTACT-1, R-CONTACT-2: Ana sends a Fale Conosco message about her unit, then reads the parecer meant for her, live (never the internal note)', async () => {
    const page = await anaOnPhone();
    await page.getByRole('navigation').getByRole('link', { name: 'Fale Conosco', exact: true }).click();
    await page.getByRole('heading', { name: 'Fale Conosco', level: 1 }).waitFor();

    // The demo's answered complaint: its public pareceres, in words; the internal note is not there.
    const noise = card(page, 'Barulho da obra aos sábados');
    await noise.waitFor();
    expect(await noise.getByText('Resolvida').first().isVisible()).toBe(true);
    expect(await noise.textContent()).toContain('A equipe da obra passou a começar às 8h aos sábados.');
    expect(await page.locator('main').textContent()).not.toContain('betonagem');

    // Sending with nothing filled says so on the field.
    await page.getByRole('button', { name: 'Enviar mensagem' }).click();
    expect(await expectErrorOnField(page.getByLabel('Tipo de solicitação'))).toBeTruthy();

    await page.getByLabel('Tipo de solicitação').selectOption({ label: 'Dúvida' });
    await page.getByLabel('Sobre qual unidade?').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
    await page.getByLabel('Assunto').fill('Interfone não funciona');
    await page.getByLabel('Mensagem', { exact: true }).fill('O interfone do A-101 não toca desde ontem.');
    await page.getByRole('button', { name: 'Enviar mensagem' }).click();
    await page.getByText('Mensagem enviada.').waitFor();
    const mine = card(page, 'Interfone não funciona');
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Aguardando resposta');
    expect(await mine.textContent()).toContain('Apto A-101 · Residencial Jardins');
    expect(await mine.textContent()).toContain('Ainda sem resposta.');
    await capture(page, `${shots}/client-contact-sent.png`, { fullPage: true });

    // An ADMIN answers: one parecer for Ana, one internal note.
    const admin = await signedInClient(base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
    const { contactMessages } = await admin.ok(`{ contactMessages(filter: { status: PENDING }) { nodes { id subject } } }`);
    const id = contactMessages.nodes.find((m: { subject: string }) => m.subject === 'Interfone não funciona').id;
    await admin.ok(`mutation($i: AddOpinionInput!) { addOpinion(input: $i) { id } }`, { i: { messageId: id, status: 'NOTE', text: 'Fornecedor do interfone acionado (interno).', visibleToCustomer: false } });
    await admin.ok(`mutation($i: AddOpinionInput!) { addOpinion(input: $i) { id } }`, { i: { messageId: id, status: 'RESOLVED', text: 'O técnico trocou o módulo do interfone hoje.', visibleToCustomer: true } });
    // Live: the parecer shows without reloading the page; the internal note never does.
    const answered = card(page, 'Interfone não funciona');
    await answered.getByText('O técnico trocou o módulo do interfone hoje.').waitFor();
    expect(await answered.textContent()).toContain('Resolvida');
    expect(await page.locator('main').textContent()).not.toContain('Fornecedor do interfone');
    expect(await rawCodesOn(page)).toEqual([]);
    await expectNoHorizontalOverflow(page, 'client-contact');
    await expectAccessible(page, 'client-contact');
    await capture(page, `${shots}/client-contact-parecer.png`, { fullPage: true });
    await screenshot(page, 'client-contact');
    await page.context().close();
  });

  it('R-SET-1: Ana searches the Perguntas frequentes (accents ignored), opens an answer, and an empty search says so in words', async () => {
    const page = await anaOnPhone();
    await page.getByRole('navigation').getByRole('link', { name: 'Perguntas frequentes', exact: true }).click();
    await page.getByRole('heading', { name: 'Perguntas frequentes', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Financeiro', 'Obra e entrega', 'Acesso ao portal']);

    await page.getByLabel('Buscar nas perguntas').fill('SENHA');
    await page.getByText('Esqueci minha senha. E agora?').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Acesso ao portal']);
    const answer = page.getByText('Na tela de entrada, peça um link de acesso');
    expect(await answer.isVisible()).toBe(false);
    await page.getByText('Esqueci minha senha. E agora?').click();
    await answer.waitFor();
    expect(await answer.isVisible()).toBe(true);
    await capture(page, `${shots}/client-faq-search.png`, { fullPage: true });
    await expectAccessible(page, 'client-faq');

    await page.getByLabel('Buscar nas perguntas').fill('manutencao piscina');
    await page.getByText('Nenhuma pergunta fala de "manutencao piscina".').waitFor();
    expect(await page.getByRole('link', { name: 'Fale Conosco' }).count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page, 'client-faq-empty');
    await capture(page, `${shots}/client-faq-empty.png`, { fullPage: true });
    await screenshot(page, 'client-faq');
    await page.context().close();
  });
});
