import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  signatureOf,
  TEMPLATE_LANGUAGE,
  type ErrorResponse,
  type MessageResponse,
  type WebhookError,
  type WebhookPayload,
  type WebhookStatus,
  type WebhookValue,
} from './protocol.js';
import { renderTemplate, TEMPLATES, type WhatsAppTemplate } from './templates.js';
import { legacyWaId, phoneOfWaId, whatsappNumber } from './whatsapp-number.js';

/**
 * R-NOTIFY-1..3: Meta's WhatsApp Cloud API in this process, over real HTTP on 127.0.0.1 — what the
 * tests and the demo talk to instead of graph.facebook.com (like finance/gateway/fake-gateway.ts).
 * It honours protocol.ts: `POST /{version}/{phoneNumberId}/messages` with the bearer token,
 * answers `{ contacts: [{ input, wa_id }], messages: [{ id }] }` or Graph API errors, and posts
 * signed webhooks (X-Hub-Signature-256 with the app secret) to the callback URL:
 *
 * - templates: only those in templates.ts, in pt_BR (else 132001); the body's parameter count must
 *   match (else 132000); no line break or tab in a parameter (132018); an authentication template
 *   needs its copy-code button parameter (131008).
 * - free-form text: only to a number that wrote in the last 24 hours (`receiveInbound`); else
 *   131047 — as Meta mostly does it, accepted and then reported `failed` by webhook; with
 *   `reengagement: 'response'`, refused at once (Meta does both).
 * - numbers: Brazilian mobiles resolve to their wa_id; those in `legacyNumbers` (registered before
 *   the ninth digit) to the 8-digit form 55DDXXXXXXXX. `notOnWhatsApp` numbers are accepted and
 *   then reported failed with 131026, as Meta does. `allowedRecipients` mimics a test number.
 * - after each accepted message: the statuses in `autoStatuses` (sent, delivered, read), in order;
 *   `deliver(id, status)` reports one on demand. `failNext(code)` makes the next sends fail.
 *   A webhook the callback does not answer with 2xx is posted again, as Meta does.
 */
export interface FakeCloudApiOptions {
  port?: number;
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  /** Where webhooks go (e.g. http://127.0.0.1:4000/webhooks/whatsapp); none: they are only recorded. */
  webhookUrl?: string;
  /** Posted after each accepted message, in order; [] for none (then `deliver`). Default: sent, delivered, read. */
  autoStatuses?: ('sent' | 'delivered' | 'read')[];
  /** Wait before each automatic status (the demo: a second or so, as a phone takes); default 0. */
  statusDelayMs?: number;
  /** A webhook not answered 2xx is posted again (Meta retries for days): this many more times, default 2… */
  webhookRetries?: number;
  /** …after this many milliseconds times the attempt; default 500. */
  webhookRetryDelayMs?: number;
  /** Mobiles (any form) whose WhatsApp account predates the ninth digit: their wa_id has 8 digits. */
  legacyNumbers?: string[];
  /** Mobiles without WhatsApp: accepted, then reported failed (131026). */
  notOnWhatsApp?: string[];
  /** A Meta test number sends only to these (else 131030). */
  allowedRecipients?: string[];
  reengagement?: 'webhook' | 'response';
  /** At most this many accepted messages per second, then 130429. */
  messagesPerSecond?: number;
  /** The business number shown in webhooks. */
  displayPhoneNumber?: string;
  /** The fake's clock (the 24-hour window). */
  now?: () => Date;
  templates?: readonly WhatsAppTemplate[];
}

export interface SentMessage {
  id: string;
  /** As the request said. */
  to: string;
  waId: string;
  type: 'template' | 'text';
  template?: string;
  params?: string[];
  /** The copy-code button's parameter (authentication templates). */
  buttonParams?: string[];
  /** What the person reads. */
  text: string;
  at: Date;
}

export interface WebhookDelivery {
  payload: WebhookPayload;
  /** The callback's last HTTP status; 0: not reached (or no callback URL). */
  status: number;
  attempts: number;
}

