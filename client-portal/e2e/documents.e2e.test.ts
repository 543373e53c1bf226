import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Contract } from '../../server/src/modules/contracts/contract.entity.js';
import { FileOwnerKind, StoredFile } from '../../server/src/modules/files/stored-file.entity.js';
import { demoInBrowser, expectAccessible, hasChromium, phonePage, screenshot, signInCustomer } from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';

// This file's own copy of the demo (and of its documents' files).
const demo = demoInBrowser();

const signIn = (page: Page, login: string, password?: string) => signInCustomer(page, demo.base, login, password);

/**
 * Clicks a link that opens in a new tab and returns what the server answered there. (Chromium
 * shows a PDF in its own viewer, which stands in for the body: the bytes are read again with the
 * same session.)
 */
async function opened(page: Page, name: string): Promise<{ response: Response; body: Buffer }> {
  const answer = page.context().waitForEvent('response', (r) => new URL(r.url()).pathname.startsWith('/files/'));
  await page.getByRole('link', { name }).click();
  const response = await answer;
  return { response, body: await (await page.request.get(response.url())).body() };
}

/** The demo's stored file of a contract, by title. */
async function documentOf(title: string): Promise<StoredFile> {
  const em = demo.server.em();
  const contract = await em.findOneOrFail(Contract, { title });
  return em.findOneOrFail(StoredFile, { ownerKind: FileOwnerKind.CONTRACT_DOCUMENT, ownerId: contract.id });
}

