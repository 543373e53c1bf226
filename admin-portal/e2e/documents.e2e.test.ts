import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../server/src/demo/demo-pdf.js';
import { Contract } from '../../server/src/modules/contracts/contract.entity.js';
import { FileOwnerKind, StoredFile } from '../../server/src/modules/files/stored-file.entity.js';
import { demoInBrowser, expectAccessible, hasChromium, phonePage, screenshot, signInCustomer, staffPage } from '../../server/src/test/browser.js';

// This file's own copy of the demo (and of its documents' files).
const demo = demoInBrowser();

async function openPortal(page: Page, name: string) {
  await page.goto(`${demo.base}/admin/portais`);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

const healthMessages = (page: Page) => page.getByTestId('health-issue').allTextContents();

describe.skipIf(!hasChromium)('portal settings, subjects and documents in the admin app, on the demo', () => {
  it('R-SET-1: every §11 toggle switches now (issue 13): none is marked "em breve"; the demo has the portal extras on', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await openPortal(page, 'Portal Horizonte');
    await page.getByLabel('Exibir menu atendimentos', { exact: true }).waitFor();
    expect(await page.locator('.coming-soon').count()).toBe(0);
    for (const label of ['Exibir portal de benefícios', 'Exibir indique um amigo', 'Exibir confirmação de endereço', 'Exibir propostas pendentes', 'Exibir pré-cadastros pendentes']) {
      const box = page.getByLabel(label, { exact: true });
      expect([await box.isDisabled(), await box.isChecked()], label).toEqual([false, true]);
    }
    const served = page.getByLabel('Exibir menu atendimentos', { exact: true });
    expect([await served.isDisabled(), await served.isChecked()]).toEqual([false, true]);
    await page.locator('#setting-showBenefits').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'admin-portal-settings-extras');
    await screenshot(page, 'admin-portal-settings-extras');
    await page.context().close();
  });

  it('R-EXPLAIN-3, R-REQ-2: the demo\'s internal-coded subsubject has a display name on Portal Horizonte: its warning is gone there and still shown on Obra Casa Silva', async () => {
    const page = await staffPage(demo.browser, demo.base);
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
    const em = demo.server.em();
    const contract = await em.findOneOrFail(Contract, { title: 'Contrato de compra e venda — Lote 7' });
    const before = await em.findOneOrFail(StoredFile, { ownerKind: FileOwnerKind.CONTRACT_DOCUMENT, ownerId: contract.id });
    const page = await staffPage(demo.browser, demo.base, { login: 'gestor@horizonte.demo', password: 'demo-gestor-1' });
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

    const ana = await phonePage(demo.browser);
    await signInCustomer(ana, demo.base, 'ana@cliente.demo');
    await ana.getByRole('link', { name: 'Ver unidade: Lote 7' }).click();
    const document = ana.getByRole('link', { name: 'Abrir documento: Contrato de compra e venda — Lote 7' });
    expect(await document.getAttribute('href')).toBe(url);
    const answer = await ana.request.get(`${demo.base}${url}`);
    expect([answer.status(), answer.headers()['content-type'], (await answer.body()).subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    // The replaced document is gone.
    expect((await ana.request.get(`${demo.base}/files/${before.id}`)).status()).toBe(404);
    await ana.context().close();
  });

  it('R-REQ-10: staff upload a file for one syndic on the development screen; the syndic sees it and opens it', async () => {
    const page = await staffPage(demo.browser, demo.base);
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

    const syndic = await phonePage(demo.browser);
    await syndic.goto(`${demo.base}/`);
    await syndic.getByRole('button', { name: 'Sou síndico' }).click();
    await syndic.getByLabel('E-mail').fill('sindico@horizonte.demo');
    await syndic.getByLabel('Senha', { exact: true }).fill('demo-sindico-1');
    await syndic.getByRole('button', { name: 'Entrar', exact: true }).click();
    const link = syndic.getByRole('link', { name: 'Orçamento da reforma do salão' });
    await link.waitFor();
    const answer = await syndic.request.get(`${demo.base}${await link.getAttribute('href')}`);
    expect([answer.status(), (await answer.body()).toString('latin1')]).toEqual([200, expect.stringContaining('reforma do sal\xe3o')]);
    await syndic.context().close();
  });
});
