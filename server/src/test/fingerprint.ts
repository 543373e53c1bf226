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
  const connection = server.em().getConnection();
  const tables = (await connection.execute<{ tablename: string }[]>(`select tablename from pg_tables where schemaname = 'public' order by tablename`))
    .map((t) => t.tablename)
    .filter((t) => !MOVING.includes(t) && !ignore.includes(t));
  const sql = tables.map((t) => `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`).join(' union all ');
  const rows = await connection.execute<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** The tables whose content differs between two fingerprints. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
