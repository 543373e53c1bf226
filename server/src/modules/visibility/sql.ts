import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Rule, ViewerScope } from './rule.js';

export type Params = Record<string, unknown>;

/** Every rule's condition, AND-ed: the filter of a list query. */
export const allOf = (rules: readonly Rule<unknown>[]) => rules.map((r) => `(${r.sql})`).join('\n and ');

export const scopeParams = (scope: ViewerScope): Params => ({
  account: scope.accountId,
  customer: scope.customerId,
  syndic: scope.syndicId,
  portal: scope.portalId,
  hostname: scope.hostname,
  now: scope.now,
});

/**
 * Turns SQL written with named parameters (`:name`) into positional SQL: `?` for the ORM's
 * connection, `$n` for plain `pg`. Arrays become PostgreSQL array literals, so write
 * `any(cast(:ids as uuid[]))`; a null item is NULL. (`::` casts are left alone.)
 */
export function compile(sql: string, params: Params, placeholder: (n: number) => string = () => '?'): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const text = sql.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing SQL parameter :${name}`);
    const value = params[name];
    values.push(Array.isArray(value) ? `{${value.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}` : value);
    return placeholder(values.length);
  });
  return { text, values };
}

/**
 * Runs SQL with positional `?` parameters on the EntityManager's own connection: inside a
 * transaction, in that transaction. (MikroORM's `connection.execute` runs on a fresh pool
 * connection unless it is handed the transaction context — which both reads outside the
 * transaction and, holding one connection while waiting for another, can starve the pool.)
 * Every raw statement in Habite goes through here or `query`.
 */
export function execute<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

export interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** The name of a prepared statement: the same text is planned once per connection and its plan reused. */
export const statementName = (text: string) => `rule_${createHash('md5').update(text).digest('hex').slice(0, 20)}`;

/** SQL with named parameters as a named prepared statement on a plain `pg` client or pool (the live fan-out's own pool). */
export async function queryOn<T>(client: PgClient, sql: string, params: Params): Promise<T[]> {
  const { text, values } = compile(sql, params, (n) => `$${n}`);
  return (await client.query({ name: statementName(text), text, values })).rows as T[];
}

/**
 * Runs SQL with named parameters through the request's EntityManager. Outside a transaction it
 * runs as a named prepared statement on a pooled connection: the rule queries are long, and
 * planning them on every request cost more than running them (see `npm run bench`).
 */
export async function query<T>(em: EntityManager, sql: string, params: Params): Promise<T[]> {
  const connection = em.getConnection();
  if (em.isInTransaction()) {
    const { text, values } = compile(sql, params);
    return execute<T>(em, text, values);
  }
  const { text, values } = compile(sql, params, (n) => `$${n}`);
  const name = statementName(text);
  const knex = connection.getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    // Logged like every ORM statement, so statement counts stay honest.
    (connection as unknown as { logQuery(query: string): void }).logQuery(text);
    return (await client.query({ name, text, values })).rows as T[];
  } finally {
    await knex.client.releaseConnection(client);
  }
}
