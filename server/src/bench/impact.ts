import 'reflect-metadata';
import pg from 'pg';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { AS_DEPLOYED } from './deployed.js';
import { createBenchDatabase } from './database.js';
import { id, seedBench, seedBigCustomerAndStaff } from './seed.js';
import { seedSessions } from './sessions.js';
import { mark, median, table } from './stats.js';

/**
 * `npm run bench:impact` (R-EXPLAIN-4): the impact preview of changes to a large company — the
 * bench's seed (`npm run bench`: BENCH_UNITS units, 100 blocks and 40 stages in 20 developments,
 * a contract per sale, two requests per unit, half as many customers as units) — asked by an
 * ADMIN through GraphQL over HTTP, the server as deployed in this process. Each case
 * IMPACT_REPEATS times (after one warm-up), one after the other; prints the median and the
 * worst against the target (2 s: fast enough to be shown while typing). BENCH_KEEP=1 keeps the
 * database; IMPACT_CASES=block,stage,contracts,service picks cases.
 */
const units = Number(process.env.BENCH_UNITS ?? 100_000);
const repeats = Number(process.env.IMPACT_REPEATS ?? 5);
const only = process.env.IMPACT_CASES?.split(',').map((c) => c.trim());
const TARGET_MS = 2000;

const PREVIEW = `query($c: ImpactChangeInput!) { impactPreview(change: $c) {
  nothingChanges summary kinds { kind direction customers objects nextCursor examples { customerId objectId ruleId } } } }`;

interface Case {
  name: string;
  change: Record<string, unknown>;
}

const size = { developments: 20, units, customers: Math.floor(units / 2), requestsPerUnit: 2 };
const database = await createBenchDatabase('habite_impact');
try {
  console.log(`Habite impact bench: ${units} units, ${size.customers} customers, ${repeats} previews per case\n`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { portalId } = await seedBench(client, size);
  await seedBigCustomerAndStaff(client, size, 500);
  const [token] = await seedSessions(client, 'bench-impact-staff-', 1, () => id('acct', "'staff'"), null);
  const one = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]!.id;
  const block = await one(`select ${id('block', "'1-1'")} as id`);
  const stage = await one(`select ${id('stage', "'1-1'")} as id`);
  const unitsOf = async (column: string, value: string) => Number((await client.query(`select count(*) as n from unit where ${column} = $1`, [value])).rows[0].n);
  const cases: Case[] = [
    { name: `inactivate a block (${(await unitsOf('block_id', block)).toLocaleString('en')} units)`, change: { setBlockActive: { id: block, active: false } } },
    { name: `inactivate a stage (${(await unitsOf('stage_id', stage)).toLocaleString('en')} units)`, change: { setStageActive: { id: stage, active: false } } },
    { name: 'portal: "Exibir Contratos" off (every customer)', change: { updatePortalSettings: { portalId, input: { showContracts: false } } } },
    { name: 'portal: menu Atendimentos off (every customer)', change: { updatePortalSettings: { portalId, input: { showServiceMenu: false } } } },
  ].filter((c, i) => !only || only.includes(['block', 'stage', 'contracts', 'service'][i]!));
  await client.end();

  const server = await startServer(
    // A case that fails says so in its row: the server's own log of it is not repeated.
    loadConfig({}, { ...AS_DEPLOYED, databaseUrl: database.url, port: 0, host: '127.0.0.1', logLevel: 'error', demo: false }),
    { poolIdleTimeoutMs: 600_000 },
  );
  const url = `http://127.0.0.1:${server.port}/graphql`;
  try {
    const rows: string[][] = [];
    for (const c of cases) {
      const times: number[] = [];
      let answer: { kinds: { kind: string; direction: string; customers: number; objects: number }[]; summary: string } | null = null;
      let failure: string | null = null;
      for (let i = 0; i <= repeats && !failure; i++) {
        const started = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-habite-app': 'admin' },
          body: JSON.stringify({ query: PREVIEW, variables: { c: c.change } }),
        });
        const json = (await res.json()) as { data?: { impactPreview: NonNullable<typeof answer> } | null; errors?: { message: string; extensions?: { code?: string } }[] };
        const ms = performance.now() - started;
        if (json.errors?.length || !json.data) {
          failure = `${json.errors?.[0]?.extensions?.code ?? 'ERROR'} after ${ms.toFixed(0)} ms: ${json.errors?.[0]?.message ?? ''}`;
          break;
        }
        answer = json.data.impactPreview;
        // The first is a warm-up (plans, caches).
        if (i > 0) times.push(ms);
      }
      if (failure) {
        console.log(`${c.name}: ✗ ${failure}`);
        rows.push([c.name, '–', '–', `< ${TARGET_MS}`, mark(false)]);
        continue;
      }
      const worst = Math.max(...times);
      console.log(`${c.name}: ${answer!.summary}`);
      console.log(`  ${answer!.kinds.map((k) => `${k.kind} ${k.direction} ${k.customers} customers / ${k.objects} objects`).join('; ')}`);
      console.log(`  ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
      rows.push([c.name, median(times).toFixed(0), worst.toFixed(0), `< ${TARGET_MS}`, mark(worst < TARGET_MS)]);
    }
    console.log(`\n${table(['case', 'median ms', 'max ms', 'target ms', ''], rows)}`);
  } finally {
    await server.close();
  }
} finally {
  await database.drop();
}
