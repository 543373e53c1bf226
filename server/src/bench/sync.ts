import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { databaseCpuMeter, processCpuMs } from './cpu.js';
import { createBenchDatabase } from './database.js';
import { id } from './seed.js';
import { seedSessions } from './sessions.js';
import { createIntegrationToken, runSyncBench, SyncApi } from './sync-bench.js';
import type { FloorShape } from './sync-floor.js';
import { printSyncReport } from './sync-report.js';

/**
 * `npm run bench:sync` (R-SYNC-2): on a scratch database (migrated; a company and an ADMIN, who
 * creates an INTEGRATION token through the API), the server as deployed in its own process, and
 * the ERP's pushes through GraphQL over HTTP — SYNC_ROWS units and SYNC_ROWS installments (and
 * what they need) in batches of SYNC_BATCH, insert / update / no-op passes — beside the plain-SQL
 * floor (sync-floor.ts). Prints rows/s per pass, batch latencies, CPU per row, the server's RSS
 * after each batch, and the target. SYNC_CONCURRENCY=n keeps n API batches in flight (default 1);
 * SYNC_FLOOR=engine,on conflict (or none); SYNC_CPU_PROF=1 profiles the server (`node --cpu-prof`,
 * into SYNC_CPU_PROF_DIR, default <tmp>/habite-sync-profiles); BENCH_KEEP=1 keeps the database.
 */
const rows = Number(process.env.SYNC_ROWS ?? 100_000);
const batch = Number(process.env.SYNC_BATCH ?? 5_000);
const concurrency = Number(process.env.SYNC_CONCURRENCY ?? 1);
const shapes = (process.env.SYNC_FLOOR ?? 'engine,on conflict').split(',').map((s) => s.trim()).filter((s): s is FloorShape => s === 'engine' || s === 'on conflict');
const profileDir = process.env.SYNC_CPU_PROF === '1' ? resolve(process.env.SYNC_CPU_PROF_DIR ?? join(tmpdir(), 'habite-sync-profiles')) : null;

const database = await createBenchDatabase('habite_sync');
const client = new pg.Client({ connectionString: database.url });
let child: ReturnType<typeof fork> | null = null;
try {
  await client.connect();
  const companyId = (await client.query<{ id: string }>(`select ${id('company', "'sync'")} as id`)).rows[0]!.id;
  await client.query(`insert into company (id, name, created_at, request_seq) values ($1, 'Bench Sync Incorporadora', now(), 0)`, [companyId]);
  await client.query(`insert into account (id, company_id, kind, name, email, staff_role, login_active, permissions, created_at, updated_at)
    values (${id('acct', "'sync-admin'")}, $1, 'STAFF', 'Admin Bench', 'admin@bench.test', 'ADMIN', true, '{}', now(), now())`, [companyId]);
  const [adminSecret] = await seedSessions(client, 'bench-sync-admin-', 1, () => id('acct', "'sync-admin'"), null);

  child = fork(new URL('./sync-server.js', import.meta.url), {
    env: { ...process.env, SYNC_DATABASE_URL: database.url },
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [{ port }] = (await once(child, 'message')) as [{ port: number }];
  const pid = child.pid!;
  const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  const server = child;
  // One question at a time (batches in flight ask together): each answer is its question's.
  let asked: Promise<number | null> = Promise.resolve(null);
  const heap = () => (asked = asked.then(async () => {
    server.send('heap');
    const [answer] = (await once(server, 'message')) as [{ heap: number | null }];
    return answer.heap;
  }));
  const url = `http://127.0.0.1:${port}/graphql`;
  const api = new SyncApi(url, await createIntegrationToken(url, adminSecret!));

  console.log(`bench:sync: ${rows.toLocaleString('en')} units and ${rows.toLocaleString('en')} installments in batches of ${batch.toLocaleString('en')}${concurrency > 1 ? `, ${concurrency} in flight` : ''}, server pid ${pid} (NODE_ENV=${process.env.NODE_ENV ?? ''})${profileDir ? `, CPU profile into ${profileDir}` : ''}`);
  const postgres = databaseCpuMeter(database.name);
  postgres();
  const cpu = () => ({ server: processCpuMs(pid), self: (process.cpuUsage().user + process.cpuUsage().system) / 1000, postgres: postgres() });
  const result = await runSyncBench(api, { size: { rows, batch, concurrency }, rss, heap, cpu, floor: shapes.length ? { client, companyId, shapes } : undefined, log: (line) => console.log(line) });
  printSyncReport(result.passes, { rows, batch, concurrency, prerequisiteSeconds: result.prerequisiteSeconds });
} finally {
  if (child?.connected) {
    child.send('stop');
    await once(child, 'exit');
  }
  await client.end().catch(() => {});
  await database.drop();
}
