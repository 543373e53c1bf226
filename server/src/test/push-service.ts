import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decryptPush, PushDecryptError } from '../modules/notifications/push/aes128gcm.js';
import { checkVapid } from '../modules/notifications/push/vapid.js';

/**
 * A local push service speaking the Web Push protocol, for tests (the way smtp.ts and s3-server.ts
 * stand in for theirs). It is the browser's half too: it makes subscriptions as a browser would
 * (its own P-256 key pair and auth secret, the endpoint on this service) and keeps the private key,
 * so that it can decrypt what it receives and keep the messages per subscription.
 *
 * - RFC 8030: `POST /push/<id>` with `TTL` (required), `Urgency`, `Topic` → `201 Created` with the
 *   message's `Location`; an unknown subscription is 404, an expired one 410 (`expire()`), a
 *   throttled one 429 with `Retry-After` (`throttle()`), a body over 4096 bytes 413.
 * - RFC 8292: `Authorization: vapid t=<JWT>, k=<key>` — an ES256 signature made with `k`, `aud` this
 *   service's origin, `exp` in the next 24 hours, a `sub` contact; otherwise 401. A subscription
 *   made with an `applicationServerKey` takes messages only signed with that key (403 otherwise).
 * - RFC 8291: the `aes128gcm` body is decrypted with the subscription's keys; one that does not
 *   decrypt is 400.
 *
 * The crypto is the server's module (push/aes128gcm.ts, push/vapid.ts): both directions are pinned
 * to RFC 8291's worked example, byte for byte, in push/__tests__/web-push-crypto.test.ts.
 *
 * For browser tests, `POST /subscribe` (JSON `{ applicationServerKey }`, CORS open) answers a
 * subscription as `PushSubscription.toJSON()` writes it, so a page's `PushManager.subscribe` can be
 * replaced by a call here (Chromium's own push service is not reachable from the test machine).
 */
export interface LocalSubscription {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The key the subscription was made with (base64url), when one was given. */
  applicationServerKey: string | null;
}

export interface ReceivedPush {
  /** The message's id (the last part of its `Location`). */
  id: string;
  location: string;
  subscriptionId: string;
  /** The decrypted payload. */
  text: string;
  ttl: number;
  urgency: string;
  topic: string | null;
  /** The VAPID public key the message was signed with. */
  vapidKey: string;
  /** The JWT's contact (`sub`). */
  subject: string | undefined;
  receivedAt: Date;
}

export interface RefusedPush {
  subscriptionId: string;
  status: number;
  reason: string;
}

export interface LocalPushService {
  /** `http://127.0.0.1:<port>` — also the `aud` a VAPID token must name. */
  url: string;
  /** A new subscription, as a browser makes one (`applicationServerKey`: bind it to that VAPID key). */
  newSubscription(options?: { applicationServerKey?: string }): LocalSubscription;
  /** What reached a subscription (by id or endpoint), decrypted, in order. */
  messages(subscription: string | LocalSubscription): ReceivedPush[];
  /** Every message accepted, and every push refused (with the status and why). */
  received: ReceivedPush[];
  refused: RefusedPush[];
  /** Waits until a subscription has at least `count` messages. */
  waitFor(subscription: string | LocalSubscription, count?: number, ms?: number): Promise<ReceivedPush[]>;
  /** From now on the subscription answers 410 Gone (the person revoked it, or it expired). */
  expire(subscription: string | LocalSubscription): void;
  /** The next `times` pushes to the subscription answer 429 with `Retry-After: seconds`. */
  throttle(subscription: string | LocalSubscription, options?: { times?: number; retryAfterSeconds?: number }): void;
  close(): Promise<void>;
}

interface Kept extends LocalSubscription {
  privateKey: Buffer;
  auth: Buffer;
  expired: boolean;
  throttled: { times: number; retryAfterSeconds: number } | null;
}

const MAX_BODY = 4096;
const URGENCIES = new Set(['very-low', 'low', 'normal', 'high']);

