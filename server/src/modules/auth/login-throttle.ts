import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { ThrottleConfig } from '../../config.js';
import { TooManyAttemptsError } from './auth.errors.js';
import { newId } from '../../db/ids.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { execute } from '../visibility/sql.js';

/**
 * R-AUTH-6: failed sign-ins are counted per account (the login typed, since the last success)
 * and per address, over a sliding window kept in PostgreSQL so every server instance agrees.
 */
export class LoginThrottle {
  constructor(private readonly config: ThrottleConfig, private readonly clock: Clock) {}

  /** Throws TOO_MANY_ATTEMPTS while either counter is at its limit. */
  async check(em: EntityManager, identifier: string, ip: string): Promise<void> {
    const now = this.clock.now();
    const windowMs = this.config.windowMinutes * 60_000;
    const since = new Date(now.getTime() - windowMs);
    const [row] = await execute<{ account_failures: number; account_oldest: Date | null; address_failures: number; address_oldest: Date | null }>(
      em,
      `with account_window as (
         select greatest(?::timestamptz, coalesce(max(s.at), '-infinity')) as since
           from login_attempt s where s.identifier = ? and s.success
       )
       select (select count(*)::int from login_attempt f, account_window w
                where f.identifier = ? and not f.success and f.at > w.since) as account_failures,
              (select min(f.at) from login_attempt f, account_window w
                where f.identifier = ? and not f.success and f.at > w.since) as account_oldest,
              (select count(*)::int from login_attempt f where f.ip = ? and not f.success and f.at > ?) as address_failures,
              (select min(f.at) from login_attempt f where f.ip = ? and not f.success and f.at > ?) as address_oldest`,
      [since, identifier, identifier, identifier, ip, since, ip, since],
    );
    const retryAfter = (oldest: Date | null) =>
      oldest ? Math.max(1, Math.ceil((new Date(oldest).getTime() + windowMs - now.getTime()) / 1000)) : 60;
    if (row && row.account_failures >= this.config.maxFailuresPerAccount) throw new TooManyAttemptsError(retryAfter(row.account_oldest));
    if (row && row.address_failures >= this.config.maxFailuresPerAddress) throw new TooManyAttemptsError(retryAfter(row.address_oldest));
  }

  /** Recorded outside the sign-in transaction: a failure must count even though the sign-in fails. */
  async record(em: EntityManager, identifier: string, ip: string, success: boolean): Promise<void> {
    await em.insert(LoginAttempt, { id: newId(), identifier, ip, success, at: this.clock.now() });
  }
}
