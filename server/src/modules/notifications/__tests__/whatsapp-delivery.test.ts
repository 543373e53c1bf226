import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { World } from '../../../test/world.js';
import { Consent } from '../../privacy/consent.entity.js';
import { billsDigestRun } from '../notice-events.js';
import { Notification } from '../notification.entity.js';
import { startFakeCloudApi, type FakeCloudApi } from '../whatsapp/fake-cloud-api.js';

const UPDATE = `mutation($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { whatsapp whatsappConsent } }`;
const STAFF_VIEW = `query($id: ID!) { customerNotifications(customerId: $id) { sent { channel status address error } } }`;
const settings = { accessToken: 'test-token', phoneNumberId: '100000000000009', appSecret: 'app-secret-for-tests', verifyToken: 'verify-me' };

/** The server talks to a local Cloud API (the WhatsApp contract), which posts signed statuses back to the server's webhook. */
let server: TestServer;
let cloud: FakeCloudApi;
beforeAll(async () => {
  cloud = await startFakeCloudApi({ ...settings });
  server = await startTestServer({ whatsapp: { ...settings, apiUrl: cloud.url, apiVersion: 'v21.0' } });
  cloud.setWebhookUrl(`${server.url}/webhooks/whatsapp`);
});
afterAll(async () => {
  await server?.stop();
  await cloud?.close();
});

const morning = (date: string) => new Date(`${date}T11:00:00Z`);
let phones = 0;
/** A customer with a mobile, a sold unit and a bill that fell due on 2027-03-03. */
async function billed(world: World, options: { consent?: boolean } = {}) {
  const person = await world.customer();
  const phone = `(11) 9${String(8100_0000 + ++phones * 7 + Math.floor(Math.random() * 1000) * 100).slice(0, 8)}`;
  await world.update(person.customer, { phone });
  const { reservation } = await world.soldUnit(person.customer);
  const { installments } = await world.plan(reservation, { installments: [{ dueDate: '2027-03-03', amountCents: 50_000 }] });
  await world.bill({ installment: installments[0]! });
  const client = await person.client();
  if (options.consent) expect((await client.ok(UPDATE, { i: { whatsapp: true } })).updateNotificationPreferences).toEqual({ whatsapp: true, whatsappConsent: true });
  const number = `5511${phone.replace(/\D/g, '').slice(2)}`;
  return { ...person, phone, number, client };
}

