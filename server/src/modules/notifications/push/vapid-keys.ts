import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, query } from '../../visibility/sql.js';
import { generateVapidKeys, type VapidKeyPair } from './vapid.js';

/**
 * The server's VAPID key pair (RFC 8292), made at the first start and kept in PostgreSQL: every
 * browser subscription is bound to its public key, so every instance must sign with the same one,
 * and it must survive restarts. The table holds one row (`id` is `true`); instances starting
 * together each try to insert their own pair, `on conflict do nothing` keeps the first, and all
 * read back the one that stayed.
 */
export async function loadVapidKeys(em: EntityManager): Promise<VapidKeyPair> {
  const read = () => query<VapidKeyPair>(em, `select public_key as "publicKey", private_key as "privateKey" from web_push_vapid where id`, {});
  const [found] = await read();
  if (found) return found;
  const fresh = generateVapidKeys();
  await execute(em, `insert into web_push_vapid (id, public_key, private_key, created_at) values (true, ?, ?, now()) on conflict (id) do nothing`, [fresh.publicKey, fresh.privateKey]);
  const [kept] = await read();
  return kept!;
}
