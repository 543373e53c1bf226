import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoInBrowser, expectAccessible, hasChromium, phonePage, screenshot, signInCustomer } from '../../server/src/test/browser.js';
import { startLocalPushService, type LocalPushService } from '../../server/src/test/push-service.js';
import { Account } from '../../server/src/modules/auth/account.entity.js';
import { NotificationKind } from '../../server/src/modules/notifications/notification.enums.js';
import { WebPushSubscription } from '../../server/src/modules/notifications/push/push-subscription.entity.js';

// This file's own copy of the demo: what the other browser files change is not seen here.
const demo = demoInBrowser();
let pushService: LocalPushService;
beforeAll(async () => {
  pushService = await startLocalPushService();
});
afterAll(() => pushService?.close());

/**
 * Runs in the page before its scripts. Chromium's real push service (Firebase Cloud Messaging) is
 * not reachable from the test machine, so `PushManager.prototype.subscribe` is replaced: it asks
 * the LOCAL push service (server/src/test/push-service.ts, `POST /subscribe`) for a subscription
 * made with the page's applicationServerKey — an endpoint on that service and the keys, whose
 * private half the service keeps to decrypt what the server sends. `getSubscription` returns it
 * afterwards (kept in localStorage, as the browser would keep its own). Everything else — the
 * permission prompt, the service worker, the app's calls to the server — is the real thing.
 */
