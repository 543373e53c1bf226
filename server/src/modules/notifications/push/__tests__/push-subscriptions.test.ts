import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/harness.js';
import { startLocalPushService, type LocalPushService } from '../../../../test/push-service.js';
import { StaffRole, World } from '../../../../test/world.js';
import { checkSubscription } from '../push-subscription.rules.js';
import { MAX_DEVICES } from '../push.service.js';
import { WebPushSubscription } from '../push-subscription.entity.js';

const KEY = `{ webPushPublicKey }`;
const SUBSCRIBE = `mutation($i: SubscribePushInput!) { subscribePush(input: $i) { id label thisDevice lastSuccessAt } }`;
const UNSUBSCRIBE = `mutation($e: String!) { unsubscribePush(endpoint: $e) }`;
const DEVICES = `query($e: String) { myPushDevices(currentEndpoint: $e) { label thisDevice } }`;
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let server: TestServer;
let pushService: LocalPushService;
beforeAll(async () => {
  server = await startTestServer();
  pushService = await startLocalPushService();
});
afterAll(async () => {
  await server?.stop();
  await pushService?.close();
});

const input = (s: { endpoint: string; keys: { p256dh: string; auth: string } }) => ({ endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth });
const rowsOf = (accountId: string) => server.em().find(WebPushSubscription, { account: accountId }, { orderBy: { createdAt: 'asc' } });

