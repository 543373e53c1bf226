import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../clock.js';
import type { Config } from '../../../config.js';
import type { Logger } from '../../../logger.js';
import type { AuditService } from '../../audit/audit.service.js';
import { execute, query } from '../../visibility/sql.js';
import { PushChannel } from './push-channel.js';
import { checkSubscription } from './push-subscription.rules.js';
import type { PushDevice } from './push.types.js';
import { userAgentLabel } from './user-agent-label.js';
import type { VapidKeyPair } from './vapid.js';
import { loadVapidKeys } from './vapid-keys.js';

/** How many browsers one person keeps subscribed; subscribing one more lets the oldest go. */
export const MAX_DEVICES = 10;

/**
 * Whose browser is turned on or off, and what the audit log records of it (R-OPS-3): the login,
 * the session it happens in (signing out of it turns the browser off again), the customer behind
 * the login (the entry is on the customer; a syndic's on the login).
 */
export interface PushHolder {
  accountId: string;
  sessionId: string | null;
  actor: { id: string; name: string; email: string };
  companyId: string;
  customerId: string | null;
  ip: string | null;
}

/** The push service's origin ("https://fcm.googleapis.com"): what may be shown of an endpoint (the rest is a capability URL). */
export function serviceOrigin(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return '';
  }
}

/** R-OPS-3: a browser turned on or off, in the audit log — in words and the push service's origin, never the endpoint or keys. */
function auditDevice(tx: EntityManager, audit: AuditService, holder: PushHolder, on: boolean, device: { label: string; endpoint: string }, at: Date, reason?: 'SIGNED_OUT'): void {
  const seen = { device: device.label, service: serviceOrigin(device.endpoint) };
  audit.record(tx, {
    actor: holder.actor, company: { id: holder.companyId }, ip: holder.ip,
    action: on ? 'push.subscribe' : 'push.unsubscribe',
    targetType: holder.customerId ? 'Customer' : 'Account', targetId: holder.customerId ?? holder.accountId,
    before: on ? null : seen, after: on ? seen : reason ? { reason } : null,
  }, at);
}

/**
 * R-OPS-3: signing out of a session turns off the browsers subscribed from it, in the sign-out's
 * transaction (`tx`), each audited. The number turned off.
 */
export async function forgetSessionSubscriptions(tx: EntityManager, audit: AuditService, holder: PushHolder & { sessionId: string }, at: Date): Promise<number> {
  const gone = await execute<{ user_agent_label: string; endpoint: string }>(tx,
    `delete from push_subscription where account_id = ? and session_id = ? returning user_agent_label, endpoint`, [holder.accountId, holder.sessionId]);
  for (const row of gone) auditDevice(tx, audit, holder, false, { label: row.user_agent_label, endpoint: row.endpoint }, at, 'SIGNED_OUT');
  return gone.length;
}

export interface StoredSubscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Web Push for customers and syndics: the server's VAPID key, the browsers each person
 * subscribed, and the channel that sends to them (push-channel.ts). Services take the
 * EntityManager and the account; the resolver builds them.
 */
export class PushService {
  private keysOnce: Promise<VapidKeyPair> | null = null;

  constructor(private readonly deps: { config: Config; clock: Clock; logger: Logger; audit: AuditService }) {}

  /** The VAPID key pair (made on the first call against an empty database, then the stored one). */
  keys(em: EntityManager): Promise<VapidKeyPair> {
    this.keysOnce ??= loadVapidKeys(em.fork()).catch((err: unknown) => {
      this.keysOnce = null;
      throw err;
    });
    return this.keysOnce;
  }

  /** The `applicationServerKey` browsers subscribe with (base64url). */
  async publicKey(em: EntityManager): Promise<string> {
    return (await this.keys(em)).publicKey;
  }

