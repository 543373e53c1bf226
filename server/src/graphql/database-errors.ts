import { DomainError } from '../domain-errors.js';
import type { Logger } from '../logger.js';

/** The database could not serve the request in time (pool exhausted): an outage, not a bug. */
export class ServiceBusyError extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'O sistema está sobrecarregado neste momento. Nada foi alterado: tente novamente em alguns segundos.', { retryAfterSeconds: 5 });
  }
}

/** PostgreSQL cannot be reached, or dropped the connection (a restart, a failover): an outage, not a bug (issue 15). */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'O sistema está momentaneamente fora do ar e reconectando. Se você estava salvando algo, confira se foi salvo antes de repetir; tente de novo em alguns segundos.', { retryAfterSeconds: 2 });
  }
}

/** SQLSTATEs of a lost or refused connection: class 08 (connection exception), 57P01–57P03 (shutdown, crash, starting up), 53300 (too many connections). */
const OUTAGE_STATES = /^(08...|57P0[123]|53300)$/;
/** What node and pg say when the socket itself failed. */
const OUTAGE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// knex's "Transaction query already complete": the transaction's connection died under it (it is never reused after commit here).
const OUTAGE_MESSAGES = /Connection terminated|Transaction query already complete|terminating connection|Client has encountered a connection error|connection is closed|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/** True when `error` says the database is unreachable or the connection was lost (looking through the ORM's and knex's wrappers). */
export function isDatabaseOutage(error: unknown): boolean {
  for (let e = error as { code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; previous?: unknown; errors?: unknown } | null, depth = 0; e && depth < 5; depth++) {
    const code = typeof e.code === 'string' ? e.code : typeof e.sqlState === 'string' ? e.sqlState : '';
    if (OUTAGE_STATES.test(code) || OUTAGE_ERRNOS.has(code)) return true;
    if (typeof e.message === 'string' && OUTAGE_MESSAGES.test(e.message)) return true;
    // AggregateError (node's connect to several addresses) carries the real causes in `errors`.
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseOutage(inner))) return true;
    e = (e.cause ?? e.previous ?? null) as typeof e;
  }
  return false;
}

/**
 * What PostgreSQL (or the pool in front of it) answered, in words for the person: the conditions
 * a correct program still meets under concurrency or load. Null for anything else (a bug).
 */
export function databaseCondition(error: unknown, logger: Logger): DomainError | null {
  const err = error as { code?: string; sqlState?: string; name?: string; message?: string } | null;
  if (!err) return null;
  if (err.name === 'KnexTimeoutError' || /Timeout acquiring a connection/.test(err.message ?? '')) {
    logger.warn({ err: err.message }, 'database pool exhausted: a request waited too long for a connection');
    return new ServiceBusyError();
  }
  if (isDatabaseOutage(err)) {
    logger.warn({ err: err.message, code: err.code }, 'database unavailable');
    return new DatabaseUnavailableError();
  }
  switch (err.code ?? err.sqlState) {
    case '23505':
      return new DomainError('CONFLICT', 'Já existe um registro com estes dados (talvez criado agora mesmo por outra pessoa). Atualize a tela e confira.');
    case '40P01':
    case '40001':
      return new DomainError('CONFLICT', 'Outra alteração foi feita ao mesmo tempo. Nada foi perdido: atualize a tela e tente de novo.');
    case '22P02':
      return new DomainError('BAD_USER_INPUT', 'Identificador ou valor em formato inválido.');
    default:
      return null;
  }
}
