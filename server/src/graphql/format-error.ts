import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../domain-errors.js';
import { aboutField, fieldLabel } from '../field-labels.js';
import type { Logger } from '../logger.js';
import { databaseCondition } from './database-errors.js';
import { RateLimitedError } from '../modules/integration/rate-limit.js';
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
    if (original instanceof RateLimitedError) {
      return { message: original.message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: original.retryAfterSeconds } };
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
        message: aboutField(first?.property, 'valor inválido.'),
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
      const { message, field } = translate(formatted.message);
      return { ...formatted, message, extensions: { code, ...(field ? { field } : {}), original: formatted.message } };
    }
    if (error instanceof GraphQLError && !error.originalError && !error.path) {
      // Errors raised by graphql-js itself before execution (e.g. bad variables over WebSocket).
      const { message, field } = translate(formatted.message);
      return { ...formatted, message, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), original: formatted.message } };
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

/**
 * GraphQL's own messages, in Portuguese. A bad variable names its field by its label
 * (field-labels.ts) and gives its path in `field`, as the input guard does (the fields of `input`
 * alone: `email`, `developmentIds.0`); names the caller typed that the schema lacks stay as typed.
 */
function translate(message: string): { message: string; field?: string } {
  const variable = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([A-Z][\s\S]*)$/.exec(message);
  if (variable) return translateVariable(variable[2] ?? variable[1]!, variable[3]!);
  const missing = /^Variable "\$(\w+)" of required type "(.+)" was not provided\.$/.exec(message);
  if (missing) return { message: required(missing[1]!), field: missing[1] };
  const unknownField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(message);
  if (unknownField) return { message: `O campo "${unknownField[1]}" não existe em "${unknownField[2]}".` };
  if (message.startsWith('Syntax Error')) return { message: `Consulta GraphQL inválida: ${message}` };
  if (message === 'Maximum introspection depth exceeded') {
    return { message: 'A introspecção aninha listas demais (fields, inputFields, interfaces, possibleTypes): use a consulta de introspecção padrão.' };
  }
  return { message: `Requisição inválida: ${message}` };
}

/** `input.developmentIds[0]` → `developmentIds.0`; another variable keeps its name (`filter.open`). */
function fieldPath(path: string): string {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  return (parts[0] === 'input' && parts.length > 1 ? parts.slice(1) : parts).join('.');
}

const required = (field: string) => {
  const label = fieldLabel(field);
  return label ? `O campo "${label}" é obrigatório.` : 'Falta um campo obrigatório.';
};

function translateVariable(path: string, detail: string): { message: string; field?: string } {
  const at = fieldPath(path);
  const within = (name: string) => (at === 'input' ? name : `${at}.${name}`);
  const notProvided = /^Field "(\w+)" of required type "(.+)" was not provided\.$/.exec(detail);
  if (notProvided) return { message: required(within(notProvided[1]!)), field: within(notProvided[1]!) };
  if (/^Expected non-nullable type "(.+)" not to be null\.$/.test(detail)) return { message: required(at), field: at };
  const unknown = /^Field "(\w+)" is not defined by type "(\w+)"\./.exec(detail);
  if (unknown) return { message: `O campo "${unknown[1]}" não existe.`, field: within(unknown[1]!) };
  const option = /^Value "(.*)" does not exist in "(\w+)" enum\./.exec(detail);
  if (option) return { message: aboutField(at, `o valor "${option[1]}" não é uma das opções.`), field: at };
  const scalar = /^(\w+) cannot represent/.exec(detail)?.[1];
  const what = scalar === 'Int' ? 'informe um número inteiro.'
    : scalar === 'Float' ? 'informe um número.'
    : scalar === 'Boolean' ? 'informe sim ou não (true ou false).'
    : scalar === 'String' ? (/non string value: -?\d/.test(detail) ? 'informe um texto, entre aspas (um valor em reais também vai como texto: "1234.56").' : 'informe um texto.')
    : scalar === 'ID' ? 'identificador em formato inválido.'
    : 'valor em formato inválido.';
  return { message: aboutField(at, what), field: at };
}
