import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/harness.js';
import { World } from '../../../../test/world.js';
import { execute, query } from '../../../visibility/sql.js';
import { loadVapidKeys } from '../vapid-keys.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const stored = () => query<{ public_key: string }>(server.em(), `select public_key from web_push_vapid`, {});

async function publicKeyFrom(instance: TestServer, world: World): Promise<string> {
  const ana = await world.customer();
  const client = await ana.client();
  // The same customer, through the other instance.
  const other = instance.client({ app: 'client', headers: client.options.headers });
  for (const [name, value] of client.cookies) other.cookies.set(name, value);
  return (await other.ok(`{ webPushPublicKey }`)).webPushPublicKey;
}

describe('R-NOTIFY-2: the VAPID key pair lives in PostgreSQL, one for every instance', () => {
  it('R-NOTIFY-2: made at the first start; a second instance and a restart on the same database sign with the same public key', async () => {
    const [made] = await stored();
    expect(made?.public_key).toMatch(/^[\w-]{87}$/);
    const world = await World.create(server);
    const first = await publicKeyFrom(server, world);
    expect(first).toBe(made!.public_key);

    const second = await startTestServer({ databaseUrl: server.config.databaseUrl });
    try {
      expect(await publicKeyFrom(second, world)).toBe(first);
    } finally {
      await second.stop();
    }
    const restarted = await startTestServer({ databaseUrl: server.config.databaseUrl });
    try {
      expect(await publicKeyFrom(restarted, world)).toBe(first);
    } finally {
      await restarted.stop();
    }
    expect(await stored()).toHaveLength(1);
  });

  it('instances starting together on an empty table all end up with the one pair that was stored', async () => {
    const em = server.em();
    const [before] = await query<{ public_key: string; private_key: string; created_at: Date }>(em, `select * from web_push_vapid`, {});
    await execute(em, `delete from web_push_vapid`);
    try {
      const pairs = await Promise.all(Array.from({ length: 6 }, () => loadVapidKeys(server.em())));
      expect(new Set(pairs.map((p) => `${p.publicKey}/${p.privateKey}`)).size).toBe(1);
      expect(await stored()).toEqual([{ public_key: pairs[0]!.publicKey }]);
      await expect(execute(em, `insert into web_push_vapid (id, public_key, private_key, created_at) values (false, 'x', 'y', now())`)).rejects.toThrow(/web_push_vapid_one_row/);
    } finally {
      await execute(em, `delete from web_push_vapid`);
      await execute(em, `insert into web_push_vapid (id, public_key, private_key, created_at) values (true, ?, ?, ?)`, [before!.public_key, before!.private_key, before!.created_at]);
    }
  });
});
