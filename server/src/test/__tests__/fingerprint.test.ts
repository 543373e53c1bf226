import { afterAll, beforeAll, expect, it } from 'vitest';
import { execute } from '../../modules/visibility/sql.js';
import { changedTables, databaseFingerprint } from '../fingerprint.js';
import { startTestServer, type TestServer } from '../harness.js';
import { World } from '../world.js';

// The walks that prove "a refused call wrote nothing" (hostile input, staff scope, token scope) rest on this.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

it('databaseFingerprint sees a row changed, added or removed, in the table it is in; nothing when nothing changed', async () => {
  const world = await World.create(server);
  const ana = await world.customer({ name: 'Ana Digital' });
  const em = server.em().fork();
  const step = async (sql: string) => {
    const before = await databaseFingerprint(server);
    if (sql) await execute(em, sql, [ana.customer.id]);
    return changedTables(before, await databaseFingerprint(server));
  };
  expect(await step('')).toEqual([]);
  expect(await step(`update customer set name = 'Ana Digitais' where id = ?`)).toEqual(['customer']);
  // Back as it was: the same content, the same fingerprint.
  const changed = await databaseFingerprint(server);
  await execute(em, `update customer set name = 'Ana Digital' where id = ?`, [ana.customer.id]);
  await execute(em, `update customer set name = 'Ana Digitais' where id = ?`, [ana.customer.id]);
  expect(changedTables(changed, await databaseFingerprint(server))).toEqual([]);
  const copy = `insert into customer (id, company_id, name, document, email, created_at, updated_at)
    select gen_random_uuid(), company_id, 'Bia Cópia', '529.982.247-25', 'bia@copia.dev', created_at, updated_at from customer where id = ?`;
  expect(await step(copy)).toEqual(['customer']);
  expect(await step(`update account set name = name || ' ' where customer_id = ?`)).toEqual(['account']);
  expect(await step(`delete from customer where name = 'Bia Cópia' and id <> ?`)).toEqual(['customer']);
});
