import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Context } from '../../graphql/context.js';
import { knownCost } from '../../graphql/limits/cost.js';

/** R-SYNC-1: a token past its minute's budget; `retryAfterSeconds` says when it may call again (HTTP 429, Retry-After). */
export class RateLimitedError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number, what: string) {
    super(`Limite de ${what} por minuto deste token atingido: tente de novo em ${retryAfterSeconds} s.`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
    this.name = 'RateLimitedError';
  }
}

export interface TokenLimits {
  requestsPerMinute: number;
  costPerMinute: number;
}

/**
 * Per token, two budgets a minute — requests, and cost points (graphql/limits/cost.ts) — kept in
 * Redis when the instances share one (`REDIS_URL`), in memory otherwise. Checked once the operation
 * is known, before any resolver runs.
 */
export function tokenRateLimits(limits: TokenLimits, redis: Redis | null): ApolloServerPlugin<Context> {
  // With Redis unreachable, each instance counts on its own meanwhile (insuranceLimiter), never refusing for that.
  const make = (keyPrefix: string, points: number): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: 60, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }) })
      : new RateLimiterMemory({ keyPrefix, points, duration: 60 });
  const requests = make('habite-token-requests', limits.requestsPerMinute);
  const cost = make('habite-token-cost', limits.costPerMinute);
  const take = async (limiter: RateLimiterAbstract, key: string, points: number, what: string) => {
    try {
      await limiter.consume(key, points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new RateLimitedError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), what);
    }
  };
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer.kind !== 'token') return;
      const { token } = contextValue.viewer;
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          await take(requests, token.id, 1, 'chamadas');
          const points = Math.max(1, Math.min(knownCost({ schema, document, variables: request.variables, operationName }), limits.costPerMinute));
          await take(cost, token.id, points, 'pontos de custo');
        },
      };
    },
  };
}
