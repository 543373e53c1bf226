import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenClient } from '../../modules/integration/__tests__/integration-client.js';
import { databaseUrl } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { World } from '../../test/world.js';
import { runSyncBench, SyncApi } from '../sync-bench.js';
import { memoryOf } from '../sync-report.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** `npm run bench:sync`'s core at a tiny size, so the bench cannot rot: the same passes, the same floor. */
describe('R-SYNC-2: npm run bench:sync', () => {
  it("R-SYNC-2: bench:sync's passes insert, update, then leave every row unchanged", async () => {
    const world = await World.create(server);
    const { secret } = await tokenClient(server, world, ['INTEGRATION'], 'ERP (bench:sync)');
    const client = new pg.Client({ connectionString: databaseUrl(server.database!) });
    await client.connect();
    try {
      const size = { rows: 200, batch: 100 };
      const { passes } = await runSyncBench(new SyncApi(`${server.url}/graphql`, secret), {
        size, rss: () => process.memoryUsage().rss, floor: { client, companyId: world.company.id, shapes: ['engine', 'on conflict'] },
      });
      const counts = passes.map((p) => [p.kind, p.target, p.pass, p.inserted, p.updated, p.unchanged, p.batches.length]);
      const expected = (target: string) => (['units', 'installments'] as const).flatMap((kind) => [
        [kind, target, 1, 200, 0, 0, 2], [kind, target, 2, 0, 200, 0, 2], [kind, target, 3, 0, 0, 200, 2],
      ]);
      for (const target of ['API', 'floor (engine)', 'floor (on conflict)']) {
        expect(counts.filter(([, t]) => t === target)).toEqual(expected(target));
      }
      // What the API wrote is there, as the last pass left it.
      const [units] = (await client.query(`select count(*)::int as n, count(*) filter (where u.name like '%(revisto)')::int as revised
        from unit u join development d on d.id = u.development_id where d.company_id = $1 and u.erp_code like 'UN-%'`, [world.company.id])).rows;
      expect(units).toEqual({ n: 200, revised: 200 });
      const [installments] = (await client.query(`select count(*)::int as n, count(*) filter (where amount_cents % 100 = 37)::int as revised
        from installment where company_id = $1`, [world.company.id])).rows;
      expect(installments).toEqual({ n: 200, revised: 200 });
      expect(memoryOf(passes.filter((p) => p.target === 'API')).max).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  }, 30_000);
});
