import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture, demoInBrowser, expectAccessible, hasChromium, staffPage } from '../../server/src/test/browser.js';

const shots = '/tmp/portal-extras-shots';

// This file's own copy of the demo (the banner and changes made here are not seen elsewhere).
const demo = demoInBrowser();
beforeAll(() => mkdir(shots, { recursive: true }));

describe.skipIf(!hasChromium)('portal extras in the admin app, on the demo', () => {
  it('staff manage a portal\'s banners and benefits: an http link is refused on its field, a new banner with its image is created, a benefit is switched off', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.goto(`${demo.base}/admin/portais`);
    await page.getByRole('link', { name: 'Portal Horizonte', exact: true }).click();
    await page.getByRole('link', { name: 'Banners e benefícios deste portal' }).click();
    await page.getByRole('heading', { name: 'Banners e benefícios', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('banner-row').allTextContents()).toEqual([expect.stringContaining('Feirão Horizonte')]);
    await expect.poll(() => page.getByTestId('benefit-row').count()).toBe(3);

    const image = await sharp({ create: { width: 900, height: 300, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
    await page.getByLabel('Imagem (JPEG, PNG ou WebP)').setInputFiles({ name: 'chaves.png', mimeType: 'image/png', buffer: image });
    await page.getByText(/Imagem enviada: chaves/).waitFor();
    await page.getByLabel('Descrição da imagem (lida por leitores de tela)').fill('Entrega das chaves da Torre A');
    await page.getByLabel('Link (https://…, opcional)').first().fill('http://exemplo.com.br');
    await page.getByRole('checkbox', { name: 'Residencial Jardins' }).check();
    await page.getByRole('button', { name: 'Criar banner' }).click();
    await page.getByText('O endereço precisa começar com https:// (conexão segura).').waitFor();
    await page.getByLabel('Link (https://…, opcional)').first().fill('https://exemplo.com.br/chaves');
    await page.getByRole('button', { name: 'Criar banner' }).click();
    await page.getByRole('status').filter({ hasText: 'Banner criado.' }).waitFor();
    await expect.poll(async () => page.getByTestId('banner-row').count()).toBe(2);
    expect(await page.getByTestId('banner-row').filter({ hasText: 'Entrega das chaves da Torre A' }).textContent()).toContain('Residencial Jardins');

    const gym = page.getByTestId('benefit-row').filter({ hasText: 'Academia Movimento' });
    await gym.getByRole('checkbox', { name: 'Benefício visível' }).uncheck();
    await expect.poll(async () => gym.getByRole('checkbox', { name: 'Benefício visível' }).isChecked()).toBe(false);
    await expectAccessible(page, 'admin-portal-extras');
    await capture(page, resolve(shots, 'admin-extras.png'), { fullPage: true });
    await page.context().close();
  });

  it('the customer page shows Júlia\'s pending documents, which staff mark received, and whether the address was confirmed', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.getByRole('navigation').getByRole('link', { name: 'Clientes' }).click();
    await page.getByLabel('Nome, e-mail ou CPF/CNPJ').fill('julia');
    await page.getByRole('link', { name: 'Júlia Ramos' }).click();
    await page.getByRole('heading', { name: 'Júlia Ramos', level: 1 }).waitFor();
    await page.getByText('O cliente ainda não confirmou o endereço atual no portal.').waitFor();
    const section = page.getByRole('region', { name: 'Documentação pendente (propostas e pré-cadastros)' });
    await section.getByText('Comprovante de renda dos últimos 3 meses').waitFor();
    await section.getByRole('button', { name: 'Marcar como recebido: Certidão de casamento' }).click();
    await section.getByRole('listitem').filter({ hasText: 'Certidão de casamento' }).filter({ hasText: 'recebido em' }).waitFor();
    await expectAccessible(page, 'admin-customer-extras');
    await capture(page, resolve(shots, 'admin-customer.png'), { fullPage: true });
    await page.context().close();
  });
});
