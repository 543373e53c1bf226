import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { queryLimitOf } from './limits/query-limit-error.js';

/** One structured log line per GraphQL operation: name, who, how long, and the error codes if any. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const viewer = ctx.viewer.kind === 'account' ? `${ctx.viewer.account.kind}:${ctx.viewer.account.id}` : 'anonymous';
          logger.info({
            operation: operationName ?? '(anonymous)',
            viewer,
            ip: contextValue.ip,
            ms: Math.round(performance.now() - started),
            ...(errors?.length ? { errors: errors.map((e) => queryLimitOf(e)?.code ?? (e.extensions?.code as string) ?? 'INTERNAL_SERVER_ERROR') } : {}),
          }, 'graphql');
        },
      };
    },
  };
}