export interface FakeCloudApi {
  /** Base URL, e.g. http://127.0.0.1:41234 — the channel's apiUrl. */
  url: string;
  sent: SentMessage[];
  webhooks: WebhookDelivery[];
  setWebhookUrl(url: string | undefined): void;
  /** The next `times` sends fail with this Cloud API code (130429, 131000, 132001…). */
  failNext(code: number, times?: number): void;
  /** Reports a status of a sent message now (e.g. `failed` with 131026, or `read` later). */
  deliver(messageId: string, status: 'sent' | 'delivered' | 'read' | 'failed', error?: { code: number; title?: string }): Promise<void>;
  /** The person writes to the business: opens the 24-hour window and posts the signed inbound webhook. */
  receiveInbound(phone: string, text: string, options?: { at?: Date; name?: string }): Promise<{ messageId: string; waId: string }>;
  /** The wa_id a number resolves to. */
  waIdOf(phone: string): string | null;
  /** Resolves once every webhook queued so far has been posted. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const WINDOW_MS = 24 * 60 * 60_000;
const MAX_BODY_BYTES = 64 * 1024;

/** Meta's wording and HTTP status of the errors the fake gives. */
const ERRORS: Record<number, { status: number; title: string; details: string }> = {
  100: { status: 400, title: 'Invalid parameter', details: 'Invalid parameter' },
  131000: { status: 500, title: 'Something went wrong', details: 'Something went wrong' },
  131008: { status: 400, title: 'Required parameter is missing', details: 'Required parameter is missing' },
  131026: { status: 400, title: 'Message undeliverable', details: 'Message Undeliverable.' },
  131030: { status: 400, title: 'Recipient phone number not in allowed list', details: 'Recipient phone number not in allowed list: Add recipient phone number to recipient list and try again.' },
  131047: { status: 400, title: 'Re-engagement message', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
  131056: { status: 429, title: '(Business Account, Consumer Account) pair rate limit hit', details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.' },
  130429: { status: 429, title: 'Rate limit hit', details: 'Message failed to send because there were too many messages sent from this phone number in a short period of time.' },
  132000: { status: 400, title: 'Number of parameters does not match the expected number of params', details: 'body: number of localizable_params does not match the expected number of params' },
  132001: { status: 404, title: 'Template name does not exist in the translation', details: 'template name does not exist in pt_BR' },
  132018: { status: 400, title: 'There was an issue with the parameters in your template.', details: 'Param text cannot have new-line/tab characters or more than 4 consecutive spaces' },
  190: { status: 401, title: 'Invalid OAuth access token - Cannot parse access token', details: 'Invalid OAuth access token' },
};

class Refusal {
  constructor(
    readonly code: number,
    readonly details?: string,
    readonly subcode?: number,
  ) {}
}

export async function startFakeCloudApi(options: FakeCloudApiOptions): Promise<FakeCloudApi> {
  const { accessToken, phoneNumberId, appSecret } = options;
  if (!accessToken || !phoneNumberId || !appSecret) throw new Error('startFakeCloudApi: accessToken, phoneNumberId and appSecret are required');
  const now = options.now ?? (() => new Date());
  const autoStatuses = options.autoStatuses ?? ['sent', 'delivered', 'read'];
  const templates = new Map<string, WhatsAppTemplate>((options.templates ?? Object.values<WhatsAppTemplate>(TEMPLATES)).map((t) => [t.name, t]));
  const canonical = (list: string[] | undefined) => new Set((list ?? []).map((p) => whatsappNumber(p) ?? p.replace(/\D/g, '')));
  const legacy = canonical(options.legacyNumbers);
  const absent = canonical(options.notOnWhatsApp);
  const allowed = options.allowedRecipients ? canonical(options.allowedRecipients) : null;
  const expectedAuth = digest(`Bearer ${accessToken}`);
  const display = options.displayPhoneNumber ?? '5511999990000';
  let webhookUrl = options.webhookUrl;

  const sent: SentMessage[] = [];
  const webhooks: WebhookDelivery[] = [];
  /** wa_id → when the person last wrote. */
  const lastInbound = new Map<string, number>();
  const failures: number[] = [];
  const acceptedAt: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  /** 5511987654321, +55 (11) 98765-4321 or the legacy 551187654321 → the account's wa_id. */
  function waIdOf(input: string): string | null {
    const digits = input.replace(/\D/g, '');
    // E.164 digits or a wa_id (the legacy 8-digit form too), else a number as typed.
    const phone = /^55\d{10,11}$/.test(digits) ? whatsappNumber(`+${phoneOfWaId(digits)}`) : whatsappNumber(input);
    if (!phone) return null;
    return legacy.has(phone) ? legacyWaId(phone) ?? phone : phone;
  }

  /** Webhooks go out one at a time, in order; `value` is made when its turn comes (its timestamp is then). */
  function enqueueWebhook(value: () => Omit<WebhookValue, 'messaging_product' | 'metadata'>, delayMs = 0): void {
    queue = queue.then(async () => {
      if (delayMs > 0) await sleep(delayMs);
      await postWebhook({
        object: 'whatsapp_business_account',
        entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: display, phone_number_id: phoneNumberId }, ...value() } }] }],
      });
    });
  }

  async function postWebhook(payload: WebhookPayload): Promise<void> {
    const delivery: WebhookDelivery = { payload, status: 0, attempts: 0 };
    webhooks.push(delivery);
    if (!webhookUrl) return;
    const body = JSON.stringify(payload);
    const retries = options.webhookRetries ?? 2;
    for (;;) {
      delivery.attempts += 1;
      try {
        const response = await fetch(webhookUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'User-Agent': 'facebookexternalua', 'X-Hub-Signature-256': signatureOf(appSecret, body) },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        delivery.status = response.status;
        await response.arrayBuffer();
      } catch {
        delivery.status = 0;
      }
      if ((delivery.status >= 200 && delivery.status < 300) || delivery.attempts > retries) return;
      await sleep((options.webhookRetryDelayMs ?? 500) * delivery.attempts);
    }
  }

  function statusValue(message: SentMessage, status: WebhookStatus['status'], error?: WebhookError): Omit<WebhookValue, 'messaging_product' | 'metadata'> {
    const template = message.template ? templates.get(message.template) : undefined;
    const category = template ? template.category.toLowerCase() : 'service';
    const entry: WebhookStatus = { id: message.id, status, timestamp: String(Math.floor(now().getTime() / 1000)), recipient_id: message.waId };
    if (status !== 'failed' && status !== 'read') {
      entry.conversation = { id: randomBytes(16).toString('hex'), origin: { type: category } };
      entry.pricing = { billable: true, pricing_model: 'PMP', category };
    }
    if (error) entry.errors = [error];
    return { statuses: [entry] };
  }

  function webhookError(code: number, title?: string): WebhookError {
    const known = ERRORS[code];
    const text = title ?? known?.title ?? 'Error';
    return { code, title: text, message: text, error_data: { details: known?.details ?? text } };
  }

  /** Judges a send; returns the accepted message and, for the errors Meta reports later, that error. */
  function judge(body: unknown): { message: SentMessage; later?: WebhookError } {
    const request = body as Record<string, unknown> | null;
    if (!request || request.messaging_product !== 'whatsapp') throw new Refusal(100, 'The parameter messaging_product is required.');
    if (typeof request.to !== 'string' || !request.to) throw new Refusal(131008, 'The parameter to is required.');
    const waId = waIdOf(request.to);
    if (!waId) throw new Refusal(100, `Invalid parameter: to (${request.to}) is not a valid phone number.`);
    const phone = phoneOfWaId(waId);
    if (allowed && !allowed.has(phone)) throw new Refusal(131030);
    const at = now();
    const base = { id: `wamid.${randomBytes(24).toString('base64url')}`, to: request.to, waId, at };
    let message: SentMessage;
    let later: WebhookError | undefined;

    if (request.type === 'template') {
      const template = request.template as { name?: unknown; language?: { code?: unknown }; components?: unknown } | undefined;
      if (!template || typeof template.name !== 'string') throw new Refusal(131008, 'The parameter template.name is required.');
      const known = templates.get(template.name);
      if (!known || template.language?.code !== TEMPLATE_LANGUAGE || known.language !== TEMPLATE_LANGUAGE) {
        throw new Refusal(132001, `template name (${template.name}) does not exist in ${String(template.language?.code ?? '?')}`);
      }
      const components = Array.isArray(template.components) ? (template.components as { type?: unknown; sub_type?: unknown; parameters?: unknown }[]) : [];
      const textsOf = (component: { parameters?: unknown } | undefined) =>
        (Array.isArray(component?.parameters) ? (component.parameters as { type?: unknown; text?: unknown }[]) : []).map((p) => {
          if (p?.type !== 'text' || typeof p.text !== 'string') throw new Refusal(100, 'Only text parameters are supported by this template.');
          return p.text;
        });
      const params = textsOf(components.find((c) => c?.type === 'body'));
      if (params.length !== known.params) throw new Refusal(132000, `body: number of localizable_params (${params.length}) does not match the expected number of params (${known.params})`);
      if (params.some((p) => /[\n\r\t]| {5,}/.test(p))) throw new Refusal(132018);
      if (params.some((p) => !p.trim())) throw new Refusal(131009, 'Parameter text cannot be empty.');
      let buttonParams: string[] | undefined;
      if (known.copyCode) {
        const button = components.find((c) => c?.type === 'button' && c.sub_type === 'url');
        buttonParams = button ? textsOf(button) : [];
        if (buttonParams.length !== 1) throw new Refusal(131008, 'buttons: the copy code button parameter is required.');
        if (!/^[A-Za-z0-9]{1,15}$/.test(buttonParams[0]!)) throw new Refusal(131009, 'The one-time password may have up to 15 characters.');
      }
      message = { ...base, type: 'template', template: known.name, params, ...(buttonParams ? { buttonParams } : {}), text: renderTemplate(known, params) };
    } else if (request.type === 'text') {
      const text = request.text as { body?: unknown } | undefined;
      if (typeof text?.body !== 'string' || !text.body.trim()) throw new Refusal(131008, 'The parameter text.body is required.');
      if (text.body.length > 4096) throw new Refusal(100, 'text.body may have up to 4096 characters.');
      message = { ...base, type: 'text', text: text.body };
      const wrote = lastInbound.get(waId);
      if (wrote === undefined || at.getTime() - wrote > WINDOW_MS) {
        if (options.reengagement === 'response') throw new Refusal(131047);
        later = webhookError(131047);
      }
    } else {
      throw new Refusal(100, `Param type must be one of {TEXT, TEMPLATE} (received ${String(request.type)}).`);
    }
    if (!later && absent.has(phone)) later = webhookError(131026);
    return { message, later };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => (res.headersSent ? res.destroy() : refuse(res, new Refusal(131000))));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://graph').pathname;
    const route = /^\/(v\d+\.\d+)\/([^/]+)\/messages$/.exec(path);
    if (!timingSafeEqual(digest(req.headers.authorization ?? ''), expectedAuth)) return refuse(res, new Refusal(190));
    if (!route) return refuse(res, new Refusal(100, `Unknown path components: ${path}`, 2500));
    if (route[2] !== phoneNumberId) {
      return refuse(res, new Refusal(100, `Unsupported post request. Object with ID '${route[2]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 33));
    }
    if (req.method !== 'POST') return refuse(res, new Refusal(100, 'Unsupported request method.'));
    const text = await readBody(req);
    if (text === null) return refuse(res, new Refusal(100, `The body is larger than ${MAX_BODY_BYTES} bytes.`));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(res, new Refusal(100, 'The body is not valid JSON.'));
    }
    const forced = failures.shift();
    if (forced !== undefined) return refuse(res, new Refusal(forced));
    if (options.messagesPerSecond) {
      const second = Date.now() - 1000;
      while (acceptedAt.length && acceptedAt[0]! < second) acceptedAt.shift();
      if (acceptedAt.length >= options.messagesPerSecond) return refuse(res, new Refusal(130429));
    }
    let verdict: { message: SentMessage; later?: WebhookError };
    try {
      verdict = judge(body);
    } catch (error) {
      if (error instanceof Refusal) return refuse(res, error);
      throw error;
    }
    const { message, later } = verdict;
    acceptedAt.push(Date.now());
    sent.push(message);
    const answer: MessageResponse = {
      messaging_product: 'whatsapp',
      contacts: [{ input: message.to, wa_id: message.waId }],
      messages: [{ id: message.id, ...(message.type === 'template' ? { message_status: 'accepted' } : {}) }],
    };
    send(res, 200, answer);
    if (later) enqueueWebhook(() => statusValue(message, 'failed', later), options.statusDelayMs);
    else for (const status of autoStatuses) enqueueWebhook(() => statusValue(message, status), options.statusDelayMs);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    webhooks,
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    failNext(code, times = 1) {
      for (let i = 0; i < times; i++) failures.push(code);
    },
    async deliver(messageId, status, error) {
      const message = sent.find((m) => m.id === messageId);
      if (!message) throw new Error(`fake Cloud API: no message ${messageId}`);
      enqueueWebhook(() => statusValue(message, status, status === 'failed' ? webhookError(error?.code ?? 131026, error?.title) : undefined));
      await queue;
    },
    async receiveInbound(phone, text, { at = now(), name = 'Cliente' } = {}) {
      const waId = waIdOf(phone);
      if (!waId) throw new Error(`fake Cloud API: ${phone} is not a WhatsApp mobile`);
      lastInbound.set(waId, Math.max(lastInbound.get(waId) ?? 0, at.getTime()));
      const messageId = `wamid.${randomBytes(24).toString('base64url')}`;
      enqueueWebhook(() => ({
        contacts: [{ profile: { name }, wa_id: waId }],
        messages: [{ from: waId, id: messageId, timestamp: String(Math.floor(at.getTime() / 1000)), type: 'text', text: { body: text } }],
      }));
      await queue;
      return { messageId, waId };
    },
    waIdOf,
    idle: async () => {
      // Webhooks queued while waiting are waited for too.
      let current: Promise<void>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  const known = ERRORS[refusal.code] ?? { status: 400, title: 'Error', details: 'Error' };
  const body: ErrorResponse = {
    error: {
      message: `(#${refusal.code}) ${known.title}`,
      type: 'OAuthException',
      code: refusal.code,
      ...(refusal.subcode ? { error_subcode: refusal.subcode } : {}),
      error_data: { messaging_product: 'whatsapp', details: refusal.details ?? known.details },
      fbtrace_id: randomBytes(12).toString('base64url'),
    },
  };
  send(res, known.status, body);
}

/** The body as text, or null past MAX_BODY_BYTES (the rest is read and dropped, so the answer still goes out). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
