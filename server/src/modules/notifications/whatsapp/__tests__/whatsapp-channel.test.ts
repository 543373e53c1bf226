import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelError, type OutgoingNotice } from '../../channel.js';
import { NotificationKind } from '../../notification.enums.js';
import { startFakeCloudApi, type FakeCloudApi } from '../fake-cloud-api.js';
import { WHATSAPP_TEMPLATES } from '../templates.js';
import { WhatsAppChannel } from '../whatsapp-channel.js';
import { startReceiver } from './receiver.js';

const TOKEN = 'EAAGtestHabiteToken';
const PHONE_ID = '106540352242922';
const SECRET = 'app-secret-habite';
const VERIFY = 'verifica-habite';
const API = { apiVersion: 'v21.0', phoneNumberId: PHONE_ID, accessToken: TOKEN };

/** A mobile registered on WhatsApp before the ninth digit. */
const LEGACY = '5521988887777';
/** A mobile without WhatsApp. */
const ABSENT = '5531977776666';

let fake: FakeCloudApi;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let channel: WhatsAppChannel;

beforeAll(async () => {
  receiver = await startReceiver({ appSecret: SECRET, verifyToken: VERIFY });
  fake = await startFakeCloudApi({ accessToken: TOKEN, phoneNumberId: PHONE_ID, appSecret: SECRET, webhookUrl: receiver.url, legacyNumbers: ['(21) 98888-7777'], notOnWhatsApp: [ABSENT], webhookRetryDelayMs: 20 });
  channel = new WhatsAppChannel({ ...API, apiUrl: fake.url, timeoutMs: 5_000 });
});
afterAll(async () => {
  await fake?.close();
  await receiver?.close();
});

let serial = 0;
function notice(recipient: { phone: string | null; waId?: string | null }, whatsapp?: { template: string; params: string[] }, kind = NotificationKind.BILLS_DIGEST): OutgoingNotice {
  serial += 1;
  return {
    notificationId: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    kind,
    recipient: { accountId: 'a', companyId: 'c', name: 'Ana Souza', email: 'ana@exemplo.com.br', phone: recipient.phone, waId: recipient.waId ?? null },
    subject: 'Seu boleto vence hoje',
    text: 'Olá, Ana! Seu boleto vence hoje.',
    html: '<p>Olá</p>',
    link: 'https://portal.exemplo.com.br/boletos',
    ...(whatsapp ? { whatsapp } : {}),
  };
}

const bills = (name = 'Ana') => ({ template: 'habite_boletos', params: [name, 'vence hoje: R$ 1.234,56 (Torre A, apto 101)', 'https://portal.exemplo.com.br/boletos'] });

