import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/harness.js';
import { startLocalPushService, type LocalPushService, type LocalSubscription } from '../../../../test/push-service.js';
import { World } from '../../../../test/world.js';
import { ChannelError, type OutgoingNotice } from '../../channel.js';
import { Notification } from '../../notification.entity.js';
import { NotificationChannel, NotificationKind } from '../../notification.enums.js';
import type { PushChannel } from '../push-channel.js';
import { WebPushSubscription } from '../push-subscription.entity.js';
import { generateVapidKeys } from '../vapid.js';

const SUBSCRIBE = `mutation($i: SubscribePushInput!) { subscribePush(input: $i) { id } }`;
const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`;

let server: TestServer;
let pushService: LocalPushService;
let channel: PushChannel;
beforeAll(async () => {
  server = await startTestServer();
  pushService = await startLocalPushService();
  channel = await server.services.push.start(server.orm, { timeoutMs: 2000 });
});
afterAll(async () => {
  await server?.stop();
  await pushService?.close();
});

/** A customer with `count` browsers subscribed (as the client portal does it: with the server's public key). */
async function subscribed(world: World, count = 1, options: { applicationServerKey?: string } = {}) {
  const person = await world.customer();
  const client = await person.client({ 'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36' });
  const { webPushPublicKey } = await client.ok(`{ webPushPublicKey }`);
  const browsers: LocalSubscription[] = [];
  for (let i = 0; i < count; i++) {
    const browser = pushService.newSubscription({ applicationServerKey: options.applicationServerKey ?? webPushPublicKey });
    await client.ok(SUBSCRIBE, { i: { endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth } });
    browsers.push(browser);
  }
  return { ...person, client, browsers, publicKey: webPushPublicKey as string };
}

function notice(accountId: string, companyId: string, push = { title: 'Atendimento nº 7: Em andamento', body: 'Técnico a caminho — às 14h ✔', url: 'https://portal.example.com/pedidos/7' }): OutgoingNotice {
  return {
    notificationId: crypto.randomUUID(), kind: NotificationKind.REQUEST_STATUS,
    recipient: { accountId, companyId, name: 'Ana', email: null, phone: null, waId: null },
    subject: push.title, text: push.body, html: '', link: push.url, push,
  };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
};
const subscriptionsOf = (accountId: string) => server.em().find(WebPushSubscription, { account: accountId });

describe('R-NOTIFY-2: notices reach phones by Web Push, through a push service speaking the protocol', () => {
  it('R-NOTIFY-2: the push service decrypts exactly the payload sent, signed with the server\'s VAPID key; the message id is its Location', async () => {
    const world = await World.create(server);
    const ana = await subscribed(world);
    const sent = notice(ana.account.id, world.company.id);
    const result = await channel.send(sent);
    const [message] = await pushService.waitFor(ana.browsers[0]!);
    expect(JSON.parse(message!.text)).toEqual(sent.push);
    expect(message).toMatchObject({ vapidKey: ana.publicKey, subject: 'mailto:nao-responda@habite.local', ttl: 86400, urgency: 'normal', topic: null });
    expect(result.providerMessageId).toBe(message!.location);
    expect(result.providerMessageId).toMatch(new RegExp(`^${pushService.url}/message/`));
    const [row] = await subscriptionsOf(ana.account.id);
    expect(row!.lastSuccessAt).toBeInstanceOf(Date);
  });

  it('R-NOTIFY-2: every browser of the person gets it; the bills digest has a Topic (a newer one replaces it) and a booking reminder is urgent', async () => {
    const world = await World.create(server);
    const ana = await subscribed(world, 2);
    await channel.send({ ...notice(ana.account.id, world.company.id), kind: NotificationKind.BILLS_DIGEST });
    await channel.send({ ...notice(ana.account.id, world.company.id), kind: NotificationKind.BOOKING_REMINDER });
    for (const browser of ana.browsers) {
      const messages = await pushService.waitFor(browser, 2);
      expect(messages.map((m) => [m.topic, m.urgency])).toEqual([['boletos', 'normal'], [null, 'high']]);
    }
  });

  it('R-NOTIFY-2: a push service refuses a message signed with another key than the subscription\'s (403): a permanent failure in words, the subscription kept', async () => {
    const world = await World.create(server);
    const ana = await subscribed(world, 1, { applicationServerKey: generateVapidKeys().publicKey });
    const error = await refusal(channel.send(notice(ana.account.id, world.company.id)));
    expect(error).toMatchObject({ permanent: true, code: 'http_403' });
    expect(error.message).toBe('O serviço de notificações recusou: a identificação do servidor (VAPID) não foi aceita (HTTP 403).');
    expect(pushService.refused.filter((r) => r.subscriptionId === ana.browsers[0]!.id).map((r) => r.status)).toEqual([403]);
    expect(pushService.messages(ana.browsers[0]!)).toEqual([]);
    expect(await subscriptionsOf(ana.account.id)).toHaveLength(1);
  });

  it('R-NOTIFY-2: 410 Gone forgets that browser; the others still get it; with every browser gone the notice fails for good ("nenhum celular inscrito")', async () => {
    const world = await World.create(server);
    const ana = await subscribed(world, 2);
    const [old, current] = ana.browsers;
    pushService.expire(old!);
    await channel.send(notice(ana.account.id, world.company.id));
    expect(pushService.messages(current!)).toHaveLength(1);
    expect((await subscriptionsOf(ana.account.id)).map((s) => s.endpoint)).toEqual([current!.endpoint]);

    pushService.expire(current!);
    const error = await refusal(channel.send(notice(ana.account.id, world.company.id)));
    expect(error).toMatchObject({ permanent: true, code: 'no_subscription' });
    expect(error.message).toMatch(/^Nenhum celular inscrito/);
    expect(await subscriptionsOf(ana.account.id)).toEqual([]);
    expect(await channel.reaches(server.em(), [ana.account.id])).toEqual(new Set());
    expect(await refusal(channel.send(notice(ana.account.id, world.company.id)))).toMatchObject({ permanent: true, message: 'Nenhum celular inscrito para notificações.' });
  });

  it('R-NOTIFY-3: 429 is temporary, with the push service\'s Retry-After; the retry goes through once', async () => {
    const world = await World.create(server);
    const ana = await subscribed(world);
    pushService.throttle(ana.browsers[0]!, { retryAfterSeconds: 42 });
    const error = await refusal(channel.send(notice(ana.account.id, world.company.id)));
    expect(error).toMatchObject({ permanent: false, code: 'http_429', retryAfterMs: 42_000 });
    expect(error.message).toBe('O serviço de notificações não aceitou agora: muitas mensagens seguidas; nova tentativa automática.');
    expect(pushService.messages(ana.browsers[0]!)).toEqual([]);
    await channel.send(notice(ana.account.id, world.company.id));
    expect(pushService.messages(ana.browsers[0]!)).toHaveLength(1);
  });

  it('R-NOTIFY-3: a push service that cannot be reached is temporary, and the subscription is kept', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const browser = pushService.newSubscription();
    // A closed port on loopback: nothing answers.
    await (await ana.client()).ok(SUBSCRIBE, { i: { endpoint: 'http://127.0.0.1:9/push/nada', p256dh: browser.keys.p256dh, auth: browser.keys.auth } });
    expect(await refusal(channel.send(notice(ana.account.id, world.company.id)))).toMatchObject({ permanent: false, code: 'network' });
    expect(await subscriptionsOf(ana.account.id)).toHaveLength(1);
  });

  it('R-NOTIFY-4: a request status change reaches the subscribed customer\'s phone through the queue; the notification row is SENT with the message\'s Location', async () => {
    const world = await World.create(server);
    const ana = await subscribed(world);
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const { client: staff } = await world.staff();
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id, comment: 'Técnico a caminho' } });
    const [message] = await pushService.waitFor(ana.browsers[0]!, 1, 15_000);
    const shown = JSON.parse(message!.text) as { title: string; body: string; url: string };
    expect(shown.title).toMatch(/^Atendimento nº \d+: Em andamento$/);
    expect(shown.body).toBe('Técnico a caminho');
    expect(shown.url).toContain(`/pedidos/${request.id}`);
    let row: Notification | null = null;
    for (let i = 0; i < 100 && row?.status !== 'SENT'; i++) {
      row = await server.em().findOne(Notification, { account: ana.account.id, channel: NotificationChannel.PUSH });
      if (row?.status !== 'SENT') await new Promise((r) => setTimeout(r, 100));
    }
    expect(row).toMatchObject({ status: 'SENT', providerMessageId: message!.location });
  });
});
