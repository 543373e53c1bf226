import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { QueryLimitsConfig } from '../../config.js';
import { maxAliasesRule } from './aliases.js';
import { checkCost } from './cost.js';
import { maxDepthRule } from './depth.js';
import { parseWithinTokens } from './tokens.js';

/**
 * The query limits, for everyone (apps, staff, API clients), on both transports, all answered
 * before execution: tokens while parsing, depth and aliases while validating, the cost once the
 * operation and its variables are known.
 */
export function limitRules(limits: QueryLimitsConfig): ValidationRule[] {
  return [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)];
}

/** Apollo (HTTP): `parseOptions` and `validationRules` for its constructor, plus the cost plugin. */
export function apolloLimits(limits: QueryLimitsConfig) {
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const refusal = checkCost({ schema, document, variables: request.variables, operationName }, limits.maxCost);
          if (refusal) throw refusal;
        },
      };
    },
  };
  return { parseOptions: { maxTokens: limits.maxTokens }, validationRules: limitRules(limits), plugin: costPlugin };
}

export interface OperationPayload {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * graphql-ws (`onSubscribe`): parses, validates and prices the operation the same way;
 * answers the execution arguments, or the errors to send instead.
 */
export function prepareOperation(schema: GraphQLSchema, limits: QueryLimitsConfig, payload: OperationPayload): ExecutionArgs | readonly GraphQLError[] {
  let document;
  try {
    document = parseWithinTokens(payload.query, limits.maxTokens);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(limits)]);
  if (errors.length) return errors;
  const { variables, operationName } = payload;
  const refusal = checkCost({ schema, document, variables, operationName }, limits.maxCost);
  if (refusal) return [refusal];
  return { schema, document, variableValues: variables, operationName };
}
