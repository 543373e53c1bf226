import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signatureOf, type WebhookPayload, type WebhookValue } from '../protocol.js';
import { startReceiver } from './receiver.js';

const SECRET = 'app-secret-habite';
const VERIFY = 'verifica-habite';

let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver({ appSecret: SECRET, verifyToken: VERIFY });
});
afterAll(() => receiver?.close());
beforeEach(() => {
  receiver.reports.length = 0;
  receiver.inbound.length = 0;
});

function payload(value: Partial<WebhookValue>): WebhookPayload {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '5511999990000', phone_number_id: '106540352242922' }, ...value } }] }],
  };
}

const post = (body: string, signature?: string, contentType = 'application/json') =>
  fetch(receiver.url, { method: 'POST', headers: { 'Content-Type': contentType, ...(signature ? { 'X-Hub-Signature-256': signature } : {}) }, body });

const STATUSES = payload({
  statuses: [
    { id: 'wamid.AAA', status: 'delivered', timestamp: '1796131200', recipient_id: '5511987654321', conversation: { id: 'c1', origin: { type: 'utility' } }, pricing: { billable: true, pricing_model: 'PMP', category: 'utility' } },
    { id: 'wamid.BBB', status: 'read', timestamp: '1796131260', recipient_id: '552188887777' },
    {
      id: 'wamid.CCC', status: 'failed', timestamp: '1796131320', recipient_id: '5531977776666',
      errors: [{ code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Message Undeliverable.' } }],
    },
    { id: 'wamid.DDD', status: 'failed', timestamp: '1796131380', recipient_id: '5531977776666', errors: [{ code: 999999, title: 'Some new error' }] },
  ],
});

describe('WhatsApp webhook (/webhooks/whatsapp)', () => {
  it('R-NOTIFY-3: signed statuses reach onReport with the message id, status, time, wa_id and the failure in words', async () => {
    const body = JSON.stringify(STATUSES);
    const response = await post(body, signatureOf(SECRET, body));
    expect(response.status).toBe(200);
    expect(receiver.reports).toEqual([
      { channel: 'WHATSAPP', providerMessageId: 'wamid.AAA', status: 'delivered', at: new Date(1796131200_000), waId: '5511987654321' },
      { channel: 'WHATSAPP', providerMessageId: 'wamid.BBB', status: 'read', at: new Date(1796131260_000), waId: '552188887777' },
      {
        channel: 'WHATSAPP', providerMessageId: 'wamid.CCC', status: 'failed', at: new Date(1796131320_000), waId: '5531977776666', errorCode: '131026',
        errorMessage: 'a mensagem não pôde ser entregue: o número não tem WhatsApp, a pessoa não aceitou os termos de uso mais recentes ou usa uma versão antiga do aplicativo',
      },
      { channel: 'WHATSAPP', providerMessageId: 'wamid.DDD', status: 'failed', at: new Date(1796131380_000), waId: '5531977776666', errorCode: '999999', errorMessage: 'falha informada pelo WhatsApp: Some new error' },
    ]);
  });

  it('R-NOTIFY-3: the signature is checked on the raw bytes, whatever the content type says', async () => {
    const body = JSON.stringify(STATUSES);
    expect((await post(body, signatureOf(SECRET, body), 'text/plain')).status).toBe(200);
    expect(receiver.reports).toHaveLength(4);
  });

  it('R-NOTIFY-3: a forged signature, a missing one, or a body changed after signing is 401 and nothing is called', async () => {
    const body = JSON.stringify(STATUSES);
    const signature = signatureOf(SECRET, body);
    expect((await post(body)).status).toBe(401);
    expect((await post(body, signatureOf('another-secret', body))).status).toBe(401);
    expect((await post(body, 'sha256=' + '0'.repeat(64))).status).toBe(401);
    expect((await post(body, signature.replace('sha256=', 'sha1='))).status).toBe(401);
    expect((await post(body, signature.slice(0, -2))).status).toBe(401);
    expect((await post(body.replace('wamid.AAA', 'wamid.EVIL'), signature)).status).toBe(401);
    expect(receiver.reports).toEqual([]);
    expect(receiver.inbound).toEqual([]);
    expect(receiver.lines.some((line) => line.includes('missing or wrong signature'))).toBe(true);
    // The same body, rightly signed, goes through: the refusals were the signature's.
    expect((await post(body, signature)).status).toBe(200);
  });

  it('R-NOTIFY-3: a rightly signed body that is not JSON is 400', async () => {
    const body = '{"object":"whatsapp_business_account","entry":[';
    expect((await post(body, signatureOf(SECRET, body))).status).toBe(400);
    expect(receiver.reports).toEqual([]);
  });

  it('R-NOTIFY-2: inbound messages reach onInbound with the wa_id, the phone with its ninth digit, the text and the time', async () => {
    const body = JSON.stringify(payload({
      contacts: [{ profile: { name: 'Bruno' }, wa_id: '552188887777' }, { profile: { name: 'Ana' }, wa_id: '5511987654321' }],
      messages: [
        { from: '552188887777', id: 'wamid.IN1', timestamp: '1796131200', type: 'text', text: { body: 'PARAR' } },
        { from: '5511987654321', id: 'wamid.IN2', timestamp: '1796131201', type: 'button', button: { text: 'Ver boletos', payload: 'x' } },
        { from: '5511987654321', id: 'wamid.IN3', timestamp: '1796131202', type: 'image', image: {} },
      ],
    }));
    expect((await post(body, signatureOf(SECRET, body))).status).toBe(200);
    expect(receiver.inbound).toEqual([
      { waId: '552188887777', phone: '5521988887777', text: 'PARAR', at: new Date(1796131200_000), messageId: 'wamid.IN1' },
      { waId: '5511987654321', phone: '5511987654321', text: 'Ver boletos', at: new Date(1796131201_000), messageId: 'wamid.IN2' },
      { waId: '5511987654321', phone: '5511987654321', text: '', at: new Date(1796131202_000), messageId: 'wamid.IN3' },
    ]);
  });

  it('R-NOTIFY-3: when a handler fails the answer is 500, so Meta delivers the batch again', async () => {
    receiver.failNextReport();
    const body = JSON.stringify(STATUSES);
    expect((await post(body, signatureOf(SECRET, body))).status).toBe(500);
    expect((await post(body, signatureOf(SECRET, body))).status).toBe(200);
    expect(receiver.reports.map((r) => r.providerMessageId)).toEqual(['wamid.AAA', 'wamid.BBB', 'wamid.CCC', 'wamid.DDD']);
  });

  it('R-NOTIFY-3: other products and fields are answered 200 and ignored', async () => {
    const body = JSON.stringify({ object: 'page', entry: [{ id: '1', changes: [{ field: 'feed', value: {} }] }] });
    expect((await post(body, signatureOf(SECRET, body))).status).toBe(200);
    const other = JSON.stringify({ ...STATUSES, entry: [{ ...STATUSES.entry[0], changes: [{ ...STATUSES.entry[0]!.changes[0], field: 'message_template_status_update' }] }] });
    expect((await post(other, signatureOf(SECRET, other))).status).toBe(200);
    expect(receiver.reports).toEqual([]);
  });

  it('R-NOTIFY-3: the subscription check answers the challenge only with our verify token', async () => {
    const verify = (query: string) => fetch(`${receiver.url}?${query}`);
    const ok = await verify(`hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    expect((await verify('hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444')).status).toBe(403);
    expect((await verify(`hub.mode=unsubscribe&hub.verify_token=${VERIFY}&hub.challenge=1`)).status).toBe(403);
    expect((await verify('hub.challenge=1')).status).toBe(403);
  });
});
