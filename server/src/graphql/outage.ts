import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { databaseCondition } from './database-errors.js';
import type { Context } from './context.js';

/**
 * Issue 15: an outage is answered as an outage — HTTP 503 with `Retry-After` and the code
 * SERVICE_UNAVAILABLE — whether it struck while the request was being authenticated (the context)
 * or inside a resolver; never INTERNAL_SERVER_ERROR, which means a bug.
 */
export function outagePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          const outage = errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && typeof e.extensions.retryAfterSeconds === 'number');
          if (!outage) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(outage.extensions!.retryAfterSeconds));
        },
      };
    },
  };
}

/** The context's own database reads (the session) failing for an outage: a 503 for Apollo to send, with the same words (and log line) as a resolver's. */
export function contextOutage(error: unknown, logger: Logger): unknown {
  const condition = databaseCondition(error, logger);
  if (!condition || condition.code !== 'SERVICE_UNAVAILABLE') return error;
  const seconds = String(condition.details.retryAfterSeconds ?? 2);
  return new GraphQLError(condition.message, {
    originalError: condition,
    extensions: { code: condition.code, ...condition.details, http: { status: 503, headers: new Map([['retry-after', seconds]]) } },
  });
}
