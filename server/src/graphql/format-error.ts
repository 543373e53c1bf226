import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../domain-errors.js';
import type { Logger } from '../logger.js';
import { databaseCondition } from './database-errors.js';
import { queryLimitOf } from './limits/query-limit-error.js';

const UNEXPECTED = 'Ocorreu um erro inesperado. Tente novamente em instantes.';

export interface ErrorFormatterOptions {
  /** The database's statement timeout, named in QUERY_TIMEOUT's message. */
  statementTimeoutMs?: number;
  /** Production: no "Did you mean …?" naming fields, arguments or types the caller did not type. */
  hideSuggestions?: boolean;
}

/**
 * The one mapper from whatever a resolver threw to what the client sees:
 * domain errors keep their code, message and details; query limits say which limit and
 * its value; GraphQL's own validation errors keep theirs (in Portuguese where we can);
 * anything else is logged and becomes INTERNAL_SERVER_ERROR with no detail leaked.
 */
export function createErrorFormatter(logger: Logger, options: ErrorFormatterOptions = {}) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // Apollo wraps validation refusals (GRAPHQL_VALIDATION_FAILED) and parser aborts
    // (GRAPHQL_PARSE_FAILED); the limit's own code is what the client must see.
    const limit = queryLimitOf(original);
    if (limit) {
      return { message: limit.message, extensions: { code: limit.code, limit: limit.limit, ...(limit.actual === undefined ? {} : { actual: limit.actual }) } };
    }
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const first = original.extensions.validationErrors?.[0] as { property?: string } | undefined;
      return {
        message: `Valor inválido${first?.property ? ` no campo ${first.property}` : ''}.`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: first?.property },
      };
    }
    // PostgreSQL refused a value's syntax (an id that is not a UUID), two writes met, the pool is exhausted…
    const condition = databaseCondition(original, logger);
    if (condition) {
      return { message: condition.message, locations: formatted.locations, path: formatted.path, extensions: { code: condition.code, ...condition.details } };
    }
    // PostgreSQL cancelled a statement that ran past `statement_timeout` (DB_STATEMENT_TIMEOUT_MS).
    if ((original as { code?: string } | null)?.code === '57014') {
      logger.warn({ err: original, path: formatted.path }, 'statement timeout');
      const seconds = options.statementTimeoutMs ? ` de ${(options.statementTimeoutMs / 1000).toLocaleString('pt-BR')} s` : '';
      return {
        message: `A consulta demorou mais que o limite${seconds} e foi interrompida. Tente de novo com filtros mais específicos ou menos itens por página.`,
        locations: formatted.locations, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    const code = formatted.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT'
      || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE' || code === 'BAD_REQUEST') {
      return { ...formatted, message: translate(formatted.message), extensions: { code, original: formatted.message } };
    }
    if (error instanceof GraphQLError && !error.originalError && !error.path) {
      // Errors raised by graphql-js itself before execution (e.g. bad variables over WebSocket).
      return { ...formatted, message: translate(formatted.message), extensions: { code: 'BAD_USER_INPUT', original: formatted.message } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: UNEXPECTED, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
  return options.hideSuggestions ? (formatted: GraphQLFormattedError, error: unknown) => withoutSuggestions(format(formatted, error)) : format;
}

/** graphql's suggestions ("Did you mean "x"?") tell a stranger the schema's names: removed in production. */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const strip = (text: string) => text.replace(/ ?Did you mean .+\?$/s, '');
  const original = formatted.extensions?.original;
  return {
    ...formatted,
    message: strip(formatted.message),
    ...(typeof original === 'string' ? { extensions: { ...formatted.extensions, original: strip(original) } } : {}),
  };
}

/** GraphQL's own messages, in Portuguese, keeping the names they quote (field, argument, type). */
function translate(message: string): string {
  const variable = /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s.exec(message);
  if (variable) return `Valor inválido para "${variable[1]}": ${translateDetail(variable[2] ?? '')}`;
  const missing = /^Variable "\$(\w+)" of required type "(.+)" was not provided\.$/.exec(message);
  if (missing) return `O campo "${missing[1]}" é obrigatório.`;
  const unknownField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message);
  if (unknownField) return `O campo "${unknownField[1]}" não existe em "${unknownField[2]}".`;
  if (message.startsWith('Syntax Error')) return `Consulta GraphQL inválida: ${message}`;
  if (message === 'Maximum introspection depth exceeded') {
    return 'A introspecção aninha listas demais (fields, inputFields, interfaces, possibleTypes): use a consulta de introspecção padrão.';
  }
  return `Requisição inválida: ${message}`;
}

function translateDetail(detail: string): string {
  const required = /Field "(\w+)" of required type "(.+)" was not provided\./.exec(detail);
  if (required) return `o campo "${required[1]}" é obrigatório.`;
  const unknown = /Field "(\w+)" is not defined by type "(\w+)"\./.exec(detail);
  if (unknown) return `o campo "${unknown[1]}" não existe.`;
  return detail;
}
