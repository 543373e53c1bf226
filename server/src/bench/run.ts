import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { startBaseline } from './baseline.js';
import { seedBench } from './seed.js';

/**
 * `npm run bench`: seeds a large company on real PostgreSQL (BENCH_UNITS units, twice as many
 * requests), then measures the customer's main query (units with contracts and open requests)
 * under BENCH_CONNECTIONS concurrent customers, for Habite and for plain pg + http, side by side.
 */
const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const units = Number(process.env.BENCH_UNITS ?? 100_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const database = `habite_bench_${process.pid}`;
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();

const HOME = `{ myUnits { id name deliveryForecast development { name } block { name } contracts { id title type { name } } requests(open: true) { id number kind status { name } subsubject { name } } } }`;

function load(url: string, body: string, tokens: string[]) {
  return new Promise<LoadResult>((resolve, reject) => {
    const worker = new Worker(new URL('./load.js', import.meta.url), { workerData: { url, body, tokens, connections, seconds, warmupSeconds: 3 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

interface LoadResult {
  latencies: number[];
  errors: number;
  /** Every request answered, warm-up included (SQL statements are counted over all of them). */
  completed: number;
  seconds: number;
}

function summary(name: string, result: LoadResult, statements: number) {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, requests: sorted.length, errors: result.errors, throughput: sorted.length / result.seconds, p50: at(0.5), p99: at(0.99), statements: statements / Math.max(1, result.completed) };
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${database}`);
try {
  console.log(`Habite bench: ${units} units, ${units * 2} requests, ${connections} concurrent customers, ${seconds} s each\n`);
  const orm = await openOrm({ clientUrl: dbUrl, poolMax: 2 });
  await migrate(orm);
  await orm.close(true);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const { portalId } = await seedBench(client, { developments: 20, units, customers: Math.floor(units / 2), requestsPerUnit: 2 });
  // Sessions for the customers the load generator plays (each has 2 units, 4 requests, 2 contracts).
  const tokens = Array.from({ length: connections }, (_, i) => `bench-token-${i + 1}`);
  for (const [i, token] of tokens.entries()) {
    await client.query(
      `insert into session (id, token_hash, account_id, method, portal_id, created_at, last_seen_at, expires_at)
       values (gen_random_uuid(), $1, md5('acct' || $2)::uuid, 'PASSWORD', $3, now(), now(), now() + interval '1 day')`,
      [createHash('sha256').update(token).digest('hex'), String(i + 1), portalId],
    );
  }
  await client.end();

  let statements = 0;
  const server = await startServer(loadConfig({}, { databaseUrl: dbUrl, port: 0, host: '127.0.0.1', logLevel: 'warn', demo: false }), { onQuery: () => statements++ });
  const habite = await load(`http://127.0.0.1:${server.port}/graphql`, JSON.stringify({ query: HOME }), tokens);
  const habiteStatements = statements;
  await server.close();

  let baselineStatements = 0;
  const baseline = await startBaseline(dbUrl, () => baselineStatements++);
  const plain = await load(baseline.url, '{}', tokens);
  await baseline.close();

  const rows = [summary('Habite (Apollo + type-graphql + MikroORM)', habite, habiteStatements), summary('plain pg + http', plain, baselineStatements)];
  console.log('\n' + 'target'.padEnd(44) + 'req/s'.padStart(9) + 'p50 ms'.padStart(9) + 'p99 ms'.padStart(9) + 'SQL/req'.padStart(9) + 'errors'.padStart(8));
  for (const r of rows) {
    console.log(r.name.padEnd(44) + r.throughput.toFixed(0).padStart(9) + r.p50.toFixed(1).padStart(9) + r.p99.toFixed(1).padStart(9) + r.statements.toFixed(1).padStart(9) + String(r.errors).padStart(8));
  }
  const [h, p] = rows as [typeof rows[0], typeof rows[0]];
  console.log(`\nHabite / plain: throughput ${(h.throughput / p.throughput).toFixed(2)}×, p50 ${(h.p50 / p.p50).toFixed(2)}×, p99 ${(h.p99 / p.p99).toFixed(2)}×`);
} finally {
  if (process.env.BENCH_KEEP === '1') console.log(`kept database ${database}`);
  else await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
}
