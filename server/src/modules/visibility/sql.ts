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

/** How a statement's parameters are written: `?` for the ORM's connection, `$n` for plain `pg`. */
export type Placeholders = 'orm' | 'pg';

interface Compiled {
  text: string;
  /** The parameter behind each placeholder, in order. */
  names: string[];
  /** Its prepared statement's name: the same text is planned once per connection and its plan reused. */
  name: string;
}

/** Statements are few and reused on every request: each is compiled (and named) once. */
const compiled = new Map<string, Compiled>();
const KEPT_STATEMENTS = 2_000;

function compiledOf(sql: string, style: Placeholders): Compiled {
  const key = style + sql;
  let found = compiled.get(key);
  if (!found) {
    const names: string[] = [];
    const text = sql.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (_, name: string) => {
      names.push(name);
      return style === 'pg' ? `$${names.length}` : '?';
    });
    found = { text, names, name: `rule_${createHash('md5').update(text).digest('hex').slice(0, 20)}` };
    if (compiled.size >= KEPT_STATEMENTS) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, found);
  }
  return found;
}

/**
 * A PostgreSQL array literal of text items (a null item is NULL). Built in one pass, escaping only
 * items that need it: an ERP batch sends arrays of 5,000 values per column.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  let text = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i) text += ',';
    if (value === null || value === undefined) text += 'NULL';
    else {
      const item = String(value);
      text += item.includes('"') || item.includes('\\') ? `"${item.replace(/["\\]/g, '\\$&')}"` : `"${item}"`;
    }
  }
  return `${text}}`;
}

/**
 * Turns SQL written with named parameters (`:name`) into positional SQL (`?` for the ORM's
 * connection, `$n` for plain `pg`) and its values. Arrays become PostgreSQL array literals, so
 * write `any(cast(:ids as uuid[]))`; a null item is NULL. (`::` casts are left alone.)
 */
export function compile(sql: string, params: Params, style: Placeholders = 'orm'): { text: string; values: unknown[]; name: string } {
  const { text, names, name } = compiledOf(sql, style);
  const values = names.map((n) => {
    if (!(n in params)) throw new Error(`missing SQL parameter :${n}`);
    const value = params[n];
    return Array.isArray(value) ? arrayLiteral(value) : value;
  });
  return { text, values, name };
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

/**
 * `work` with these planner settings, local to the transaction, then the defaults again. (When
 * `work` fails, its transaction or savepoint rolls back, and with it the settings.)
 */
export async function withSettings<T>(em: EntityManager, settings: Record<string, string>, work: () => Promise<T>): Promise<T> {
  for (const [name, value] of Object.entries(settings)) await execute(em, `set local ${name} = '${value}'`);
  const result = await work();
  for (const name of Object.keys(settings)) await execute(em, `set local ${name} to default`);
  return result;
}

export interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** SQL with named parameters as a named prepared statement on a plain `pg` client or pool (the live fan-out's own pool). */
export async function queryOn<T>(client: PgClient, sql: string, params: Params): Promise<T[]> {
  const { text, values, name } = compile(sql, params, 'pg');
  return (await client.query({ name, text, values })).rows as T[];
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
  const { text, values, name } = compile(sql, params, 'pg');
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
