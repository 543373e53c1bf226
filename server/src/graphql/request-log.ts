import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Metrics } from '../http/metrics.js';
import { requestScope, type Logger } from '../logger.js';
import type { Context } from './context.js';

/**
 * The codes the caller was sent, read from the response after the one error mapper
 * (format-error.ts) ran: a BAD_USER_INPUT or NOT_FOUND is logged as what it is, never as an
 * INTERNAL_SERVER_ERROR (the raw resolver errors carry no code of their own).
 */
export function codesSent(response: GraphQLResponse): string[] {
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
  return (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
}

/** An operation sent without a name is named in its call log by its root fields ("upsertUnits"), as the ERP's calls often are. */
function rootFieldsOf(operation: OperationDefinitionNode | undefined): string | null {
  const fields = operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
  return fields.length ? [...new Set(fields)].join(', ') : null;
}

/**
 * One structured log line per GraphQL operation: name, who, how long, and the error codes if any.
 * Expected refusals (bad input, not found, forbidden…) are `info`; only an operation that ended in
 * an unexpected error is logged at `error` (format-error.ts logs the error itself, with its stack).
 */
export function requestLogPlugin(logger: Logger, metrics?: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, response, contextValue: ctx }) {
          const viewer = ctx.viewer.kind === 'account' ? `${ctx.viewer.account.kind}:${ctx.viewer.account.id}` : ctx.viewer.kind === 'token' ? `TOKEN:${ctx.viewer.token.id}` : 'anonymous';
          const errors = codesSent(response);
          const line = {
            operation: operationName ?? '(anonymous)',
            viewer,
            ip: contextValue.ip,
            ms: Math.round(performance.now() - started),
            ...(errors.length ? { errors } : {}),
          };
          const statements = requestScope.getStore()?.statements ?? null;
          if (errors.includes('INTERNAL_SERVER_ERROR')) logger.error({ ...line, statements }, 'graphql');
          else logger.info({ ...line, statements }, 'graphql');
          metrics?.operation(line.operation, errors[0] ?? 'OK', line.ms / 1000, statements);
          // R-SYNC-1: every call made with a token is in its log, for ADMINs to read.
          if (ctx.viewer.kind === 'token') {
            const named = operationName ?? rootFieldsOf(operation) ?? line.operation;
            await ctx.services.apiTokens.recordCall(ctx.em, ctx.viewer.token, { operation: named, outcome: errors[0] ?? ctx.apiOutcome ?? 'OK', rows: ctx.apiRows, ms: line.ms })
              .catch((err: unknown) => logger.error({ err }, 'api call not logged'));
          }
        },
      };
    },
  };
}
