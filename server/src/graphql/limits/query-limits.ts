import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
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

/** How many distinct documents a server keeps parsed and validated for WebSocket operations. */
const KEPT_DOCUMENTS = 500;

/**
 * graphql-ws (`onSubscribe`): parses, validates and prices the operation the same way; answers the
 * execution arguments, or the errors to send instead. A document is parsed and validated once and
 * then shared by every operation that sends the same text (thousands of live subscriptions hold one
 * parsed document, not one each); its cost is checked every time, since it depends on the variables.
 */
export function operationPreparer(schema: GraphQLSchema, limits: QueryLimitsConfig) {
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const parsed = (query: string): DocumentNode | readonly GraphQLError[] => {
    const known = documents.get(query);
    if (known) return known;
    let result: DocumentNode | readonly GraphQLError[];
    try {
      const document = parseWithinTokens(query, limits.maxTokens);
      const errors = validate(schema, document, [...specifiedRules, ...limitRules(limits)]);
      result = errors.length ? errors : document;
    } catch (error) {
      result = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    if (documents.size >= KEPT_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(query, result);
    return result;
  };
  return (payload: OperationPayload): ExecutionArgs | readonly GraphQLError[] => {
    const document = parsed(payload.query);
    if (Array.isArray(document)) return document;
    const { variables, operationName } = payload;
    const refusal = checkCost({ schema, document: document as DocumentNode, variables, operationName }, limits.maxCost);
    if (refusal) return [refusal];
    return { schema, document: document as DocumentNode, variableValues: variables, operationName };
  };
}
