import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Events } from '../../graphql/pubsub.js';
import type { PubSub } from '@graphql-yoga/subscription';
import { AccountKind } from './account.enums.js';
import { Account } from './account.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { columnsAs, plainOf } from '../../db/plain-rows.js';
import { execute, query } from '../visibility/sql.js';
import { hashSecret, newSecret } from './secret-token.js';
import { SessionCache, type StaleSessions } from './session-cache.js';
import { Session, SessionMethod } from './session.entity.js';

/**
 * A session as a request sees it: a plain row (no unit of work behind it), with its portal whole and
 * its account and viewer as `{ id }`. Change a session through the ORM or SQL, never through this.
 */
export type SessionView = Omit<Session, 'portal' | 'account' | 'viewedBy'> & {
  portal: Portal | null;
  account: { id: string };
  viewedBy: { id: string } | null;
};

/** Who a token belongs to: the account (a plain row), the session, and a staff member's development limit (null: none). */
export interface Authenticated {
  account: Account;
  session: SessionView;
  staffDevelopmentIds: string[] | null;
  /** R-AUTH-8: an ADMIN whose company requires two-step verification, not set up yet: only enrolment is open. */
  twoFactorSetupRequired: boolean;
}

export interface SessionOrigin {
  portal: Portal | null;
  hostname: string | null;
  ip: string;
  userAgent: string | null;
}

const TOUCH_EVERY_MS = 5 * 60_000;

/** Server-side sessions: the client holds a random token, the database only its hash. */
export class SessionService {
  private readonly cache: SessionCache;

  constructor(
    private readonly clock: Clock,
    private readonly ttlDays: number,
    private readonly pubsub: PubSub<Events>,
    /** How long an authenticated session is kept in this process (`SESSION_CACHE_MS`); 0: read every time. */
    cacheMs = 0,
  ) {
    this.cache = new SessionCache(cacheMs);
  }

  get ttlSeconds(): number {
    return this.ttlDays * 86_400;
  }

  /** Creates a session in the caller's unit of work; returns the token to hand to the client. */
  start(em: EntityManager, account: Account, method: SessionMethod, origin: SessionOrigin): { token: string; session: Session } {
    const token = newSecret();
    const now = this.clock.now();
    const session = em.create(Session, {
      tokenHash: hashSecret(token),
      account,
      method,
      portal: account.kind === AccountKind.STAFF ? null : origin.portal,
      hostname: origin.hostname,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 500) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlSeconds * 1000),
    });
    em.persist(session);
    return { token, session };
  }

  /**
   * The live session for a token, with its account and portal, as plain rows (db/plain-rows.ts) read
   * by one prepared statement — and, for staff, the developments they are limited to (R-OPS-4) — or
   * null when unknown, revoked, expired or no longer allowed in. Every request starts here.
   */
  async authenticate(em: EntityManager, token: string): Promise<Authenticated | null> {
    const now = this.clock.now();
    const hash = hashSecret(token);
    const kept = this.cache.get(hash);
    if (kept && kept.session.expiresAt > now && !(kept.account.expiresAt && kept.account.kind === AccountKind.STAFF && kept.account.expiresAt <= now)) return kept;
    const [row] = await query<Record<string, unknown> & { staff_developments: string[] | null; two_factor_setup_required: boolean | null }>(
      em,
      `select ${columnsAs(em, Session, 's', 'session')}, ${columnsAs(em, Account, 'a', 'account')}, ${columnsAs(em, Portal, 'p', 'portal')},
              case when a.kind = 'STAFF' then (select array_agg(sd.development_id order by sd.development_id) from staff_development sd where sd.account_id = a.id) end as staff_developments,
              case when a.kind = 'STAFF' and a.staff_role = 'ADMIN' and a.totp_enabled_at is null then (select c.require_admin_two_factor from company c where c.id = a.company_id) end as two_factor_setup_required
         from session s join account a on a.id = s.account_id left join portal p on p.id = s.portal_id
        where s.token_hash = :hash and s.revoked_at is null and s.expires_at > :now`,
      { hash, now },
    );
    if (!row) return null;
    const account = plainOf(em, Account, row, 'account')!;
    if (!account.loginActive) return null;
    if (account.kind === AccountKind.STAFF && account.expiresAt && account.expiresAt <= now) return null;
    const session = Object.assign(plainOf(em, Session, row, 'session')!, { portal: plainOf(em, Portal, row, 'portal') }) as SessionView;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      session.lastSeenAt = now;
      await execute(em, 'update session set last_seen_at = ? where id = ?', [now, session.id]);
    }
    const found = { account, session, staffDevelopmentIds: row.staff_developments, twoFactorSetupRequired: row.two_factor_setup_required === true };
    this.cache.set(hash, found);
    return found;
  }

  /**
   * Sessions whose account or portal changed (or that were revoked) are read again on their next
   * request, in this process at once and in the others through the event bus. Call it after the
   * change has committed.
   */
  changed(stale: StaleSessions): void {
    this.cache.forget(stale);
    this.pubsub.publish('sessions.stale', stale);
  }

  /** What another instance said changed (app.ts listens to the bus). */
  forget(stale: StaleSessions): void {
    this.cache.forget(stale);
  }

  /** Revokes sessions (all of the account's when `only` is not given) and tells their live connections. */
  async revoke(em: EntityManager, account: { id: string }, only?: { id: string }): Promise<string[]> {
    const now = this.clock.now();
    const where = only ? { id: only.id, revokedAt: null } : { account: account.id, revokedAt: null };
    const live = await em.find(Session, where, { fields: ['id'] });
    if (live.length === 0) return [];
    await em.nativeUpdate(Session, { id: { $in: live.map((s) => s.id) } }, { revokedAt: now });
    return live.map((s) => s.id);
  }

  /** Published after the transaction that revoked the sessions has committed. */
  announceRevoked(accountId: string, sessionIds: string[], reason: 'SIGNED_OUT' | 'LOGIN_DEACTIVATED'): void {
    if (sessionIds.length === 0) return;
    this.cache.forget({ sessionIds });
    this.pubsub.publish('sessions.revoked', { accountId, sessionIds, reason });
  }
}