async function rows(accountId: string, until: (r: Notification[]) => boolean, ms = 8000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await server.em().find(Notification, { account: accountId }, { orderBy: { channel: 'asc' } });
    if (until(found)) return found;
    if (Date.now() > deadline) throw new Error(JSON.stringify(found.map((r) => [r.channel, r.status, r.error])));
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('R-NOTIFY-1..3 on WhatsApp, through the Cloud API contract', () => {
  it('R-NOTIFY-1: a bill overdue brings exactly one e-mail and one WhatsApp template to a customer who agreed; statuses come back signed and show for staff', async () => {
    const world = await World.create(server);
    const ana = await billed(world, { consent: true });
    expect(await billsDigestRun(server.em(), server.services.notifications, { at: morning('2027-03-04'), companyId: world.company.id })).toBe(2);
    expect(await billsDigestRun(server.em(), server.services.notifications, { at: morning('2027-03-04'), companyId: world.company.id })).toBe(0);
    await server.smtp.waitFor(ana.account.email, /em atraso/);
    const done = await rows(ana.account.id, (r) => r.length === 2 && r.every((n) => n.status !== 'QUEUED') && r.some((n) => n.channel === 'WHATSAPP' && n.status === 'READ'));
    expect(done.map((n) => [n.channel, n.status])).toEqual([['EMAIL', 'SENT'], ['WHATSAPP', 'READ']]);
    const messages = cloud.sent.filter((m) => m.to === ana.number || m.waId === ana.number);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'template', template: 'habite_boletos' });
    expect(messages[0]!.params![1]).toContain('R$ 500,00');
    const whatsappRow = done.find((n) => n.channel === 'WHATSAPP')!;
    expect(whatsappRow).toMatchObject({ providerMessageId: messages[0]!.id, waId: ana.number });
    expect(whatsappRow.deliveredAt).toBeInstanceOf(Date);
    const { client: staff } = await world.staff();
    expect((await staff.ok(STAFF_VIEW, { id: ana.customer.id })).customerNotifications.sent).toContainEqual({ channel: 'WHATSAPP', status: 'READ', address: ana.number, error: null });
  });

  it('R-NOTIFY-2: without consent (the opt-in), no WhatsApp message is sent — recorded as not sent, with why', async () => {
    const world = await World.create(server);
    const bruno = await billed(world);
    await billsDigestRun(server.em(), server.services.notifications, { at: morning('2027-03-04'), companyId: world.company.id });
    const done = await rows(bruno.account.id, (r) => r.length === 2 && r.every((n) => n.status !== 'QUEUED'));
    expect(done.map((n) => [n.channel, n.status, n.error])).toEqual([['EMAIL', 'SENT', null], ['WHATSAPP', 'SKIPPED', 'Sem consentimento para mensagens no WhatsApp.']]);
    expect(cloud.sent.filter((m) => m.to === bruno.number)).toEqual([]);
  });

  it('R-NOTIFY-3: a template refused by WhatsApp (132001) is a permanent failure, recorded in words; the e-mail still goes', async () => {
    const world = await World.create(server);
    const carla = await billed(world, { consent: true });
    cloud.failNext(132001);
    await billsDigestRun(server.em(), server.services.notifications, { at: morning('2027-03-04'), companyId: world.company.id });
    const done = await rows(carla.account.id, (r) => r.length === 2 && r.every((n) => n.status !== 'QUEUED'));
    expect(done.map((n) => [n.channel, n.status])).toEqual([['EMAIL', 'SENT'], ['WHATSAPP', 'FAILED']]);
    expect(done[1]!.error).toMatch(/modelo de mensagem não aprovado.*132001/);
    expect(done[1]!.attempts).toBe(1);
  });

  it('R-OPS-3: "PARAR" on WhatsApp withdraws the consent; the next digest sends no WhatsApp message', async () => {
    const world = await World.create(server);
    const dani = await billed(world, { consent: true });
    await cloud.receiveInbound(dani.number, 'PARAR');
    await cloud.idle();
    await expect.poll(async () => (await server.em().findOne(Consent, { account: dani.account.id }))?.revokedAt ?? null, { timeout: 5000 }).toBeInstanceOf(Date);
    await billsDigestRun(server.em(), server.services.notifications, { at: morning('2027-03-04'), companyId: world.company.id });
    const done = await rows(dani.account.id, (r) => r.length === 2 && r.every((n) => n.status !== 'QUEUED'));
    expect(done.map((n) => [n.channel, n.status])).toEqual([['EMAIL', 'SENT'], ['WHATSAPP', 'SKIPPED']]);
  });

  it('R-AUTH-8: a code asked for on WhatsApp arrives as the authentication template (with its copy-code button) and signs in once', async () => {
    const world = await World.create(server);
    const eva = await billed(world, { consent: true });
    const anonymous = server.client({ app: 'client', headers: world.headers });
    await anonymous.ok(`mutation($i: RequestSignInCodeInput!) { requestSignInCode(input: $i) }`, { i: { login: eva.account.email, channel: 'WHATSAPP' } });
    await expect.poll(() => cloud.sent.filter((m) => m.template === 'habite_codigo_acesso' && (m.to === eva.number || m.waId === eva.number)).length, { timeout: 8000 }).toBe(1);
    const message = cloud.sent.find((m) => m.template === 'habite_codigo_acesso' && (m.to === eva.number || m.waId === eva.number))!;
    const code = message.params![0]!;
    expect(code).toMatch(/^\d{6}$/);
    expect(message.buttonParams).toEqual([code]);
    const USE = `mutation($i: CodeSignInInput!) { signInWithCode(input: $i) { account { id } } }`;
    expect((await anonymous.ok(USE, { i: { login: eva.account.email, oneTimeCode: code } })).signInWithCode.account.id).toBe(eva.account.id);
    expect((await anonymous.request(USE, { i: { login: eva.account.email, oneTimeCode: code } })).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
  });

  it('R-NOTIFY-3: a status webhook with a forged signature is refused by the server and changes nothing', async () => {
    const body = Buffer.from(JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: { statuses: [{ id: 'wamid.x', status: 'read', timestamp: '1', recipient_id: '5511999999999' }] } }] }] }));
    const forged = `sha256=${createHmac('sha256', 'not-the-secret').update(body).digest('hex')}`;
    const res = await httpExchange(`${server.url}/webhooks/whatsapp`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': forged } });
    expect(res.status).toBe(401);
    const good = `sha256=${createHmac('sha256', settings.appSecret).update(body).digest('hex')}`;
    // Signed, about a message nobody here sent, in 1970: accepted and ignored.
    expect((await httpExchange(`${server.url}/webhooks/whatsapp`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': good } })).status).toBe(200);
  });
});