describe('R-NOTIFY-2: a customer turns phone notifications on and off through the API', () => {
  it('R-NOTIFY-2: the public key to subscribe with, a browser subscribed and listed in words (never its endpoint), then turned off', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const phone = await ana.client({ 'user-agent': ANDROID });
    const { webPushPublicKey } = await phone.ok(KEY);
    expect(Buffer.from(webPushPublicKey, 'base64url')).toHaveLength(65);
    const browser = pushService.newSubscription({ applicationServerKey: webPushPublicKey });

    const { subscribePush } = await phone.ok(SUBSCRIBE, { i: input(browser) });
    expect(subscribePush).toMatchObject({ label: 'Chrome no Android', thisDevice: true, lastSuccessAt: null });
    // The browser asks again on every visit: the same endpoint stays one row.
    await phone.ok(SUBSCRIBE, { i: input(browser) });
    const rows = await rowsOf(ana.account.id);
    expect(rows.map((r) => [r.endpoint, r.p256dh, r.auth, r.userAgentLabel])).toEqual([[browser.endpoint, browser.keys.p256dh, browser.keys.auth, 'Chrome no Android']]);

    const ipad = await ana.client({ 'user-agent': IPHONE });
    await ipad.ok(SUBSCRIBE, { i: input(pushService.newSubscription()) });
    const { myPushDevices } = await phone.ok(DEVICES, { e: browser.endpoint });
    expect(myPushDevices).toEqual([{ label: 'Safari no iPhone', thisDevice: false }, { label: 'Chrome no Android', thisDevice: true }]);
    expect(JSON.stringify(await phone.request(`{ myPushDevices { __typename } }`))).not.toContain('/push/');

    expect((await phone.ok(UNSUBSCRIBE, { e: browser.endpoint })).unsubscribePush).toBe(true);
    expect((await phone.ok(UNSUBSCRIBE, { e: browser.endpoint })).unsubscribePush).toBe(false);
    expect((await phone.ok(DEVICES, { e: browser.endpoint })).myPushDevices).toEqual([{ label: 'Safari no iPhone', thisDevice: false }]);
  });

  it('R-NOTIFY-2: bad subscriptions are refused naming the field, and nothing is written', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const client = await ana.client();
    const good = input(pushService.newSubscription());
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ endpoint: 'http://push.example.com/x' }, 'endpoint', /^Endereço de inscrição do aparelho: o serviço de notificações deve ser https:\/\//],
      [{ endpoint: 'não é endereço' }, 'endpoint', /^Endereço de inscrição do aparelho: não é um endereço/],
      [{ endpoint: 'ftp://push.example.com/x' }, 'endpoint', /https:\/\//],
      [{ endpoint: 'https://user:pass@push.example.com/x' }, 'endpoint', /usuário e senha/],
      [{ endpoint: '   ' }, 'endpoint', /informe o endereço/],
      [{ p256dh: good.p256dh.slice(0, 80) }, 'p256dh', /^Chave pública do aparelho: deve ser a chave P-256 do navegador: 65 bytes em base64url/],
      [{ p256dh: `B${'A'.repeat(86)}` }, 'p256dh', /65 bytes/],
      [{ p256dh: good.p256dh.replace(/^.{4}/, '+/+/') }, 'p256dh', /base64url/],
      [{ auth: 'curto' }, 'auth', /^Segredo de autenticação do aparelho: deve ter 16 bytes em base64url \(22 caracteres\)\.$/],
      [{ auth: `${good.auth}AA` }, 'auth', /16 bytes/],
    ];
    for (const [patch, field, message] of cases) {
      const result = await client.request(SUBSCRIBE, { i: { ...good, ...patch } });
      expect(result.errors?.[0], JSON.stringify(patch)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(result.errors![0]!.message).toMatch(message);
    }
    expect(await rowsOf(ana.account.id)).toEqual([]);
    // Padded keys, as some libraries write them, are the same keys.
    await client.ok(SUBSCRIBE, { i: { ...good, auth: `${good.auth}==` } });
    expect((await rowsOf(ana.account.id)).map((r) => r.auth)).toEqual([good.auth]);
  });

  it('R-NOTIFY-2: only customers and syndics subscribe; staff and anonymous callers are refused', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const { client: staff } = await world.staff(StaffRole.ADMIN);
    const anonymous = server.client({ app: 'client' });
    for (const client of [staff, anonymous]) {
      for (const op of [KEY, DEVICES]) expect((await client.request(op)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect((await client.request(SUBSCRIBE, { i: input(pushService.newSubscription()) })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    const syndic = await (await world.syndic()).client();
    expect((await syndic.ok(SUBSCRIBE, { i: input(pushService.newSubscription()) })).subscribePush.thisDevice).toBe(true);
  });

  it('R-NOTIFY-2: a shared phone — the browser subscribed by someone else moves to the person who subscribes it now', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const bruno = await world.customer();
    const browser = input(pushService.newSubscription());
    await (await ana.client()).ok(SUBSCRIBE, { i: browser });
    await (await bruno.client()).ok(SUBSCRIBE, { i: browser });
    expect(await rowsOf(ana.account.id)).toEqual([]);
    expect((await rowsOf(bruno.account.id)).map((r) => r.endpoint)).toEqual([browser.endpoint]);
    // Ana cannot turn off Bruno's browser.
    expect((await (await ana.client()).ok(UNSUBSCRIBE, { e: browser.endpoint })).unsubscribePush).toBe(false);
    expect(await rowsOf(bruno.account.id)).toHaveLength(1);
  });

  it(`keeps the ${MAX_DEVICES} most recent browsers of a person`, async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const client = await ana.client();
    const endpoints: string[] = [];
    for (let i = 0; i <= MAX_DEVICES; i++) {
      const s = input(pushService.newSubscription());
      endpoints.push(s.endpoint);
      await client.ok(SUBSCRIBE, { i: s });
    }
    const kept = (await rowsOf(ana.account.id)).map((r) => r.endpoint);
    expect(kept).toHaveLength(MAX_DEVICES);
    expect(kept).not.toContain(endpoints[0]);
  });

  it('in production only internet push services: http, IP literals and local names are refused; outside production http on loopback is allowed (tests, development)', () => {
    const keys = input(pushService.newSubscription());
    const endpoint = (url: string, production: boolean) => () => checkSubscription({ ...keys, endpoint: url }, { production });
    expect(endpoint('http://127.0.0.1:9/push/x', false)).not.toThrow();
    expect(endpoint('http://localhost:9/push/x', false)).not.toThrow();
    expect(endpoint('http://127.0.0.1:9/push/x', true)).toThrow(/https/);
    for (const url of ['https://127.0.0.1/push', 'https://[::1]/push', 'https://10.0.0.8/push', 'https://push.internal/x', 'https://metadata/x']) {
      expect(endpoint(url, true), url).toThrow(/não é o endereço de um serviço de notificações/);
    }
    expect(endpoint('https://fcm.googleapis.com/fcm/send/abc', true)).not.toThrow();
    expect(endpoint('https://web.push.apple.com/QGx', true)).not.toThrow();
  });
});
