import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../../logger.js';
import { ChannelError, type ChannelAdapter, type ChannelResult, type OutgoingNotice } from '../channel.js';
import { NotificationChannel, NotificationKind } from '../notification.enums.js';
import { encryptPush } from './aes128gcm.js';
import type { PushService, StoredSubscription } from './push.service.js';
import { vapidAuthorization, type VapidKeyPair } from './vapid.js';

/** What the service worker receives (client-portal/public/sw.js shows it and opens `url` on a tap). */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
}

/** RFC 8030 §5.2: how long the push service keeps a message for a phone that is off. A day: older notices are stale. */
const TTL_SECONDS = 24 * 3600;
/** RFC 8030 §5.4: `Topic` — a newer bills digest replaces one the phone has not fetched yet. */
const TOPICS: Partial<Record<NotificationKind, string>> = { [NotificationKind.BILLS_DIGEST]: 'boletos' };
/** RFC 8030 §5.3: a reminder for today wakes the phone sooner; everything else is normal. */
const URGENCY: Partial<Record<NotificationKind, 'high'>> = { [NotificationKind.BOOKING_REMINDER]: 'high' };

type Outcome =
  | { kind: 'sent'; location: string | null }
  | { kind: 'gone' }
  | { kind: 'temporary'; words: string; code: string; retryAfterMs?: number }
  | { kind: 'permanent'; words: string; code: string };

/** `Retry-After`: seconds, or an HTTP date. */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Web Push (RFC 8030) to every browser the recipient subscribed: the notice's `push` part as JSON,
 * encrypted for each (RFC 8291, aes128gcm), signed with our VAPID key (RFC 8292), with `TTL` and
 * `Urgency`. The push service's answer decides: 201 sent (its `Location` is the message's id);
 * 404/410 the subscription is gone and forgotten; 429/5xx or no answer retry later. With every
 * subscription gone the notice fails for good ("nenhum celular inscrito"). One phone accepting is
 * success: retrying would repeat the notice on that phone.
 */
export class PushChannel implements ChannelAdapter {
  readonly channel = NotificationChannel.PUSH;

  constructor(private readonly deps: { orm: MikroORM; push: PushService; logger: Logger; timeoutMs?: number }) {}

  /** The dispatcher asks before planning PUSH rows: only people with a subscribed browser get one. */
  reaches(em: EntityManager, accountIds: string[]): Promise<Set<string>> {
    return this.deps.push.reaches(em, accountIds);
  }

  async send(notice: OutgoingNotice): Promise<ChannelResult> {
    const em = this.deps.orm.em.fork();
    const subscriptions = await this.deps.push.subscriptionsOf(em, notice.recipient.accountId);
    if (!subscriptions.length) throw new ChannelError('Nenhum celular inscrito para notificações.', true, 'no_subscription');
    const message: PushPayload = notice.push
      ? { title: clip(notice.push.title, 120), body: clip(notice.push.body, 600), url: notice.push.url }
      : { title: clip(notice.subject, 120), body: clip(notice.text, 600), url: notice.link ?? '/' };
    const payload = Buffer.from(JSON.stringify(message), 'utf8');
    const keys = await this.deps.push.keys(em);
    const outcomes = await Promise.all(subscriptions.map((s) => this.post(em, s, payload, keys, notice.kind)));

    const sent = outcomes.filter((o) => o.kind === 'sent');
    if (sent.length) return { providerMessageId: sent.find((o) => o.location)?.location ?? undefined };
    const temporary = outcomes.filter((o) => o.kind === 'temporary');
    if (temporary.length) {
      const wait = Math.max(0, ...temporary.map((o) => o.retryAfterMs ?? 0));
      throw new ChannelError(`O serviço de notificações não aceitou agora: ${temporary[0]!.words}; nova tentativa automática.`, false, temporary[0]!.code, wait || undefined);
    }
    const permanent = outcomes.find((o) => o.kind === 'permanent');
    if (permanent) throw new ChannelError(`O serviço de notificações recusou: ${permanent.words}.`, true, permanent.code);
    throw new ChannelError('Nenhum celular inscrito para notificações: os aparelhos deixaram de aceitá-las (inscrição vencida ou cancelada no navegador).', true, 'no_subscription');
  }

  private async post(em: EntityManager, subscription: StoredSubscription, payload: Buffer, keys: VapidKeyPair, kind: NotificationKind): Promise<Outcome> {
    const { endpoint } = subscription;
    const now = new Date();
    let response: Response;
    try {
      // The VAPID token's `exp` is real time (the push service's clock), not the business clock.
      response = await fetch(endpoint, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.deps.timeoutMs ?? 10_000),
        headers: {
          Authorization: vapidAuthorization(endpoint, keys, this.deps.push.subject, now),
          TTL: String(TTL_SECONDS),
          Urgency: URGENCY[kind] ?? 'normal',
          ...(TOPICS[kind] ? { Topic: TOPICS[kind] } : {}),
          'Content-Encoding': 'aes128gcm',
          'Content-Type': 'application/octet-stream',
        },
        body: new Uint8Array(encryptPush(payload, { p256dh: Buffer.from(subscription.p256dh, 'base64url'), auth: Buffer.from(subscription.auth, 'base64url') })),
      });
      await response.arrayBuffer().catch(() => undefined);
    } catch (err) {
      const timeout = (err as Error).name === 'TimeoutError';
      return { kind: 'temporary', code: timeout ? 'timeout' : 'network', words: timeout ? 'o serviço não respondeu a tempo' : 'não foi possível conectar ao serviço' };
    }
    const host = new URL(endpoint).host;
    const status = response.status;
    if (status >= 200 && status < 300) {
      await this.deps.push.delivered(em, subscription.id, now);
      const location = response.headers.get('location');
      return { kind: 'sent', location: location ? new URL(location, endpoint).href : null };
    }
    if (status === 404 || status === 410) {
      await this.deps.push.forget(em, subscription.id);
      this.deps.logger.info({ subscription: subscription.id, host, status }, 'push subscription gone, forgotten');
      return { kind: 'gone' };
    }
    if (status === 429 || status >= 500) {
      const words = status === 429 ? 'muitas mensagens seguidas' : `o serviço está indisponível (HTTP ${status})`;
      return { kind: 'temporary', code: `http_${status}`, words, retryAfterMs: retryAfterMs(response.headers.get('retry-after'), now.getTime()) };
    }
    if (status === 401 || status === 403) {
      // Our signature or key was refused: a problem of this server, not of the phone — said loudly, the subscription kept.
      this.deps.logger.error({ subscription: subscription.id, host, status }, 'push service refused our VAPID authorization');
      return { kind: 'permanent', code: `http_${status}`, words: `a identificação do servidor (VAPID) não foi aceita (HTTP ${status})` };
    }
    if (status === 413) return { kind: 'permanent', code: 'http_413', words: 'a mensagem é grande demais' };
    return { kind: 'permanent', code: `http_${status}`, words: `resposta inesperada (HTTP ${status})` };
  }
}
