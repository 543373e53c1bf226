import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenClient } from '../../modules/integration/__tests__/integration-client.js';
import { databaseUrl } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { World } from '../../test/world.js';
import { runSyncBench, SyncApi } from '../sync-bench.js';
import type { PassFigure } from '../sync-bench.js';
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

describe("R-SYNC-2: bench:sync's memory target", () => {
  const MB = 1024 * 1024;
  /** Passes of 10 batches each: RSS and heap-after-full-GC by batch (MB; null: no full collection yet). */
  const passes = (...batches: [number, number | null][][]): PassFigure[] => batches.map((list, n) => ({
    kind: 'units', target: 'API', pass: 1, rows: 10, seconds: 1, inserted: 0, updated: 0, unchanged: 0, nodeMs: 0, postgresMs: 0,
    batches: list.map(([rss, heap]) => ({ ms: 1, rss: rss * MB, heap: heap === null ? null : heap * MB })),
  }));
  const pass = (rss: (i: number) => number, heap: (i: number) => number | null) => Array.from({ length: 10 }, (_, i): [number, number | null] => [rss(i), heap(i)]);

  it("R-SYNC-2: an RSS that grows while V8 sizes its heap, with the heap after full collections flat, is flat", () => {
    const memory = memoryOf(passes(pass((i) => 150 + 10 * i, () => null), pass((i) => 250 + 5 * i, (i) => (i < 3 ? null : 64)), pass((i) => 300 + 15 * i, (i) => (i < 5 ? 64 : 68))));
    expect(memory.heap).toEqual({ first: 64 * MB, last: 68 * MB, figures: 2 });
    expect(memory.flat).toBe(true);
  });

  it('R-SYNC-2: a heap that keeps what every batch made is not flat, whatever the RSS', () => {
    const memory = memoryOf(passes(pass(() => 300, () => null), pass(() => 300, (i) => 64 + 4 * i), pass(() => 300, (i) => 104 + 4 * i)));
    expect(memory.flat).toBe(false);
  });

  it('R-SYNC-2: without two full collections after pass 1, the RSS peaks judge', () => {
    expect(memoryOf(passes(pass(() => 200, () => null), pass(() => 300, () => null), pass(() => 310, () => null))).flat).toBe(true);
    expect(memoryOf(passes(pass(() => 200, () => null), pass(() => 300, () => null), pass(() => 420, () => null))).flat).toBe(false);
  });
});
