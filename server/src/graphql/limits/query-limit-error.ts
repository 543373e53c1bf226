import { GraphQLError } from 'graphql';

export type QueryLimitCode = 'QUERY_TOO_LARGE' | 'QUERY_TOO_DEEP' | 'QUERY_TOO_MANY_ALIASES' | 'QUERY_TOO_COMPLEX';

/**
 * An operation refused before execution because it is over one of the query limits.
 * `limit` and `actual` go to the client in `extensions`, so an API client can adapt; Apollo
 * answers it with HTTP 400 (`extensions.http`, dropped by the error mapper).
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: QueryLimitCode,
    message: string,
    readonly limit: number,
    readonly actual?: number,
  ) {
    super(message, { extensions: { code, limit, actual, http: { status: 400 } } });
    this.name = 'QueryLimitError';
  }
}

export const tooLarge = (limit: number) =>
  new QueryLimitError('QUERY_TOO_LARGE', `A consulta é grande demais: o máximo é ${limit} tokens (nomes, símbolos e valores). Divida-a em consultas menores.`, limit);

export const tooDeep = (limit: number, actual: number) =>
  new QueryLimitError('QUERY_TOO_DEEP', `A consulta tem ${actual} níveis de campos aninhados; o máximo é ${limit}. Peça menos níveis de uma vez e busque o resto numa segunda consulta, pelo id.`, limit, actual);

export const tooManyAliases = (limit: number, actual: number) =>
  new QueryLimitError('QUERY_TOO_MANY_ALIASES', `A consulta usa ${actual} apelidos (aliases); o máximo é ${limit}. Divida-a em consultas menores.`, limit, actual);

/** `actual` is Infinity when the document had too many selections to count. */
export const tooComplex = (limit: number, actual: number) =>
  new QueryLimitError(
    'QUERY_TOO_COMPLEX',
    `A consulta custaria ${Number.isFinite(actual) ? actual : `mais de ${limit}`} pontos; o máximo é ${limit}. Peça menos itens por página (first), menos listas dentro de listas ou menos campos, e busque o resto por páginas.`,
    limit, Number.isFinite(actual) ? actual : undefined,
  );

// graphql 16 says "more that", 17 "more than".
const TOKENS_ABORTED = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * The query limit an error reports, however it arrives: itself, wrapped by Apollo
 * (GRAPHQL_VALIDATION_FAILED keeps it as `originalError`), or the parser's `maxTokens` abort.
 */
export function queryLimitOf(error: unknown): QueryLimitError | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof QueryLimitError) return original;
  const tokens = original instanceof GraphQLError ? TOKENS_ABORTED.exec(original.message) : null;
  return tokens ? tooLarge(Number(tokens[1])) : null;
}
