import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeCloudApi, type FakeCloudApi } from '../../server/src/modules/notifications/whatsapp/fake-cloud-api.js';
import { NotificationPreference } from '../../server/src/modules/notifications/notification.entity.js';
import { demoInBrowser, expectAccessible, hasChromium, phonePage, screenshot, signInCustomer } from '../../server/src/test/browser.js';

// This file's own copy of the demo (the preferences changed here are not seen elsewhere), sending
// WhatsApp through a local Cloud API (the WhatsApp contract) as the demo itself does.
const whatsapp = { accessToken: 'e2e-token', phoneNumberId: '100000000000042', appSecret: 'e2e-app-secret', verifyToken: 'e2e-verify' };
let cloud: FakeCloudApi;
const demo = demoInBrowser(async () => {
  cloud = await startFakeCloudApi(whatsapp);
  return { whatsapp: { ...whatsapp, apiUrl: cloud.url, apiVersion: 'v21.0' } };
});
afterAll(() => cloud?.close());

async function signIn(page: Page, login: string) {
  await signInCustomer(page, demo.base, login);
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
}

describe.skipIf(!hasChromium)('R-NOTIFY-2: notification preferences in the portal, at phone size', () => {
  it('R-NOTIFY-2: Ana opens Notificações from the menu, sees her e-mail and WhatsApp on, switches to weekly and asks for work-log notices; it is saved', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Notificações', exact: true }).click();
    await page.getByRole('heading', { name: 'Notificações', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('Para ana@cliente.demo.').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /E-mail/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /WhatsApp/ }).isChecked()).toBe(true);
    await page.getByText('No celular (11) 98765-4321.').waitFor();
    expect(await page.getByRole('radio', { name: 'Todo dia útil (segunda a sexta)' }).isChecked()).toBe(true);
    await expectAccessible(page, 'notifications');
    await screenshot(page, 'notifications');

    await page.getByRole('radio', { name: 'Uma vez por semana (às segundas)' }).check();
    await page.getByRole('checkbox', { name: 'Avisar de cada novo registro do diário de obra' }).check();
    await page.getByRole('button', { name: 'Salvar preferências' }).click();
    await page.getByRole('status').filter({ hasText: 'Preferências salvas.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Notificações', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Uma vez por semana (às segundas)' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Avisar de cada novo registro do diário de obra' }).isChecked()).toBe(true);
    const saved = await demo.server.em().findOneOrFail(NotificationPreference, { account: { email: 'ana@cliente.demo' } });
    expect(saved).toMatchObject({ frequency: 'WEEKLY', workLog: true, email: true, whatsapp: true });
  });
});
