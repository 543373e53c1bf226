import type pg from 'pg';

/**
 * Sessions `${prefix}1` … `${prefix}${count}` in one statement: a session row stores only the
 * SHA-256 (hex) of its token, so PostgreSQL hashes the same text the clients will send.
 * `account` is SQL over `n` (the session's number) naming its account id; `portalId` is null for staff.
 */
export async function seedSessions(client: pg.Client, prefix: string, count: number, account: (n: string) => string, portalId: string | null): Promise<string[]> {
  await client.query(
    `insert into session (id, token_hash, account_id, method, portal_id, created_at, last_seen_at, expires_at)
     select gen_random_uuid(), encode(sha256(convert_to($1 || n, 'UTF8')), 'hex'), ${account('n')}, 'PASSWORD', $2, now(), now(), now() + interval '1 day'
       from generate_series(1, ${count}) n`,
    [prefix, portalId],
  );
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}
