import { query } from '../modules/visibility/sql.js';
import type { TestServer } from './harness.js';

/**
 * Tables that change on purpose while nothing else does: sign-in attempts (R-AUTH-6), sessions'
 * last use, and notices the queue's worker is still sending for earlier calls (a refused call's
 * own notice job rolls back with it: a test of that is in notifications/__tests__).
 */
const MOVING = ['login_attempt', 'session', 'mikro_orm_migrations', 'notification', 'push_subscription'];

/**
 * One hash per table of everything in it, to prove that a refused call wrote nothing:
 * compare the fingerprints taken before and after.
 */
export async function databaseFingerprint(server: TestServer, ignore: string[] = []): Promise<Record<string, string>> {
  const em = server.em().fork();
  let tables = tablesOf.get(server);
  if (!tables) {
    tables = (await query<{ tablename: string }>(em, `select tablename from pg_tables where schemaname = 'public' order by tablename`, {})).map((t) => t.tablename);
    tablesOf.set(server, tables);
  }
  const hashed = tables.filter((t) => !MOVING.includes(t) && !ignore.includes(t));
  // Per table, its row count and the sum of its rows' 64-bit hashes: the same whatever the rows'
  // order, so nothing is sorted. A named prepared statement (query()): planning the union of every
  // table was most of a fingerprint's time, and the hostile-input walk takes about ten thousand.
  const sql = hashed.map((t) => `select '${t}' as t, count(*) || ':' || coalesce(sum(hashtextextended(x::text, 0)), 0) as h from "${t}" x`).join(' union all ');
  const rows = await query<{ t: string; h: string }>(em, sql, {});
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** Each server's tables (the migrations ran before it served: they stay the same). */
const tablesOf = new WeakMap<TestServer, string[]>();

/** The tables whose content differs between two fingerprints. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
