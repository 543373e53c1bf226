import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { base32Decode, totp } from '../../server/src/modules/auth/two-factor/totp.js';
import { DESKTOP, demoInBrowser, expectAccessible, expectErrorOnField, hasChromium, PHONE, screenshot, staffPage } from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { rawCodesOn } from '../../server/src/test/screen-walk.js';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`;

// This file's own copy of the demo: the two-step verification it turns on is seen by no other file.
const demo = demoInBrowser();

/** The authenticator app: the code for the key the page showed, at the server's time (`later` steps of 30 s on). */
function appCode(key: string, later = 0): string {
  return totp(base32Decode(key.replace(/\s/g, '')), new Date(demo.server.clock.now().getTime() + later * 30_000));
}

/** Turns it on from the screen in front of `page` (Minha conta, or the forced screen); answers the key and the recovery codes. */
async function enrol(page: Page): Promise<{ key: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Ativar verificação em duas etapas' }).click();
  await page.getByRole('img', { name: 'Código QR para o aplicativo autenticador' }).locator('svg').waitFor();
  const key = await page.getByTestId('two-factor-key').innerText();
  expect(key).toMatch(/^[A-Z2-7 ]{32,}$/);

  // A wrong code first: the refusal sits on the field, and nothing is turned on.
  const field = page.getByLabel('Código do aplicativo autenticador');
  await field.fill('000000' === appCode(key) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirmar e ativar' }).click();
  expect(await expectErrorOnField(field)).toMatch(/Código incorreto/);

  await field.fill(appCode(key));
  await page.getByRole('button', { name: 'Confirmar e ativar' }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const codes = (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  expect(await page.getByText('Eles não serão mostrados de novo.', { exact: false }).isVisible()).toBe(true);
  return { key, codes };
}

/** Signs in on the sign-in form in front of `page` (the code, when given, after the form asks for it). */
async function signIn(page: Page, login: string, password: string, code?: string) {
  await page.getByLabel('E-mail').fill(login);
  await page.getByLabel('Senha').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  if (code === undefined) return;
  await page.getByLabel('Código do aplicativo autenticador').fill(code);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

describe.skipIf(!hasChromium)('R-AUTH-8: two-step verification of staff in the admin app', () => {
  it('R-AUTH-8: an admin turns it on (wrong codes refused, a recovery code works once), requires it of admins, a new admin sets it up before anything else, a lost phone is reset, and it is turned off', { timeout: 180_000 }, async () => {
    const page = await staffPage(demo.browser, demo.base, { viewport: PHONE });

    // Without it herself, Beatriz cannot require it of others.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Equipe' }).click();
    const rule = page.getByRole('checkbox', { name: 'Exigir verificação em duas etapas de todos os administradores' });
    await rule.click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Ative primeiro a verificação em duas etapas na sua própria conta/);
    expect(await rule.isChecked()).toBe(false);

    // Minha conta: she turns it on.
    await page.getByRole('link', { name: 'Minha conta' }).click();
    await page.getByRole('heading', { name: 'Minha conta', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('two-factor-status').innerText()).toMatch(/Não ativa/);
    const { key, codes } = await enrol(page);
    await expectAccessible(page, 'admin-two-factor-recovery-codes');
    await screenshot(page, 'admin-two-factor-recovery-codes');
    await page.getByRole('button', { name: 'Guardei os códigos' }).click();
    await expect.poll(() => page.getByTestId('two-factor-status').innerText()).toMatch(/Ativa desde .*Códigos de recuperação ainda não usados: 10/);
    expect(await rawCodesOn(page)).toEqual([]);

    // Signing in again: the password alone is not enough; a wrong code is refused on its field; a recovery code replaces the phone.
    await page.getByRole('button', { name: 'Sair' }).click();
    await signIn(page, 'admin@horizonte.demo', 'demo-admin-1');
    const code = page.getByLabel('Código do aplicativo autenticador');
    await code.waitFor();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Sua conta usa verificação em duas etapas/);
    await expectAccessible(page, 'admin-sign-in-two-factor');
    await screenshot(page, 'admin-sign-in-two-factor');
    await code.fill('123456' === appCode(key) ? '654321' : '123456');
    await page.getByRole('button', { name: 'Entrar' }).click();
    expect(await expectErrorOnField(code)).toMatch(/Código incorreto/);
    await code.fill(codes[0]!);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('heading', { name: 'Pedidos' }).waitFor();
    // The same recovery code never works twice.
    const again = await new GraphQLClient(demo.base, { app: 'admin' }).request(SIGN_IN, { i: { login: 'admin@horizonte.demo', password: 'demo-admin-1', kind: 'STAFF', twoFactorCode: codes[0] } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CODE', field: 'twoFactorCode' });

    // Equipe: Gustavo becomes an ADMIN, and the company requires it of admins.
    await page.setViewportSize(DESKTOP);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Equipe' }).click();
    await page.getByRole('heading', { name: 'Equipe', level: 1 }).waitFor();
    const gustavo = page.getByRole('row').filter({ hasText: 'gestor@horizonte.demo' });
    await gustavo.getByRole('combobox', { name: 'Papel: Gustavo Gestor' }).selectOption({ label: 'Administrador' });
    await expect.poll(() => gustavo.getByRole('combobox', { name: 'Papel: Gustavo Gestor' }).inputValue()).toBe('ADMIN');
    await rule.click();
    await expect.poll(() => rule.isChecked()).toBe(true);
    await expect.poll(() => gustavo.innerText()).toMatch(/Não ativa/);

    // Gustavo, an ADMIN without it, signs in: only the set-up screen (and Sair) is there.
    const context = await demo.browser.newContext({ viewport: PHONE, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
    const his = await context.newPage();
    await his.goto(`${demo.base}/admin/`);
    await signIn(his, 'gestor@horizonte.demo', 'demo-gestor-1');
    await his.getByRole('heading', { name: 'Ative a verificação em duas etapas para continuar' }).waitFor();
    expect(await his.getByRole('navigation', { name: 'Menu principal' }).count()).toBe(0);
    await expectAccessible(his, 'admin-two-factor-forced');
    await screenshot(his, 'admin-two-factor-forced');
    await enrol(his);
    await his.getByRole('button', { name: 'Guardei os códigos' }).click();
    await his.getByRole('heading', { name: 'Pedidos' }).waitFor();
    // Required: he cannot turn it off.
    await his.getByRole('link', { name: 'Minha conta' }).click();
    await his.getByText('ela não pode ser desativada', { exact: false }).waitFor();
    expect(await his.getByRole('button', { name: 'Desativar verificação em duas etapas' }).count()).toBe(0);

    // Lost phone: Beatriz resets his; his open session ends, and his next sign-in asks him to set it up again.
    await page.reload();
    await expect.poll(() => gustavo.innerText()).toMatch(/Ativa/);
    page.once('dialog', (dialog) => void dialog.accept());
    await gustavo.getByRole('button', { name: 'Redefinir a verificação em duas etapas de Gustavo Gestor' }).click();
    await expect.poll(() => gustavo.innerText()).toMatch(/Não ativa/);
    await his.getByRole('heading', { name: 'Entrar' }).waitFor();
    await signIn(his, 'gestor@horizonte.demo', 'demo-gestor-1');
    await his.getByRole('heading', { name: 'Ative a verificação em duas etapas para continuar' }).waitFor();
    await context.close();

    // The audit trail says what happened, in words.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Auditoria' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Redefiniu a verificação em duas etapas de outra pessoa/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Mudou a exigência de verificação em duas etapas dos administradores/);

    // The rule off again, Beatriz turns hers off with a current code.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Equipe' }).click();
    await rule.click();
    await expect.poll(() => rule.isChecked()).toBe(false);
    await page.getByRole('link', { name: 'Minha conta' }).click();
    await expect.poll(() => page.getByTestId('two-factor-status').innerText()).toMatch(/ainda não usados: 9/);
    const off = page.getByRole('form', { name: 'Desativar' });
    await off.getByLabel('Código do aplicativo autenticador').fill(appCode(key, 1));
    await off.getByRole('button', { name: 'Desativar verificação em duas etapas' }).click();
    await page.getByText('Verificação em duas etapas desativada.').waitFor();
    await expect.poll(() => page.getByTestId('two-factor-status').innerText()).toMatch(/Não ativa/);
  });
});