function replacePushManager(serviceUrl: string) {
  const STORE = 'test.pushSubscription';
  const bytesOf = (b64: string) => Uint8Array.from(atob(b64.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  const b64Of = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  type Json = { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
  const subscription = (json: Json, key: string) => ({
    endpoint: json.endpoint,
    expirationTime: null,
    options: { userVisibleOnly: true, applicationServerKey: bytesOf(key).buffer },
    getKey: (name: 'p256dh' | 'auth') => bytesOf(json.keys[name]).buffer,
    toJSON: () => json,
    unsubscribe: async () => {
      localStorage.removeItem(STORE);
      return true;
    },
  });
  PushManager.prototype.subscribe = async function subscribe(options?: PushSubscriptionOptionsInit) {
    const raw = options?.applicationServerKey;
    const key = typeof raw === 'string' ? raw : b64Of(raw instanceof ArrayBuffer ? new Uint8Array(raw) : new Uint8Array((raw as ArrayBufferView).buffer));
    const answer = await fetch(`${serviceUrl}/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ applicationServerKey: key }) });
    const json = (await answer.json()) as Json;
    localStorage.setItem(STORE, JSON.stringify({ json, key }));
    return subscription(json, key) as unknown as PushSubscription;
  };
  PushManager.prototype.getSubscription = async function getSubscription() {
    const kept = localStorage.getItem(STORE);
    if (!kept) return null;
    const { json, key } = JSON.parse(kept) as { json: Json; key: string };
    return subscription(json, key) as unknown as PushSubscription;
  };
}

/**
 * The page is controlled by the portal's service worker (it claims pages once active). Installing
 * fetches the whole shell (index, every asset, icons): on a loaded CI machine that took over 15 s.
 * Twice on a clean-clone run the worker was active and the page still not claimed after 50 s (a
 * page that was navigating while the worker activated); the next visit is controlled, as it would
 * be for a person, so the page is reloaded once in that case.
 */
async function controlled(page: Page) {
  const active = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 50_000)),
  ]));
  expect(active, 'the service worker is active').toBe(true);
  const isControlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await isControlled())) await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 5_000 }).catch(() => page.reload());
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 20_000 });
}

const savedAnswers = (page: Page) => page.evaluate(async () => ((await caches.has('habite-data-v1')) ? (await (await caches.open('habite-data-v1')).keys()).length : 0));

describe.skipIf(!hasChromium)('the installable portal: phone notifications and offline', () => {
  it('R-NOTIFY-2: Ana turns phone notifications on (stored, and a notice reaches the push service); offline, the portal opens with her last data and a calm banner; signing out clears it', async () => {
    const page = await phonePage(demo.browser);
    await page.context().grantPermissions(['notifications'], { origin: demo.base });
    await page.addInitScript(replacePushManager, pushService.url);
    await signInCustomer(page, demo.base, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await controlled(page);

    // The manifest the page links to carries the demo portal's white label.
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json());
    expect(manifest).toMatchObject({ name: 'Minha Horizonte', theme_color: '#0f5f8c', background_color: '#e8f1f7', display: 'standalone' });

    await page.getByRole('link', { name: 'Notificações', exact: true }).click();
    const optIn = page.getByRole('group', { name: 'Notificações no celular' });
    await optIn.getByText('Desativado neste aparelho.').waitFor();
    await optIn.getByRole('button', { name: 'Ativar neste aparelho' }).click();
    await optIn.getByText('Ativado neste aparelho.').waitFor();
    await expectAccessible(page, 'notifications with phone notifications on');
    await screenshot(page, 'push-opt-in');

    const ana = await demo.server.em().findOneOrFail(Account, { email: 'ana@cliente.demo' });
    const stored = await demo.server.em().find(WebPushSubscription, { account: ana.id });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.endpoint.startsWith(`${pushService.url}/push/`)).toBe(true);
    expect(stored[0]!.userAgentLabel).toMatch(/ no /);

    // What the dispatcher does for a PUSH row: the channel sends, the push service decrypts it.
    const channel = await demo.server.services.push.start(demo.server.orm);
    await channel.send({
      notificationId: crypto.randomUUID(), kind: NotificationKind.REQUEST_STATUS, recipient: { accountId: ana.id, companyId: ana.company.id, name: ana.name, email: null, phone: null, waId: null },
      subject: 'Atendimento nº 1: Em andamento', text: '', html: '', push: { title: 'Atendimento nº 1: Em andamento', body: 'Técnico a caminho', url: `${demo.base}/pedidos/1` },
    });
    const [message] = await pushService.waitFor(stored[0]!.endpoint);
    expect(JSON.parse(message!.text)).toEqual({ title: 'Atendimento nº 1: Em andamento', body: 'Técnico a caminho', url: `${demo.base}/pedidos/1` });

    // A visit online (the service worker keeps the answers), then no connection: the same screen, from the phone.
    await page.goto(`${demo.base}/`);
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await expect.poll(() => page.locator('.cards h3').allTextContents()).toEqual(['Apto A-101', 'Lote 7']);
    expect(await page.getByText(/^Sem conexão/).count()).toBe(0);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await expect.poll(() => page.locator('.cards h3').allTextContents()).toEqual(['Apto A-101', 'Lote 7']);
    const banner = page.getByRole('status').filter({ hasText: 'Sem conexão' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Sem conexão — mostrando os dados de \d{2}\/\d{2}\/\d{4} às \d{2}:\d{2}\.$/);
    await expectAccessible(page, 'home offline');
    await screenshot(page, 'home-offline');

    // Back online: signing out forgets the saved answers (the next person on this phone sees none of Ana's).
    await page.context().setOffline(false);
    await page.getByText('A conexão voltou.').waitFor();
    await page.getByRole('button', { name: 'Atualizar' }).click();
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    expect(await savedAnswers(page)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByLabel('E-mail ou CPF/CNPJ').waitFor();
    await expect.poll(() => page.evaluate(async () => {
      const cache = await caches.open('habite-data-v1');
      const answers = await Promise.all((await cache.keys()).map(async (k) => (await cache.match(k))!.text()));
      return answers.some((text) => text.includes('Apto A-101'));
    })).toBe(false);
    await page.context().close();
  }, 150_000);

  it('R-NOTIFY-2: notifications blocked by the browser say so, and how to unblock; turning them off removes the subscription', async () => {
    const blocked = await phonePage(demo.browser);
    await blocked.addInitScript(() => {
      // The person said "Bloquear" at some point: the browser answers denied without asking.
      Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
      Notification.requestPermission = async () => 'denied';
    });
    await signInCustomer(blocked, demo.base, 'ana@cliente.demo');
    await blocked.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await controlled(blocked);
    await blocked.getByRole('link', { name: 'Notificações', exact: true }).click();
    const optIn = blocked.getByRole('group', { name: 'Notificações no celular' });
    await optIn.getByText('Bloqueado pelo navegador.').waitFor();
    expect(await optIn.textContent()).toContain('permita “Notificações”');
    await blocked.context().close();

    const page = await phonePage(demo.browser);
    await page.context().grantPermissions(['notifications'], { origin: demo.base });
    await page.addInitScript(replacePushManager, pushService.url);
    await signInCustomer(page, demo.base, 'marcos@cliente.demo');
    await page.getByRole('heading', { name: /^Olá, / }).waitFor();
    await controlled(page);
    await page.getByRole('link', { name: 'Notificações', exact: true }).click();
    const mine = page.getByRole('group', { name: 'Notificações no celular' });
    await mine.getByRole('button', { name: 'Ativar neste aparelho' }).click();
    await mine.getByText('Ativado neste aparelho.').waitFor();
    const marcos = await demo.server.em().findOneOrFail(Account, { email: 'marcos@cliente.demo' });
    await expect.poll(() => demo.server.em().count(WebPushSubscription, { account: marcos.id })).toBe(1);
    await mine.getByRole('button', { name: 'Desativar neste aparelho' }).click();
    await mine.getByText('Desativado neste aparelho.').waitFor();
    await expect.poll(() => demo.server.em().count(WebPushSubscription, { account: marcos.id })).toBe(0);
    await page.context().close();
  });
});
