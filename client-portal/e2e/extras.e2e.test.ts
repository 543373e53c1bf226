import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/modules/data-changes/outbox-message.entity.js';
import { capture, demoInBrowser, expectAccessible, hasChromium, phonePage, screenshot, signInCustomer } from '../../server/src/test/browser.js';

/** Phone-size pictures of these screens, to look at (besides the shared test-results/screenshots). */
const shots = '/tmp/portal-extras-shots';

// This file's own copy of the demo (the referral sent here is not seen elsewhere).
const demo = demoInBrowser();
beforeAll(() => mkdir(shots, { recursive: true }));

async function signIn(page: Page, login: string) {
  await signInCustomer(page, demo.base, login);
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
}

const shot = (page: Page, name: string) => capture(page, resolve(shots, `${name}.png`), { fullPage: true });

describe.skipIf(!hasChromium)('portal extras on the demo, at phone size', () => {
  it('Ana sees the banner on her home, opens Benefícios, refers a friend (LGPD consent) and sees it listed; the CRM outbox gets it', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    // The banner: its image, described, linking out.
    const banner = page.getByTestId('banner');
    await banner.waitFor();
    expect(await banner.getByRole('img').getAttribute('alt')).toBe('Feirão Horizonte: condições especiais para indicar amigos');
    expect(await banner.getByRole('link').getAttribute('href')).toBe('https://www.example.com/feirao-horizonte');
    // The image arrives after the banner's text: wait for it to load before reading its size.
    await expect.poll(() => banner.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // Address confirmation on the home.
    await page.getByRole('heading', { name: 'Seu endereço está atualizado?' }).waitFor();
    await expectAccessible(page, 'extras-home');
    await shot(page, 'home');
    await screenshot(page, 'extras-home');

    await page.getByRole('navigation').getByRole('link', { name: 'Benefícios', exact: true }).click();
    await page.getByRole('heading', { name: 'Portal de benefícios', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['3 meses de academia com 20% de desconto', 'Frete grátis em móveis planejados']);
    await page.getByText('HORIZONTE20').waitFor();
    await expectAccessible(page, 'extras-benefits');
    await shot(page, 'benefits');

    await page.getByRole('navigation').getByRole('link', { name: 'Indique um amigo', exact: true }).click();
    await page.getByRole('heading', { name: 'Indique um amigo', level: 1 }).waitFor();
    await page.getByText('Você ainda não indicou ninguém.').waitFor();
    await page.getByLabel('Nome do amigo').fill('Carlos Pereira');
    await page.getByLabel('Telefone do amigo (com DDD)').fill('11987654321');
    await page.getByLabel('Empreendimento de interesse').selectOption({ label: 'Residencial Jardins' });
    // Without the friend's consent the server refuses, on the checkbox.
    await page.getByRole('button', { name: 'Enviar indicação' }).click();
    await page.getByText('Confirme que seu amigo concordou em ser contatado pela incorporadora.').waitFor();
    expect(await page.getByRole('group', { name: 'Autorização de contato (LGPD)' }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(/Meu amigo concordou/).check();
    await page.getByRole('button', { name: 'Enviar indicação' }).click();
    await page.getByRole('status').filter({ hasText: 'Indicação enviada' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Carlos Pereira' }).filter({ hasText: 'Residencial Jardins' }).waitFor();
    await expectAccessible(page, 'extras-refer');
    await shot(page, 'refer');
    const messages = await demo.server.em().find(OutboxMessage, { topic: 'referral.created' });
    expect(messages.map((m) => (m.payload as { friend: { name: string; phone: string } }).friend)).toEqual([{ name: 'Carlos Pereira', phone: '(11) 98765-4321', email: null }]);
    await page.context().close();
  });

  it('Júlia is told on sign-in, in a dialog, of the documents her proposal and pre-registration still need; closed, it does not come back in the session', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'julia@cliente.demo');
    const dialog = page.getByRole('dialog', { name: 'Documentos pendentes' });
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Proposta em Residencial Jardins', 'Pré-cadastro em Loteamento Vila Serena']);
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual(['Comprovante de renda dos últimos 3 meses', 'Certidão de casamento', 'Comprovante de residência']);
    await expectAccessible(page, 'extras-pending-dialog');
    await shot(page, 'pending-dialog');
    await dialog.getByRole('button', { name: 'Entendi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByRole('heading', { name: /^Olá/ }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });
});
