import { describe, expect, it } from 'vitest';
import { demoInBrowser, expectAccessible, hasChromium, phonePage } from '../../server/src/test/browser.js';

// This file's own copy of the demo.
const demo = demoInBrowser();

describe.skipIf(!hasChromium)('R-AUTH-8: signing in with a one-time code, at phone size', () => {
  it('R-AUTH-8: Ana asks for a code by e-mail, types the 6 digits and is in; the same code does not work twice', async () => {
    const page = await phonePage(demo.browser);
    await page.goto(`${demo.base}/`);
    await page.getByLabel('E-mail ou CPF/CNPJ').fill('ana@cliente.demo');
    await page.getByRole('button', { name: 'Receber um código de acesso por e-mail' }).click();
    await page.getByRole('status').filter({ hasText: 'o código de 6 dígitos chega em instantes' }).waitFor();
    const mail = await demo.server.smtp.waitFor('ana@cliente.demo', /código de acesso/);
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!;
    const input = page.getByLabel('Código de acesso (6 dígitos)');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await input.getAttribute('inputmode')).toBe('numeric');
    await expectAccessible(page, 'sign-in-code');
    await input.fill(code);
    await page.getByRole('button', { name: 'Entrar com o código' }).click();
    await page.getByRole('heading', { name: /^Olá/ }).waitFor();

    const again = await phonePage(demo.browser);
    await again.goto(`${demo.base}/`);
    await again.getByLabel('E-mail ou CPF/CNPJ').fill('ana@cliente.demo');
    await again.getByRole('button', { name: 'Receber um código de acesso por e-mail' }).click();
    await again.getByLabel('Código de acesso (6 dígitos)').fill(code === '000000' ? '111111' : '000000');
    await again.getByRole('button', { name: 'Entrar com o código' }).click();
    await again.getByText('Código incorreto, já usado ou vencido').waitFor();
  });
});
