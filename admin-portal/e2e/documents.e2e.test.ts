import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../server/src/demo/demo-pdf.js';
import { Contract } from '../../server/src/modules/contracts/contract.entity.js';
import { FileOwnerKind, StoredFile } from '../../server/src/modules/files/stored-file.entity.js';
import { DESKTOP, expectAccessible, hasChromium, launchChromium, phonePage, screenshot } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';

const root = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  // This file's own copy of the demo (and of its documents' files).
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

async function openPortal(page: Page, name: string) {
  await page.goto(`${base}/admin/portais`);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

const healthMessages = (page: Page) => page.getByTestId('health-issue').allTextContents();

describe.skipIf(!hasChromium)('portal settings, subjects and documents in the admin app, on the demo', () => {
  it('R-SET-1: the settings screen marks the features that do not exist yet "em breve" and disabled; the others switch', async () => {
    const page = await staffPage();
    await openPortal(page, 'Portal Horizonte');
    for (const label of ['Exibir perguntas frequentes', 'Exibir menu agendamentos', 'Exibir portal de benefícios', 'Exibir menu pesquisa', 'Exibir indique um amigo',
      'Exibir confirmação de endereço', 'Exibir propostas pendentes', 'Exibir pré-cadastros pendentes']) {
      const box = page.getByLabel(new RegExp(`^${label} Em breve$`));
      expect([await box.isDisabled(), await box.isChecked()], label).toEqual([true, false]);
    }
    const served = page.getByLabel('Exibir menu atendimentos', { exact: true });
    expect([await served.isDisabled(), await served.isChecked()]).toEqual([false, true]);
    await page.locator('#setting-showFaq').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'admin-portal-settings-coming-soon');
    await screenshot(page, 'admin-portal-settings-coming-soon');
    await page.context().close();
  });

  it('R-EXPLAIN-3, R-REQ-2: the demo\'s internal-coded subsubject has a display name on Portal Horizonte: its warning is gone there and still shown on Obra Casa Silva', async () => {
    const page = await staffPage();
    await openPortal(page, 'Portal Horizonte');
    await expect.poll(async () => (await healthMessages(page)).length).toBeGreaterThan(0);
    expect((await healthMessages(page)).filter((m) => m.includes('ACB-07'))).toEqual([]);
    await openPortal(page, 'Obra Casa Silva');
    await expect.poll(async () => (await healthMessages(page)).filter((m) => m.includes('ACB-07'))).toEqual([
      expect.stringContaining('O subassunto "ACB-07 Fissura em reboco (NBR 15575)" parece um nome interno e não tem nome de exibição neste portal'),
    ]);
    await screenshot(page, 'admin-portal-health-obra');
    // The fix link leads to the subsubject, whose name on each portal is edited there.
    await page.getByTestId('health-issue').filter({ hasText: 'ACB-07' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Configuração', level: 1 }).waitFor();
    expect(await page.getByLabel('Nome de exibição em Portal Horizonte: ACB-07 Fissura em reboco (NBR 15575)').inputValue()).toBe('Fissura na parede');
    expect(await page.getByLabel('Nome de exibição em Obra Casa Silva: ACB-07 Fissura em reboco (NBR 15575)').inputValue()).toBe('');
    expect(await page.getByLabel('Aplica-se a', { exact: true }).first().isVisible()).toBe(true);
    const appliesTo = await page.locator('select[id^="applies-"]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent));
    expect(appliesTo).toEqual(['Unidades', 'Áreas comuns', 'Unidades', 'Unidades e áreas comuns', 'Unidades e áreas comuns', 'Unidades e áreas comuns']);
    await expectAccessible(page, 'admin-config-subjects');
    await screenshot(page, 'admin-config-subjects');
    await page.context().close();
  });

  it('a MANAGER uploads a contract\'s document (a non-PDF is refused on the field, nothing kept); Ana then opens the new PDF', async () => {
    const em = server.em();
    const contract = await em.findOneOrFail(Contract, { title: 'Contrato de compra e venda — Lote 7' });
    const before = await em.findOneOrFail(StoredFile, { ownerKind: FileOwnerKind.CONTRACT_DOCUMENT, ownerId: contract.id });
    const page = await staffPage('gestor@horizonte.demo', 'demo-gestor-1');
    await page.getByRole('navigation').getByRole('link', { name: 'Clientes', exact: true }).click();
    await page.getByRole('link', { name: 'Ana Souza' }).first().click();
    await page.getByRole('link', { name: 'Contrato de compra e venda — Lote 7' }).click();
    await page.getByRole('heading', { name: /Contrato: Contrato de compra e venda — Lote 7/ }).waitFor();
    expect(await page.getByRole('link', { name: `Abrir ${before.name}` }).getAttribute('href')).toBe(`/files/${before.id}`);

    const input = page.getByLabel('Substituir o documento (PDF)');
    await input.setInputFiles({ name: 'contrato.pdf', mimeType: 'application/pdf', buffer: Buffer.from('isto não é um PDF') });
    await page.getByText('O conteúdo do arquivo não é PDF. Envie o documento em PDF.').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await em.count(StoredFile, { ownerId: null })).toBe(0);
    await expectAccessible(page, 'admin-contract-upload-refused');
    await screenshot(page, 'admin-contract-upload-refused');

    await input.setInputFiles({ name: 'Contrato Lote 7 — assinado.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Contrato Lote 7 — assinado', ['Vila Serena, Lote 7']) });
    await page.getByText('"Contrato Lote 7 — assinado.pdf" enviado.').waitFor();
    const link = page.getByRole('link', { name: 'Abrir Contrato Lote 7 — assinado.pdf' });
    await link.waitFor();
    const url = (await link.getAttribute('href'))!;
    expect(url).not.toBe(`/files/${before.id}`);
    await screenshot(page, 'admin-contract-document');
    await page.context().close();

    const ana = await phonePage(browser);
    await ana.goto(`${base}/`);
    await ana.getByLabel('E-mail ou CPF/CNPJ').fill('ana@cliente.demo');
    await ana.getByLabel('Senha', { exact: true }).fill('demo-cliente-1');
    await ana.getByRole('button', { name: 'Entrar', exact: true }).click();
    await ana.getByRole('link', { name: 'Ver unidade: Lote 7' }).click();
    const document = ana.getByRole('link', { name: 'Abrir documento: Contrato de compra e venda — Lote 7' });
    expect(await document.getAttribute('href')).toBe(url);
    const answer = await ana.request.get(`${base}${url}`);
    expect([answer.status(), answer.headers()['content-type'], (await answer.body()).subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    // The replaced document is gone.
    expect((await ana.request.get(`${base}/files/${before.id}`)).status()).toBe(404);
    await ana.context().close();
  });

  it('R-REQ-10: staff upload a file for one syndic on the development screen; the syndic sees it and opens it', async () => {
    const page = await staffPage();
    await page.getByRole('navigation').getByRole('link', { name: 'Empreendimentos', exact: true }).click();
    await page.getByRole('link', { name: 'Residencial Jardins' }).click();
    await page.getByRole('heading', { name: 'Arquivos dos síndicos' }).waitFor();
    await page.getByLabel('Para quem').selectOption({ label: 'Roberto Síndico' });
    await page.getByLabel('Nome que o síndico vê (opcional)').fill('Orçamento da reforma do salão');
    await page.getByLabel('Arquivo (PDF)').setInputFiles({ name: 'orcamento.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Orçamento da reforma do salão', ['Salão de festas']) });
    await page.getByText('"orcamento.pdf" enviado.').waitFor();
    await page.getByRole('link', { name: 'Orçamento da reforma do salão' }).waitFor();
    await expectAccessible(page, 'admin-syndic-files');
    await screenshot(page, 'admin-syndic-files');
    await page.context().close();

    const syndic = await phonePage(browser);
    await syndic.goto(`${base}/`);
    await syndic.getByRole('button', { name: 'Sou síndico' }).click();
    await syndic.getByLabel('E-mail').fill('sindico@horizonte.demo');
    await syndic.getByLabel('Senha', { exact: true }).fill('demo-sindico-1');
    await syndic.getByRole('button', { name: 'Entrar', exact: true }).click();
    const link = syndic.getByRole('link', { name: 'Orçamento da reforma do salão' });
    await link.waitFor();
    const answer = await syndic.request.get(`${base}${await link.getAttribute('href')}`);
    expect([answer.status(), (await answer.body()).toString('latin1')]).toEqual([200, expect.stringContaining('reforma do sal\xe3o')]);
    await syndic.context().close();
  });
});