  /**
   * RFC 8030 §5 (our half): keeps a browser's subscription for the holder, linked to their session
   * (signing out of it turns it off). The same endpoint again updates its keys and session; an
   * endpoint another person subscribed (a shared phone) moves to this one. A browser new to this
   * person is audited (R-OPS-3); the browser asking again on every visit writes no entry.
   */
  async subscribe(em: EntityManager, holder: PushHolder, input: { endpoint: string; p256dh: string; auth: string }, userAgent: string | null): Promise<PushDevice> {
    const checked = checkSubscription(input, { production: this.deps.config.production });
    const now = this.deps.clock.now();
    return em.transactional(async (tx) => {
      // Two tabs subscribing one browser at once: the second waits, then finds the first's row (one audit entry).
      await execute(tx, `select pg_advisory_xact_lock(hashtext(?))`, [`push:${checked.endpoint}`]);
      const [before] = await execute<{ account_id: string }>(tx, `select account_id from push_subscription where endpoint = ?`, [checked.endpoint]);
      const [row] = await execute<{ id: string; created_at: Date; last_success_at: Date | null; user_agent_label: string }>(tx,
        `insert into push_subscription (id, account_id, session_id, endpoint, p256dh, auth, user_agent_label, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (endpoint) do update set
           account_id = excluded.account_id, session_id = excluded.session_id, p256dh = excluded.p256dh, auth = excluded.auth, user_agent_label = excluded.user_agent_label,
           created_at = case when push_subscription.account_id = excluded.account_id then push_subscription.created_at else excluded.created_at end,
           last_success_at = case when push_subscription.account_id = excluded.account_id then push_subscription.last_success_at else null end
         returning id, created_at, last_success_at, user_agent_label`,
        [crypto.randomUUID(), holder.accountId, holder.sessionId, checked.endpoint, checked.p256dh, checked.auth, userAgentLabel(userAgent), now]);
      await execute(tx,
        `delete from push_subscription where id in (
           select id from push_subscription where account_id = ? order by created_at desc, id desc offset ?)`, [holder.accountId, MAX_DEVICES]);
      if (before?.account_id !== holder.accountId) auditDevice(tx, this.deps.audit, holder, true, { label: row!.user_agent_label, endpoint: checked.endpoint }, now);
      return {
        id: row!.id, label: row!.user_agent_label, serviceOrigin: serviceOrigin(checked.endpoint),
        createdAt: new Date(row!.created_at), lastSuccessAt: row!.last_success_at ? new Date(row!.last_success_at) : null, thisDevice: true,
      };
    });
  }

  /** Stops notifications to one browser of the holder (true when there was one), audited (R-OPS-3). */
  async unsubscribe(em: EntityManager, holder: PushHolder, endpoint: string): Promise<boolean> {
    const now = this.deps.clock.now();
    return em.transactional(async (tx) => {
      const gone = await execute<{ user_agent_label: string; endpoint: string }>(tx,
        `delete from push_subscription where account_id = ? and endpoint = ? returning user_agent_label, endpoint`, [holder.accountId, endpoint.trim()]);
      for (const row of gone) auditDevice(tx, this.deps.audit, holder, false, { label: row.user_agent_label, endpoint: row.endpoint }, now);
      return gone.length > 0;
    });
  }

  /** The browsers that get `accountId`'s notifications, newest first, in words; `currentEndpoint` marks the asking one. */
  async devices(em: EntityManager, accountId: string, currentEndpoint: string | null): Promise<PushDevice[]> {
    const rows = await query<{ id: string; label: string; createdAt: Date; lastSuccessAt: Date | null; endpoint: string }>(em,
      `select id, user_agent_label as label, created_at as "createdAt", last_success_at as "lastSuccessAt", endpoint
         from push_subscription where account_id = :account order by created_at desc, id desc`, { account: accountId });
    // Raw rows carry timestamps as text: the DateTimeISO fields want dates.
    return rows.map(({ endpoint, createdAt, lastSuccessAt, ...device }) => ({
      ...device, createdAt: new Date(createdAt), lastSuccessAt: lastSuccessAt ? new Date(lastSuccessAt) : null,
      serviceOrigin: serviceOrigin(endpoint), thisDevice: currentEndpoint !== null && endpoint === currentEndpoint.trim(),
    }));
  }

  /** Which of these accounts have at least one subscribed browser (the dispatcher plans PUSH only for them). */
  async reaches(em: EntityManager, accountIds: string[]): Promise<Set<string>> {
    if (!accountIds.length) return new Set();
    const rows = await query<{ account_id: string }>(em,
      `select distinct account_id from push_subscription where account_id = any(cast(:ids as uuid[]))`, { ids: accountIds });
    return new Set(rows.map((r) => r.account_id));
  }

  async subscriptionsOf(em: EntityManager, accountId: string): Promise<StoredSubscription[]> {
    return query<StoredSubscription>(em, `select id, endpoint, p256dh, auth from push_subscription where account_id = :account order by created_at, id`, { account: accountId });
  }

  async delivered(em: EntityManager, subscriptionId: string, at: Date): Promise<void> {
    await execute(em, `update push_subscription set last_success_at = ? where id = ?`, [at, subscriptionId]);
  }

  /** The push service said the subscription is gone (404/410): it is forgotten. */
  async forget(em: EntityManager, subscriptionId: string): Promise<void> {
    await execute(em, `delete from push_subscription where id = ?`, [subscriptionId]);
  }

  /** RFC 8292 `sub`: who the push service's operators can write to — the address our e-mails come from. */
  get subject(): string {
    const from = this.deps.config.mailFrom;
    const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
    return `mailto:${address}`;
  }

  /**
   * At the server's (or worker's) start: makes sure the key pair exists (the first start makes it)
   * and returns the channel the dispatcher sends PUSH notices through.
   */
  async start(orm: MikroORM, options: { timeoutMs?: number } = {}): Promise<PushChannel> {
    await this.keys(orm.em.fork());
    return new PushChannel({ orm, push: this, logger: this.deps.logger, timeoutMs: options.timeoutMs });
  }
}
