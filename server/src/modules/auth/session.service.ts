import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Events } from '../../graphql/pubsub.js';
import type { PubSub } from '@graphql-yoga/subscription';
import type { Portal } from '../portal/portal.entity.js';
import { AccountKind } from './account.enums.js';
import type { Account } from './account.entity.js';
import { hashSecret, newSecret } from './secret-token.js';
import { Session, SessionMethod } from './session.entity.js';

export interface SessionOrigin {
  portal: Portal | null;
  hostname: string | null;
  ip: string;
  userAgent: string | null;
}

const TOUCH_EVERY_MS = 5 * 60_000;

/** Server-side sessions: the client holds a random token, the database only its hash. */
export class SessionService {
  constructor(
    private readonly clock: Clock,
    private readonly ttlDays: number,
    private readonly pubsub: PubSub<Events>,
  ) {}

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

  /** The live session for a token, with its account and portal; null when unknown, revoked, expired or no longer allowed in. */
  async authenticate(em: EntityManager, token: string): Promise<Session | null> {
    const now = this.clock.now();
    const session = await em.findOne(
      Session,
      { tokenHash: hashSecret(token), revokedAt: null, expiresAt: { $gt: now } },
      { populate: ['account', 'portal'] },
    );
    if (!session) return null;
    const { account } = session;
    if (!account.loginActive) return null;
    if (account.kind === AccountKind.STAFF && account.expiresAt && account.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      session.lastSeenAt = now;
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    return session;
  }

  /** Revokes sessions (all of the account's when `only` is not given) and tells their live connections. */
  async revoke(em: EntityManager, account: Account, only?: Session): Promise<string[]> {
    const now = this.clock.now();
    const where = only ? { id: only.id, revokedAt: null } : { account: account.id, revokedAt: null };
    const live = await em.find(Session, where, { fields: ['id'] });
    if (live.length === 0) return [];
    await em.nativeUpdate(Session, { id: { $in: live.map((s) => s.id) } }, { revokedAt: now });
    return live.map((s) => s.id);
  }

  /** Published after the transaction that revoked the sessions has committed. */
  announceRevoked(accountId: string, sessionIds: string[], reason: 'SIGNED_OUT' | 'LOGIN_DEACTIVATED'): void {
    if (sessionIds.length > 0) this.pubsub.publish('sessions.revoked', { accountId, sessionIds, reason });
  }
}