async function refusal(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

describe('WhatsApp channel against the fake Cloud API', () => {
  it('R-NOTIFY-1: sends the bills template in pt_BR and returns the message id and wa_id; sent, delivered and read come back signed', async () => {
    const result = await channel.send(notice({ phone: '5511987654321' }, bills()));
    expect(result.providerMessageId).toMatch(/^wamid\./);
    expect(result.waId).toBe('5511987654321');
    const sent = fake.sent.find((m) => m.id === result.providerMessageId)!;
    expect(sent).toMatchObject({ type: 'template', template: 'habite_boletos', to: '5511987654321', params: bills().params });
    expect(sent.text).toContain('Lembrete dos seus boletos — vence hoje: R$ 1.234,56');
    await fake.idle();
    const reports = receiver.reportsOf(result.providerMessageId!);
    expect(reports.map((r) => r.status)).toEqual(['sent', 'delivered', 'read']);
    expect(reports[0]).toMatchObject({ channel: 'WHATSAPP', waId: '5511987654321' });
    expect(reports.every((r) => r.at instanceof Date && Math.abs(r.at.getTime() - Date.now()) < 60_000)).toBe(true);
  });

  it('R-NOTIFY-1: a phone as typed in the cadastro is normalised before it goes out', async () => {
    const result = await channel.send(notice({ phone: '(11) 98765-1234' }, bills()));
    expect(fake.sent.find((m) => m.id === result.providerMessageId)!.to).toBe('5511987651234');
  });

  it('R-NOTIFY-1: a number registered before the ninth digit resolves to its 8-digit wa_id, used next time', async () => {
    const first = await channel.send(notice({ phone: LEGACY }, bills()));
    expect(first.waId).toBe('552188887777');
    const again = await channel.send(notice({ phone: LEGACY, waId: first.waId }, bills()));
    const sent = fake.sent.find((m) => m.id === again.providerMessageId)!;
    expect(sent.to).toBe('552188887777');
    expect(again.waId).toBe('552188887777');
  });

  it('R-NOTIFY-3: a template WhatsApp has not approved (132001) is a permanent error in Portuguese', async () => {
    const before = fake.sent.length;
    const error = await refusal(channel.send(notice({ phone: '5511987650001' }, { template: 'habite_promocao', params: ['Ana'] })));
    expect(error.permanent).toBe(true);
    expect(error.code).toBe('132001');
    expect(error.message).toMatch(/^O WhatsApp recusou: modelo de mensagem não aprovado .*\(132001\)\.$/);
    expect(fake.sent.length).toBe(before);
  });

  it('R-NOTIFY-3: a wrong number of template parameters (132000) is permanent', async () => {
    const error = await refusal(channel.send(notice({ phone: '5511987650002' }, { template: 'habite_boletos', params: ['Ana', 'vence hoje'] })));
    expect(error).toMatchObject({ permanent: true, code: '132000' });
    expect(error.message).toContain('número de parâmetros não corresponde ao modelo');
  });

  it('R-NOTIFY-3: the throughput limit (130429) is temporary, with a hint for the next attempt; the retry goes through', async () => {
    fake.failNext(130429);
    const error = await refusal(channel.send(notice({ phone: '5511987650003' }, bills())));
    expect(error).toMatchObject({ permanent: false, code: '130429' });
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(error.message).toContain('nova tentativa automática');
    const retry = await channel.send(notice({ phone: '5511987650003' }, bills()));
    expect(retry.providerMessageId).toMatch(/^wamid\./);
  });

  it('R-NOTIFY-3: the pair rate limit (131056) and an error on Meta\'s side (131000, HTTP 500) are temporary', async () => {
    fake.failNext(131056);
    const pair = await refusal(channel.send(notice({ phone: '5511987650004' }, bills())));
    expect(pair).toMatchObject({ permanent: false, code: '131056' });
    expect(pair.retryAfterMs).toBeGreaterThanOrEqual(6_000);
    fake.failNext(131000);
    expect(await refusal(channel.send(notice({ phone: '5511987650004' }, bills())))).toMatchObject({ permanent: false, code: '131000' });
  });

  it('R-NOTIFY-3: a Cloud API that cannot be reached is temporary', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const down = new WhatsAppChannel({ ...API, apiUrl: `http://127.0.0.1:${port}`, timeoutMs: 2_000 });
    const error = await refusal(down.send(notice({ phone: '5511987650005' }, bills())));
    expect(error).toMatchObject({ permanent: false, code: 'network' });
  });

  it('R-NOTIFY-3: a bad access token (190) or phone number ID is permanent and says which setting to fix', async () => {
    const badToken = new WhatsAppChannel({ ...API, apiUrl: fake.url, accessToken: 'EAAGwrong' });
    const error = await refusal(badToken.send(notice({ phone: '5511987650006' }, bills())));
    expect(error).toMatchObject({ permanent: true, code: '190' });
    expect(error.message).toContain('WHATSAPP_ACCESS_TOKEN');
    const badNumber = new WhatsAppChannel({ ...API, apiUrl: fake.url, phoneNumberId: '999999999999' });
    const wrongId = await refusal(badNumber.send(notice({ phone: '5511987650006' }, bills())));
    expect(wrongId).toMatchObject({ permanent: true, code: '100' });
    expect(wrongId.message).toContain('WHATSAPP_PHONE_NUMBER_ID');
  });

  it('R-NOTIFY-3: free-form text to someone who has not written in 24 hours is accepted, then reported failed with 131047', async () => {
    const result = await channel.send(notice({ phone: '5511987650007' }));
    expect(fake.sent.find((m) => m.id === result.providerMessageId)).toMatchObject({ type: 'text' });
    await fake.idle();
    const reports = receiver.reportsOf(result.providerMessageId!);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ status: 'failed', errorCode: '131047' });
    expect(reports[0]!.errorMessage).toContain('mais de 24 horas');
  });

  it('R-NOTIFY-3: free-form text is delivered inside the 24-hour window the person opened by writing', async () => {
    const { waId } = await fake.receiveInbound('(11) 98765-0008', 'Oi, recebi o boleto?');
    expect(receiver.inbound.find((m) => m.waId === waId)).toMatchObject({ phone: '5511987650008', text: 'Oi, recebi o boleto?' });
    const result = await channel.sendText(waId, 'Recebeu sim! Ele está no portal, em Boletos.');
    await fake.idle();
    expect(receiver.reportsOf(result.providerMessageId!).map((r) => r.status)).toEqual(['sent', 'delivered', 'read']);
  });

  it('R-NOTIFY-3: where Meta refuses at once, text outside the window is a permanent 131047; inside it goes', async () => {
    const strict = await startFakeCloudApi({ accessToken: TOKEN, phoneNumberId: PHONE_ID, appSecret: SECRET, reengagement: 'response', autoStatuses: [] });
    try {
      const direct = new WhatsAppChannel({ ...API, apiUrl: strict.url });
      await strict.receiveInbound('5511987650009', 'Olá', { at: new Date(Date.now() - 25 * 60 * 60_000) });
      const error = await refusal(direct.send(notice({ phone: '5511987650009' })));
      expect(error).toMatchObject({ permanent: true, code: '131047' });
      expect(error.message).toBe('O WhatsApp recusou: passaram mais de 24 horas desde a última mensagem da pessoa; fora dessa janela só podem ser enviados modelos de mensagem aprovados (131047).');
      await strict.receiveInbound('5511987650009', 'Ainda preciso de ajuda');
      const result = await direct.send(notice({ phone: '5511987650009' }));
      expect(strict.sent.find((m) => m.id === result.providerMessageId)!.text).toBe('Olá, Ana! Seu boleto vence hoje.\n\nhttps://portal.exemplo.com.br/boletos');
    } finally {
      await strict.close();
    }
  });

  it('R-NOTIFY-3: a number without WhatsApp is accepted, then reported failed with 131026 in words', async () => {
    const result = await channel.send(notice({ phone: ABSENT }, bills()));
    await fake.idle();
    const [report] = receiver.reportsOf(result.providerMessageId!);
    expect(report).toMatchObject({ status: 'failed', errorCode: '131026' });
    expect(report!.errorMessage).toContain('o número não tem WhatsApp');
  });

  it('R-NOTIFY-3: a status the webhook could not take (500) is posted again, as Meta does', async () => {
    await fake.idle(); // the other tests' statuses are in, so the failure falls on this one's first
    receiver.failNextReport();
    const result = await channel.send(notice({ phone: '5511987650012' }, bills()));
    await fake.idle();
    expect(receiver.reportsOf(result.providerMessageId!).map((r) => r.status)).toEqual(['sent', 'delivered', 'read']);
    const first = fake.webhooks.find((w) => w.payload.entry[0]!.changes[0]!.value.statuses?.[0]?.id === result.providerMessageId)!;
    expect(first).toMatchObject({ status: 200, attempts: 2 });
  });

  it('R-AUTH-8: the sign-in code goes as the authentication template, the code in its copy-code button too', async () => {
    const ref = WHATSAPP_TEMPLATES[NotificationKind.ONE_TIME_CODE]!;
    const result = await channel.send(notice({ phone: '5511987650010' }, { template: ref.name, params: ['482913'] }, NotificationKind.ONE_TIME_CODE));
    const sent = fake.sent.find((m) => m.id === result.providerMessageId)!;
    expect(sent).toMatchObject({ template: 'habite_codigo_acesso', params: ['482913'], buttonParams: ['482913'] });
    expect(sent.text).toContain('*482913* é seu código de verificação');
  });

  it('R-NOTIFY-1: a parameter with line breaks is put on one line (Meta refuses it otherwise, 132018)', async () => {
    const result = await channel.send(notice({ phone: '5511987650011' }, { template: 'habite_boletos', params: ['Ana', 'vence hoje:\nTorre A, apto 101\tR$ 10,00', 'https://x.example'] }));
    expect(fake.sent.find((m) => m.id === result.providerMessageId)!.params![1]).toBe('vence hoje: · Torre A, apto 101 · R$ 10,00');
  });

  it('R-NOTIFY-2: no valid mobile (none, or a landline) is a permanent error and nothing goes out', async () => {
    const before = fake.sent.length;
    expect(await refusal(channel.send(notice({ phone: null }, bills())))).toMatchObject({ permanent: true, code: 'no_number' });
    expect(await refusal(channel.send(notice({ phone: '(11) 3265-4321' }, bills())))).toMatchObject({ permanent: true, code: 'no_number' });
    expect(fake.sent.length).toBe(before);
  });
});
