import 'reflect-metadata';
import pg from 'pg';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { AS_DEPLOYED } from './deployed.js';
import { startBaseline } from './baseline.js';
import { startCpuWindow, type CpuWindow } from './cpu.js';
import { createBenchDatabase } from './database.js';
import type { LoadJob } from './load.js';
import { runLoad } from './load-runner.js';
import { printRoundRow, printSummary, type Row } from './report.js';
import { id, seedBench, seedBigCustomerAndStaff } from './seed.js';
import { seedSessions } from './sessions.js';

/**
 * `npm run bench`: seeds a large company on real PostgreSQL (BENCH_UNITS units, twice as many
 * requests, one customer with 500 units, an ADMIN), then measures Habite and the plain floor
 * (baseline.ts) in alternating rounds, each on the same cases:
 *
 * - home: the customer's main query (units with contracts and open requests), BENCH_CONNECTIONS
 *   customers back to back (closed loop);
 * - big: the same query for the customer with 500 units, a few sessions of theirs back to back;
 * - desk: the staff desk's first page (50 requests with their names) as an ADMIN, back to back;
 * - open: the home query at fixed arrival rates (BENCH_RATES) over the same customers.
 *
 * The load runs in a child process, so this process's CPU is the server's; PostgreSQL's is read
 * from /proc (cpu.ts). BENCH_PLAN=generic|auto: the plan_cache_mode of both targets' connections.
 */
const units = Number(process.env.BENCH_UNITS ?? 100_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 7);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const rates = (process.env.BENCH_RATES ?? '50,100,200').split(',').map(Number).filter((r) => r > 0);
const cases = new Set((process.env.BENCH_CASES ?? 'home,big,desk,open').split(',').map((c) => c.trim()));
const plan = process.env.BENCH_PLAN === 'auto' ? 'auto' : 'force_generic_plan';
/** The big customer's units, and how many of their sessions ask at once (a family on a few devices). */
const BIG_UNITS = 500;
const BIG_SESSIONS = 5;
/** Staff members on the desk page at once. */
const DESK_SESSIONS = 10;

const HOME = JSON.stringify({ query: `{ myUnits { id name deliveryForecast development { name } block { name } contracts { id title type { name } } requests(open: true) { id number kind status { name } subsubject { name } } } }` });
const DESK = JSON.stringify({ query: `{ requests(first: 50) { nodes { id number status { name } subsubject { name } development { name } unit { name } openedByName } } }` });

interface Case {
  name: string;
  path: 'home' | 'desk';
  tokens: string[];
  /** How many items the answer must hold (units, or desk rows): both targets are checked once. */
  expect: number;
  job: Pick<LoadJob, 'mode' | 'connections' | 'rate' | 'warmupSeconds'>;
}

interface Target {
  name: string;
  start(): Promise<{ url(path: Case['path']): string; body(path: Case['path']): string; close(): Promise<void> }>;
}

const size = { developments: 20, units, customers: Math.floor(units / 2), requestsPerUnit: 2 };
const database = await createBenchDatabase('habite_bench');
try {
  console.log(`Habite bench: ${units} units, ${units * 2} requests, ${rounds} rounds of ${seconds} s per case, plan_cache_mode=${plan}\n`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { portalId } = await seedBench(client, size);
  await seedBigCustomerAndStaff(client, size, BIG_UNITS);
  // Customers 1…N have 2 units, 4 requests and 2 contracts each.
  const customers = await seedSessions(client, 'bench-token-', connections, (n) => id('acct', n), portalId);
  const big = await seedSessions(client, 'bench-big-', BIG_SESSIONS, () => id('acct', "'big'"), portalId);
  const staff = await seedSessions(client, 'bench-staff-', DESK_SESSIONS, () => id('acct', "'staff'"), null);
  await client.end();

  const closed = { mode: 'closed' as const, rate: 0, warmupSeconds: 2 };
  const benchCases: Case[] = [
    ...(cases.has('home') ? [{ name: 'home', path: 'home' as const, tokens: customers, expect: 2, job: { ...closed, connections } }] : []),
    ...(cases.has('big') ? [{ name: `big (${BIG_UNITS} units)`, path: 'home' as const, tokens: big, expect: BIG_UNITS, job: { ...closed, connections: BIG_SESSIONS } }] : []),
    ...(cases.has('desk') ? [{ name: 'desk page', path: 'desk' as const, tokens: staff, expect: 50, job: { ...closed, connections: DESK_SESSIONS } }] : []),
    ...(cases.has('open') ? rates.map((rate) => ({ name: `open ${rate}/s`, path: 'home' as const, tokens: customers, expect: 2, job: { mode: 'open' as const, connections: 0, rate, warmupSeconds: 1 } })) : []),
  ];

  let statements = 0;
  const counted = () => statements++;
  const targets: Target[] = [
    {
      name: 'Habite',
      async start() {
        const server = await startServer(
          loadConfig({ DB_PLAN_CACHE_MODE: plan }, { ...AS_DEPLOYED, databaseUrl: database.url, port: 0, host: '127.0.0.1', logLevel: 'warn', demo: false }),
          // Idle connections are kept, as their CPU is read from /proc (cpu.ts).
          { onQuery: counted, poolIdleTimeoutMs: 600_000 },
        );
        return { url: () => `http://127.0.0.1:${server.port}/graphql`, body: (path) => (path === 'home' ? HOME : DESK), close: () => server.close() };
      },
    },
    {
      name: 'plain',
      async start() {
        const baseline = await startBaseline(database.url, plan, counted);
        return { url: (path) => `${baseline.url}/${path}`, body: () => '{}', close: () => baseline.close() };
      },
    },
  ];

  // BENCH_TARGETS=Habite (or plain): one side only, e.g. under `node --cpu-prof`.
  const only = process.env.BENCH_TARGETS?.split(',');
  const rows: Row[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets.filter((t) => !only || only.includes(t.name))) {
      const running = await target.start();
      try {
        for (const c of benchCases) {
          if (round === 1) await checkAnswer(target.name, c, running.url(c.path), running.body(c.path));
          const job: LoadJob = { ...c.job, url: running.url(c.path), body: running.body(c.path), tokens: c.tokens, seconds, drainSeconds: 10 };
          const { result, window } = await runLoad<CpuWindow>(job, () => startCpuWindow(database.name, () => statements).stop);
          const row: Row = { round, target: target.name, case: c.name, result, window };
          rows.push(row);
          printRoundRow(row);
        }
      } finally {
        await running.close();
      }
    }
  }
  printSummary(rows, { plan, rates });
} finally {
  await database.drop();
}

/** One request before the load: the answer must hold what the case is about, for both targets alike. */
async function checkAnswer(target: string, c: Case, url: string, body: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${c.tokens[0]}` }, body });
  const json = (await res.json().catch(() => null)) as { data?: { myUnits?: unknown[]; requests?: { nodes: unknown[] } }; errors?: unknown } | null;
  const count = (c.path === 'home' ? json?.data?.myUnits?.length : json?.data?.requests?.nodes.length) ?? -1;
  if (count !== c.expect || json?.errors) {
    console.log(`  ✗ ${target} ${c.name}: ${count} items instead of ${c.expect} ${json?.errors ? JSON.stringify(json.errors).slice(0, 300) : ''}`);
  }
}