describe.skipIf(!hasChromium)('documents, the syndic entry and the deactivated landing in Chromium, on the demo', () => {
  it('R-CONTRACT-1..4: Ana opens her contract\'s PDF from the unit page; a contract she does not see has no document for her either', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await page.getByRole('link', { name: 'Ver unidade: Apto A-101' }).click();
    await page.getByRole('heading', { name: 'Apto A-101' }).waitFor();
    const link = page.getByRole('link', { name: 'Abrir documento: Contrato de compra e venda — A-101' });
    const visible = await documentOf('Contrato de compra e venda — A-101');
    expect(await link.getAttribute('href')).toBe(`/files/${visible.id}`);
    const { response, body } = await opened(page, 'Abrir documento: Contrato de compra e venda — A-101');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline; filename=/);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toContain('Contrato de compra e venda');
    await expectAccessible(page, 'unit-with-document');
    await screenshot(page, 'unit-with-document');
    // Signed but not validated (R-CONTRACT-2) and of a hidden type (R-CONTRACT-3): the same 404 as no file at all.
    for (const title of ['Aditivo de vaga de garagem', 'Análise de crédito']) {
      const hidden = await page.request.get(`${demo.base}/files/${(await documentOf(title)).id}`);
      expect(hidden.status(), title).toBe(404);
      expect(await hidden.text()).toBe(await (await page.request.get(`${demo.base}/files/00000000-0000-4000-8000-000000000000`)).text());
    }
    await page.context().close();
  });

  it('R-UNIT-4: Ana finds the development\'s documents on her unit\'s page — the manual, the specification, her tower\'s rules and her own floor plan — and opens the manual', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('link', { name: 'Ver unidade: Apto A-101' }).click();
    const section = page.getByRole('region', { name: 'Documentos do empreendimento' });
    await section.getByText('Manual do proprietário').first().waitFor();
    const titles = await section.locator('li strong').allTextContents();
    expect(titles.sort()).toEqual(['Manual do proprietário', 'Memorial descritivo', 'Planta do Apto A-101', 'Regimento da Torre A']);
    expect(await section.getByText('Convenção e regimento interno').count()).toBe(1);
    const { response, body } = await opened(page, 'Abrir documento: Manual do proprietário');
    expect([response.status(), response.headers()['content-type'], body.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    await expectAccessible(page, 'unit-documents');
    await screenshot(page, 'unit-documents');
    await page.context().close();
  });

  it('R-REQ-10, R-REQ-8: the syndic opens the development\'s files, and the new-request form offers only the subjects for common areas', async () => {
    const page = await phonePage(demo.browser);
    await page.goto(`${demo.base}/`);
    await page.getByRole('button', { name: 'Sou síndico' }).click();
    await page.getByLabel('E-mail').fill('sindico@horizonte.demo');
    await page.getByLabel('Senha', { exact: true }).fill('demo-sindico-1');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.getByRole('heading', { name: 'Área do síndico' }).waitFor();
    const { response, body } = await opened(page, 'Regimento interno do condomínio');
    expect([response.status(), response.headers()['content-type'], body.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    // R-REQ-8: "2ª via de boleto" and "Antecipação de parcelas" are for units; the syndic is offered the common areas' subjects.
    const subjects = () => page.locator('#s-sub optgroup').evaluateAll((groups) => groups.map((g) => `${g.getAttribute('label')}: ${[...g.querySelectorAll('option')].map((o) => o.textContent).join(', ')}`));
    await page.getByLabel('Tipo de pedido').selectOption('SERVICE');
    await expect.poll(subjects).toEqual(['Condomínio: Limpeza e conservação, Manutenção de área comum']);
    await page.getByLabel('Tipo de pedido').selectOption('ASSISTANCE');
    await expect.poll(subjects).toEqual(['Acabamento: Fissura na parede', 'Elétrica: Tomada sem energia', 'Hidráulica: Vazamento']);
    await expectAccessible(page, 'syndic-common-area-subjects');
    await screenshot(page, 'syndic-common-area-subjects');
    await page.context().close();
  });

  it('R-REQ-8: a syndic who signs in through the customers\' form is told so and offered the syndic entry, which signs them in', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'sindico@horizonte.demo', 'demo-sindico-1');
    await page.getByText('Este é um acesso de síndico').waitFor();
    expect(await page.getByText('senha incorretos').count()).toBe(0);
    const entry = page.getByRole('button', { name: 'Entrar como síndico' });
    expect(await entry.isVisible()).toBe(true);
    await expectAccessible(page, 'sign-in-syndic-hint');
    await screenshot(page, 'sign-in-syndic-hint');
    await entry.click();
    await page.getByRole('heading', { name: 'Área do síndico' }).waitFor();
    await page.context().close();

    // A wrong password learns nothing of the kind.
    const other = await phonePage(demo.browser);
    await signIn(other, 'sindico@horizonte.demo', 'errada-123');
    await other.getByText('E-mail, CPF/CNPJ ou senha incorretos.').waitFor();
    expect(await other.getByRole('button', { name: 'Entrar como síndico' }).count()).toBe(0);
    await other.context().close();
  });

  it('R-AUTH-2: after deactivating my own access, the sign-in screen says it was deactivated and how to get it back', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'carla@cliente.demo');
    await page.getByRole('heading', { name: /Olá/ }).waitFor();
    await page.getByRole('link', { name: 'Dados de acesso' }).click();
    await page.getByRole('button', { name: 'Desativar meu acesso' }).click();
    await page.getByRole('button', { name: 'Sim, desativar meu acesso' }).click();
    const notice = page.getByTestId('access-deactivated');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'Seu acesso ao portal foi desativado, como você pediu. Para voltar a usá-lo, peça à incorporadora que reative seu acesso pelos canais de atendimento dela; depois é só entrar de novo.',
    );
    expect(await page.getByRole('heading', { name: 'Entrar' }).isVisible()).toBe(true);
    await expectAccessible(page, 'sign-in-after-deactivation');
    await screenshot(page, 'sign-in-after-deactivation');
    await page.context().close();
  });

  it('R-PORTAL-4: the sign-in screen wears the portal\'s name, logo, colours and login texts', async () => {
    const staff = new GraphQLClient(demo.base, { app: 'admin' });
    await staff.ok(`mutation { signIn(input: { login: "admin@horizonte.demo", password: "demo-admin-1", kind: STAFF }) { account { id } } }`);
    const { portals } = await staff.ok(`{ portals(search: "Horizonte") { id } }`);
    await staff.ok(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { logoUrl: "/logo-horizonte.png", primaryColor: "#7a1f5c", secondaryColor: "#f7eef4" }) { id } }`, { id: portals[0].id });
    const page = await phonePage(demo.browser);
    await page.goto(`${demo.base}/`);
    await page.getByText('Minha Horizonte').first().waitFor();
    expect(await page.getByTestId('login-text-1').textContent()).toBe('Bem-vindo ao portal do cliente Horizonte.');
    expect(await page.getByTestId('login-text-2').textContent()).toBe('Dúvidas? Fale com a gente: (11) 4000-1234, de segunda a sexta.');
    expect(await page.locator('img.logo').getAttribute('src')).toBe('/logo-horizonte.png');
    expect(await page.title()).toBe('Minha Horizonte');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim())).toBe('#7a1f5c');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand-soft').trim())).toBe('#f7eef4');
    expect(await page.getByRole('button', { name: 'Entrar', exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(122, 31, 92)');
    await page.context().close();
  });
});
