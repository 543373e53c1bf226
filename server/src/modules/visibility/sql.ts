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
 * Runs SQL written with named parameters (`:name`). Arrays become PostgreSQL array literals,
 * so write `any(cast(:ids as uuid[]))`. (`::` casts are left alone.)
 */
export async function query<T>(em: EntityManager, sql: string, params: Params): Promise<T[]> {
  const values: unknown[] = [];
  const text = sql.replace(/(?<![:\w]):([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing SQL parameter :${name}`);
    const value = params[name];
    values.push(Array.isArray(value) ? `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}` : value);
    return '?';
  });
  return em.getConnection().execute<T[]>(text, values);
}