export async function startLocalPushService(options: { now?: () => Date } = {}): Promise<LocalPushService> {
  const now = options.now ?? (() => new Date());
  const subscriptions = new Map<string, Kept>();
  const received: ReceivedPush[] = [];
  const refused: RefusedPush[] = [];
  let origin = '';

  const idOf = (s: string | LocalSubscription) => (typeof s === 'string' ? (s.startsWith('http') ? s.split('/').at(-1)! : s) : s.id);
  const kept = (s: string | LocalSubscription) => {
    const found = subscriptions.get(idOf(s));
    if (!found) throw new Error(`no such subscription ${idOf(s)}`);
    return found;
  };

  function newSubscription(opts: { applicationServerKey?: string } = {}): LocalSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    const id = randomUUID();
    const subscription: Kept = {
      id, endpoint: `${origin}/push/${id}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      applicationServerKey: opts.applicationServerKey ?? null, privateKey: ecdh.getPrivateKey(), auth, expired: false, throttled: null,
    };
    subscriptions.set(id, subscription);
    const { privateKey: _p, auth: _a, expired: _e, throttled: _t, ...visible } = subscription;
    return { ...visible, keys: { ...visible.keys } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', origin);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'content-type');
      return void res.writeHead(204).end();
    }
    if (req.method === 'POST' && url.pathname === '/subscribe') {
      let key: string | undefined;
      try {
        key = (JSON.parse(body.toString('utf8') || '{}') as { applicationServerKey?: string }).applicationServerKey;
      } catch {
        return void res.writeHead(400).end('bad JSON');
      }
      const made = newSubscription({ applicationServerKey: key });
      res.writeHead(201, { 'content-type': 'application/json', location: made.endpoint });
      return void res.end(JSON.stringify({ endpoint: made.endpoint, expirationTime: null, keys: made.keys }));
    }
    const push = /^\/push\/([\w-]+)$/.exec(url.pathname);
    if (req.method !== 'POST' || !push) return void res.writeHead(404).end();
    const subscription = subscriptions.get(push[1]!);
    const refuse = (status: number, reason: string, headers: Record<string, string> = {}) => {
      refused.push({ subscriptionId: push[1]!, status, reason });
      res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(reason);
    };
    if (!subscription) return refuse(404, 'no such subscription');
    if (subscription.expired) return refuse(410, 'subscription expired');
    const vapid = checkVapid(req.headers.authorization, origin, now());
    if (!vapid.ok) return refuse(401, vapid.reason);
    if (subscription.applicationServerKey && vapid.publicKey !== subscription.applicationServerKey) return refuse(403, 'signed with a key other than the subscription\'s applicationServerKey');
    if (subscription.throttled && subscription.throttled.times > 0) {
      subscription.throttled.times -= 1;
      return refuse(429, 'too many messages', { 'retry-after': String(subscription.throttled.retryAfterSeconds) });
    }
    const ttl = req.headers.ttl;
    if (typeof ttl !== 'string' || !/^\d+$/.test(ttl)) return refuse(400, 'TTL header missing or not a number');
    const urgency = (req.headers.urgency as string | undefined) ?? 'normal';
    if (!URGENCIES.has(urgency)) return refuse(400, `bad Urgency ${urgency}`);
    const topic = (req.headers.topic as string | undefined) ?? null;
    if (topic !== null && !/^[A-Za-z0-9_-]{1,32}$/.test(topic)) return refuse(400, 'bad Topic');
    if (body.length > MAX_BODY) return refuse(413, 'payload too large');
    if (req.headers['content-encoding'] !== 'aes128gcm') return refuse(400, 'Content-Encoding must be aes128gcm');
    let plain: Buffer;
    try {
      plain = decryptPush(body, subscription.privateKey, subscription.auth);
    } catch (err) {
      if (err instanceof PushDecryptError) return refuse(400, `cannot decrypt: ${err.message}`);
      throw err;
    }
    const id = randomUUID();
    const location = `${origin}/message/${id}`;
    received.push({
      id, location, subscriptionId: subscription.id, text: plain.toString('utf8'), ttl: Number(ttl), urgency, topic,
      vapidKey: vapid.publicKey, subject: vapid.claims.sub, receivedAt: now(),
    });
    res.writeHead(201, { location, ttl }).end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const messages = (s: string | LocalSubscription) => received.filter((m) => m.subscriptionId === idOf(s));
  return {
    url: origin,
    newSubscription,
    messages,
    received,
    refused,
    async waitFor(s, count = 1, ms = 8000) {
      const deadline = Date.now() + ms;
      while (messages(s).length < count) {
        if (Date.now() > deadline) throw new Error(`push service: ${messages(s).length} of ${count} message(s) for ${idOf(s)}; refused: ${JSON.stringify(refused)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages(s);
    },
    expire(s) {
      kept(s).expired = true;
    },
    throttle(s, opts = {}) {
      kept(s).throttled = { times: opts.times ?? 1, retryAfterSeconds: opts.retryAfterSeconds ?? 30 };
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
