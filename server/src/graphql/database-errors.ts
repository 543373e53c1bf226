import { DomainError } from '../domain-errors.js';
import type { Logger } from '../logger.js';

/** The database could not serve the request in time (pool exhausted): an outage, not a bug. */
export class ServiceBusyError extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'O sistema está sobrecarregado neste momento. Nada foi alterado: tente novamente em alguns segundos.', { retryAfterSeconds: 5 });
  }
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
