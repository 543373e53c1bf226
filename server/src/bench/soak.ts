import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import pg from 'pg';
import { buildDigitableLine } from '../modules/finance/boleto.js';
import { mark, quantile, table } from './stats.js';

/**
 * `npm run soak` (issue 15): Habite as deployed (NODE_ENV=production, deployed.ts) in this process
 * on a fresh database of the local PostgreSQL (database.ts), loaded by the bench's seed (seed.ts:
 * SOAK_UNITS units sold to half as many customers, two requests per unit, an ADMIN), with plans,
 * installments and bills pushed by the ERP through the API; then SOAK_MINUTES (10) of mixed
 * traffic, open loop, at fixed rates (RATES below, about 12 requests per second in all):
 *
 * - customers (SOAK_CUSTOMERS, 500, each with a session) browse with the client portal's own
 *   documents (client-portal/src/gql/graphql.ts): Home, MyRequests, UnitFinance (their bills),
 *   RequestDetail, and open requests (NewRequest, then OpenRequest);
 * - staff (an ADMIN) read the desk (admin-portal's Desk) and change statuses (ChangeStatus),
 *   each change on a request of one of those customers, so it reaches their subscriptions;
 * - SOAK_SUBSCRIBERS (500) sessions of the same customers hold `myRequestChanged` over graphql-ws
 *   (the portal's RequestChanged), in a child process (live-clients.ts);
 * - every ~30 s the ERP, with an INTEGRATION API token, sends a sync run: installments of 50
 *   sales (every amount changed) and their bills.
 *
 * The traffic runs in a child process (this file, forked with `traffic`), which also receives the
 * server's e-mail on a local SMTP sink, so this process's RSS is the server's. Every minute one
 * line: RSS and heap after a full collection (--expose-gc), per operation p50/p99 ms and count,
 * events received by the subscribers, errors by code, the p99 of all people's requests. At the
 * end the minutes after the warm-up (SOAK_WARMUP_MINUTES; default 20% of the run, at least 1
 * minute) are split in two halves, the first against the last: RSS (first measured minute against
 * the last) and the p99 of each half's requests pooled must not grow by more than 10%, and no
 * error may appear anywhere in the run; otherwise the exit code is 1. BENCH_KEEP=1 keeps the database.
 */
const minutes = Math.max(2, Number(process.env.SOAK_MINUTES ?? 10));
const subscriberCount = Number(process.env.SOAK_SUBSCRIBERS ?? 500);
const customerCount = Number(process.env.SOAK_CUSTOMERS ?? 500);
const units = Number(process.env.SOAK_UNITS ?? 20_000);
const warmup = Math.min(minutes - 1, Math.max(1, Number(process.env.SOAK_WARMUP_MINUTES ?? Math.floor(minutes * 0.2))));
const MINUTE_MS = Number(process.env.SOAK_MINUTE_SECONDS ?? 60) * 1000;
/** Requests per second by operation (open loop: sent on time whatever earlier ones did). */
const RATES = { home: 3, myRequests: 2, unitFinance: 2, requestDetail: 1, openRequest: 0.5, desk: 1, changeStatus: 2 } as const;
const ERP_EVERY_MS = 30_000;
/** Sales per ERP batch, and installments per sale. */
const ERP_SALES = 50;
const INSTALLMENTS = 12;
/** The verdict's bound: RSS and p99 may grow by at most this much from the first measured minute to the last. */
const BOUND = 0.1;

const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * The operations an app sends, by name, as urql sends them: the documents GraphQL Code Generator
 * wrote into the app's `src/gql/graphql.ts` (as app-documents.test.ts reads them).
 */
function appDocuments(app: 'client-portal' | 'admin-portal'): Map<string, string> {
  const text = readFileSync(resolve(root, app, 'src', 'gql', 'graphql.ts'), 'utf8');
  return new Map([...text.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)]
    .map(([, name, json]) => [name!, print(JSON.parse(json!) as DocumentNode)]));
}

/** What a minute of traffic gives: latencies (ms) by operation, errors by code, and the first message of each code. */
interface MinuteStats {
  ops: Record<string, number[]>;
  errors: Record<string, number>;
  samples: Record<string, string>;
}

interface Customer {
  token: string;
  /** The unit whose finance and requests this customer reads (the ERP sells it as `VENDA-<n>`). */
  unitId: string;
  unitNumber: number;
  requestId: string;
}

interface TrafficJob {
  type: 'start';
  graphqlUrl: string;
  customers: Customer[];
  staffToken: string;
  erpToken: string;
  /** Requests staff move between two open statuses (the one they start in first). */
  toggles: { requestId: string; statusIds: [string, string] }[];
  subsubjectId: string;
}

// ---------------------------------------------------------------------------------------------
// The parent: database, server, subscribers, the minute lines and the verdict.
// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { startServer } = await import('../app.js');
  const { loadConfig } = await import('../config.js');
  const { AS_DEPLOYED } = await import('./deployed.js');
  const { createBenchDatabase } = await import('./database.js');
  const { id, runSteps, seedBench, seedBigCustomerAndStaff } = await import('./seed.js');
  const { seedSessions } = await import('./sessions.js');
  const { startSubscribers } = await import('./live-children.js');
  const { createIntegrationToken } = await import('./sync-bench.js');

  const customersOfSize = Math.floor(units / 2);
  if (customerCount > customersOfSize) throw new Error(`SOAK_CUSTOMERS (${customerCount}) must not exceed SOAK_UNITS / 2 (${customersOfSize})`);
  const size = { developments: 20, units, customers: customersOfSize, requestsPerUnit: 2 };
  const database = await createBenchDatabase('habite_soak');
  const child = fork(new URL(import.meta.url), ['traffic'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exitCode = 1;
  try {
    const perSecond = Object.values(RATES).reduce((s, r) => s + r, 0) + RATES.openRequest;
    console.log(`Habite soak: ${minutes} min (warm-up ${warmup}), ${units} units, ${customerCount} browsing customers, ${subscriberCount} subscribers, `
      + `~${perSecond} req/s (${Object.entries(RATES).map(([k, r]) => `${k} ${r}/s`).join(', ')}), an ERP batch every ${ERP_EVERY_MS / 1000} s\n`);
    const { smtpUrl } = await reply<{ smtpUrl: string }>(child, 'smtp');

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { companyId, portalId } = await seedBench(client, size);
    await seedBigCustomerAndStaff(client, size, 10);
    // The unit customer c reads is u = c - 1 + C (seed.ts sells unit u to customer u % C + 1); the ERP names each sale VENDA-<u>.
    const C = size.customers;
    const unitOf = (n: string) => `(${n} - 1 + ${C})`;
    await runSteps(client, [
      ['statuses in review', `insert into workflow_status (id, workflow_id, name, is_final, is_initial, position) values
        (${id('st', "'S2'")}, ${id('wf', "'S'")}, 'Em análise', false, false, 2), (${id('st', "'A2'")}, ${id('wf', "'A'")}, 'Em análise', false, false, 2)`],
      ['sale codes', `update reservation r set erp_code = 'VENDA-' || substr(u.name, 9) from unit u where u.id = r.unit_id`],
      ['erp keys', `insert into erp_key (company_id, kind, code, entity_id) select '${companyId}', 'RESERVATION', erp_code, id from reservation where erp_code is not null`],
    ]);
    const customerTokens = await seedSessions(client, 'soak-customer-', customerCount, (n) => id('acct', n), portalId);
    const subscriberTokens = await seedSessions(client, 'soak-subscriber-', subscriberCount, (n) => id('acct', `((${n} - 1) % ${customerCount} + 1)`), portalId);
    const [staffToken] = await seedSessions(client, 'soak-staff-', 1, () => id('acct', "'staff'"), null);
    await runSteps(client, [['analyze', 'analyze']]);
    const rows = (await client.query<{ unit: string; number: number; service: string; assistance: string }>(
      `select ${id('unit', unitOf('n'))} as unit, ${unitOf('n')} as number, ${id('req', `${unitOf('n')} || '-2'`)} as service, ${id('req', `${unitOf('n')} || '-1'`)} as assistance
         from generate_series(1, ${customerCount}) n order by n`)).rows;
    const ids = (await client.query<Record<'s0' | 's2' | 'a0' | 'a2' | 'sub', string>>(
      `select ${id('st', "'S0'")} as s0, ${id('st', "'S2'")} as s2, ${id('st', "'A0'")} as a0, ${id('st', "'A2'")} as a2, ${id('sub', "'S'")} as sub`)).rows[0]!;
    await client.end();

    let statements = 0;
    // Errors only: an overloaded server warns once per request that waited too long for the pool; the minute lines count them by code.
    const server = await startServer(
      loadConfig({}, { ...AS_DEPLOYED, smtpUrl, databaseUrl: database.url, port: 0, host: '127.0.0.1', logLevel: 'error', demo: false }),
      { onQuery: () => statements++ },
    );
    const graphqlUrl = `http://127.0.0.1:${server.port}/graphql`;
    try {
      const erpToken = await createIntegrationToken(graphqlUrl, staffToken!);
      const job: TrafficJob = {
        type: 'start', graphqlUrl, staffToken: staffToken!, erpToken, subsubjectId: ids.sub,
        customers: rows.map((r, i) => ({ token: customerTokens[i]!, unitId: r.unit, unitNumber: r.number, requestId: r.service })),
        toggles: rows.flatMap((r) => [{ requestId: r.service, statusIds: [ids.s0, ids.s2] as [string, string] }, { requestId: r.assistance, statusIds: [ids.a0, ids.a2] as [string, string] }]),
      };
      const ready = reply<{ preload: string }>(child, 'ready');
      child.send(job);
      console.log(`  ERP preload: ${(await ready).preload}`);

      console.log(`  subscribing ${subscriberCount}…`);
      const subscribers = await startSubscribers(`ws://127.0.0.1:${server.port}/graphql`, subscriberTokens, Math.max(1, Math.ceil(subscriberCount / 5_000)), 50);
      console.log(`  ${subscribers.connected} connected, ${subscribers.failed} failed\n`);

      const lines: MinuteLine[] = [];
      const wsErrors: Record<string, number> = subscribers.failed ? { WS_CONNECT: subscribers.failed } : {};
      let [previousWsErrors, previousCompleted] = [0, 0];
      child.send({ type: 'go' });
      const started = performance.now();
      for (let minute = 1; minute <= minutes; minute++) {
        await sleep(started + minute * MINUTE_MS - performance.now());
        const stats = await reply<{ stats: MinuteStats }>(child, 'stats', { type: 'stats' });
        const received = await subscribers.collect();
        // The subscribers' counts are since they started: this minute's are the difference.
        const errors = { ...stats.stats.errors, ...wsErrors };
        const samples = { ...stats.stats.samples };
        const ended = received.errors - previousWsErrors;
        const completed = received.completed - previousCompleted;
        [previousWsErrors, previousCompleted] = [received.errors, received.completed];
        if (ended) [errors.WS_ERROR, samples.WS_ERROR] = [ended, received.firstError ?? ''];
        if (completed) errors.WS_COMPLETED = completed;
        const wrong = received.receipts.filter(([, , status]) => status.startsWith('errors:'));
        if (wrong.length) [errors.WS_EVENT_ERROR, samples.WS_EVENT_ERROR] = [wrong.length, wrong[0]![2]];
        for (const key of Object.keys(wsErrors)) delete wsErrors[key];
        const memory = await collectedMemory();
        const line: MinuteLine = { minute, rssMb: memory.rss, heapMb: memory.heap, ops: stats.stats.ops, events: received.receipts.length, errors, statements };
        statements = 0;
        lines.push(line);
        printMinute(line, samples);
      }
      child.send({ type: 'stop' });
      await subscribers.close();
      exitCode = printVerdict(lines) ? 0 : 1;
    } finally {
      await server.close();
    }
  } finally {
    if (child.exitCode === null) child.kill();
    await database.drop();
  }
  process.exit(exitCode);
}

/** Sends `message` (if any) to the child and waits for its answer of type `type`. */
function reply<T>(child: ChildProcess, type: string, message?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const on = (m: { type: string } & T) => {
      if (m.type !== type) return;
      child.off('message', on);
      child.off('exit', exit);
      resolve(m);
    };
    const exit = (code: number | null) => reject(new Error(`soak traffic exited with ${code}`));
    child.on('message', on);
    child.once('exit', exit);
    if (message) child.send(message);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** This process's RSS and heap in use (MB), after full collections when --expose-gc allows them. */
async function collectedMemory(): Promise<{ rss: number; heap: number }> {
  for (let i = 0; i < 2; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await sleep(50);
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / 1_048_576, heap: heapUsed / 1_048_576 };
}

interface MinuteLine {
  minute: number;
  rssMb: number;
  heapMb: number;
  ops: Record<string, number[]>;
  events: number;
  errors: Record<string, number>;
  /** SQL statements the server sent in the minute. */
  statements: number;
}

/** The operations judged together for p99: the people's, not the ERP's (two batches a minute are too few for a p99). */
const PEOPLE_OPS = ['home', 'myRequests', 'unitFinance', 'requestDetail', 'newRequest', 'openRequest', 'desk', 'changeStatus'];
const pooled = (line: MinuteLine) => PEOPLE_OPS.flatMap((op) => line.ops[op] ?? []);
const fmt = (ms: number) => (Number.isFinite(ms) ? (ms < 10 ? ms.toFixed(1) : ms.toFixed(0)) : '–');

function printMinute(line: MinuteLine, samples: Record<string, string>): void {
  const ops = Object.entries(line.ops).sort(([a], [b]) => a.localeCompare(b))
    .map(([op, l]) => `${op} ${fmt(quantile(l, 0.5))}/${fmt(quantile(l, 0.99))} ×${l.length}`).join(' · ');
  const errors = Object.entries(line.errors).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  // The machine's 1-minute load average beside its cores: above them, latencies measure the contention as much as Habite.
  console.log(`min ${String(line.minute).padStart(2)}  load ${loadavg()[0]!.toFixed(1)}/${availableParallelism()}  RSS ${line.rssMb.toFixed(0)} MB  heap ${line.heapMb.toFixed(0)} MB  SQL ${line.statements}  events ${line.events}  `
    + `people p99 ${fmt(quantile(pooled(line), 0.99))}  p50/p99 ms: ${ops}  errors: ${errors}`);
  for (const [code, text] of Object.entries(samples)) console.log(`         ${code}: ${text.slice(0, 300)}`);
}

/**
 * The measured minutes (after the warm-up) in two halves, the first against the last: RSS of the
 * first measured minute against the last's, p99 of each half's requests pooled (a p99 of one
 * minute, ~700 requests, is its 7th slowest: on this shared machine it moved by ±40% from one
 * minute to the next with nothing growing). True when flat and without errors.
 */
function printVerdict(lines: MinuteLine[]): boolean {
  const measured = lines.slice(warmup);
  const half = Math.max(1, Math.floor(measured.length / 2));
  const window = (part: MinuteLine[]) => {
    const ops: Record<string, number[]> = {};
    for (const line of part) for (const [op, l] of Object.entries(line.ops)) (ops[op] ??= []).push(...l);
    return { minutes: part.map((l) => l.minute), ops, rssMb: part[0]!.rssMb, heapMb: part[0]!.heapMb };
  };
  const first = window(measured.slice(0, half));
  const last = { ...window(measured.slice(-half)), rssMb: measured[measured.length - 1]!.rssMb, heapMb: measured[measured.length - 1]!.heapMb };
  const change = (a: number, b: number) => (b - a) / a;
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  const rssChange = change(first.rssMb, last.rssMb);
  const people = (w: typeof first) => PEOPLE_OPS.flatMap((op) => w.ops[op] ?? []);
  const p99First = quantile(people(first), 0.99);
  const p99Last = quantile(people(last), 0.99);
  const p99Change = change(p99First, p99Last);
  const errorsByCode: Record<string, number> = {};
  for (const line of lines) for (const [code, n] of Object.entries(line.errors)) errorsByCode[code] = (errorsByCode[code] ?? 0) + n;
  const errorCount = Object.values(errorsByCode).reduce((s, n) => s + n, 0);

  const span = (w: typeof first) => (w.minutes.length > 1 ? `minutes ${w.minutes[0]}–${w.minutes[w.minutes.length - 1]}` : `minute ${w.minutes[0]}`);
  console.log(`\nSummary: ${span(first)} (the first after a ${warmup}-minute warm-up) against ${span(last)}\n`);
  const ops = [...new Set([...Object.keys(first.ops), ...Object.keys(last.ops)])].sort();
  console.log(table(['operation', 'count', 'p50 ms', 'p99 ms', 'p99 change'], ops.map((op) => {
    const [a, b] = [first.ops[op] ?? [], last.ops[op] ?? []];
    return [op, `${a.length} → ${b.length}`, `${fmt(quantile(a, 0.5))} → ${fmt(quantile(b, 0.5))}`, `${fmt(quantile(a, 0.99))} → ${fmt(quantile(b, 0.99))}`,
      a.length && b.length ? pct(change(quantile(a, 0.99), quantile(b, 0.99))) : '–'];
  })));
  const rssOk = rssChange <= BOUND;
  const p99Ok = p99Change <= BOUND;
  const errorsOk = errorCount === 0;
  console.log('');
  console.log(table(['check', 'measured', ''], [
    [`RSS grows ≤ ${BOUND * 100}% (minute ${first.minutes[0]} → ${last.minutes[last.minutes.length - 1]})`, `${first.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB (${pct(rssChange)}); heap ${first.heapMb.toFixed(0)} → ${last.heapMb.toFixed(0)} MB`, mark(rssOk)],
    [`p99 of customers' and staff's requests grows ≤ ${BOUND * 100}%`, `${fmt(p99First)} → ${fmt(p99Last)} ms (${pct(p99Change)})`, mark(p99Ok)],
    ['no error in the whole run', errorsOk ? 'none' : Object.entries(errorsByCode).map(([code, n]) => `${code} ${n}`).join(', '), mark(errorsOk)],
  ]));
  const ok = rssOk && p99Ok && errorsOk;
  console.log(`\n${ok ? 'Flat: ✓' : 'Not flat: ✗'}`);
  return ok;
}

// ---------------------------------------------------------------------------------------------
// The child: the traffic over HTTP, and the SMTP sink the server sends its e-mail to.
// ---------------------------------------------------------------------------------------------

async function traffic(): Promise<void> {
  const { SMTPServer } = await import('smtp-server');
  const portal = appDocuments('client-portal');
  const admin = appDocuments('admin-portal');
  const doc = (documents: Map<string, string>, name: string) => {
    const text = documents.get(name);
    if (!text) throw new Error(`soak: the apps have no ${name} document any more`);
    return text;
  };
  const Q = {
    home: doc(portal, 'Home'), myRequests: doc(portal, 'MyRequests'), unitFinance: doc(portal, 'UnitFinance'), requestDetail: doc(portal, 'RequestDetail'),
    newRequest: doc(portal, 'NewRequest'), openRequest: doc(portal, 'OpenRequest'), desk: doc(admin, 'Desk'), changeStatus: doc(admin, 'ChangeStatus'),
    openSyncRun: doc(admin, 'OpenSyncRun'), closeSyncRun: doc(admin, 'CloseSyncRun'),
    upsertPlans: 'mutation UpsertInstallmentPlans($i: InstallmentPlanBatch!) { upsertInstallmentPlans(input: $i) { applied replayed errors { index code message } } }',
    upsertInstallments: 'mutation UpsertInstallments($i: InstallmentBatch!) { upsertInstallments(input: $i) { applied replayed errors { index code message } } }',
    upsertBills: 'mutation UpsertBills($i: BillBatch!) { upsertBills(input: $i) { applied replayed errors { index code message } } }',
  };

  // Mail is taken and dropped, so the server's notifications go out as deployed.
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData: (stream, _session, callback) => {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  process.send!({ type: 'smtp', smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true` });

  let stats: MinuteStats = { ops: {}, errors: {}, samples: {} };
  let running = false;
  let url = '';
  const failed = (code: string, message: string) => {
    stats.errors[code] = (stats.errors[code] ?? 0) + 1;
    stats.samples[code] ??= message;
  };

  /** One GraphQL request over HTTP; its latency counted under `op`, or its error under its code. Null on error. */
  async function call<T>(op: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST', signal: AbortSignal.timeout(30_000),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let json: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        json = JSON.parse(text);
      } catch {
        failed(`HTTP_${res.status}`, `${op}: ${text.slice(0, 200)}`);
        return null;
      }
      if (json.errors?.length || !json.data) {
        const error = json.errors?.[0];
        failed(error?.extensions?.code ?? `HTTP_${res.status}`, `${op}: ${error?.message ?? text.slice(0, 200)}`);
        return null;
      }
      if (running) (stats.ops[op] ??= []).push(performance.now() - started);
      return json.data;
    } catch (err) {
      failed((err as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK', `${op}: ${String(err)}`);
      return null;
    }
  }

  type Upsert = { applied: boolean; replayed: boolean; errors: { index: number; code: string; message: string }[] };
  /** An ERP batch; its row errors counted as ERP_<code>. */
  async function upsert(op: string, token: string, query: string, field: string, idempotencyKey: string, runId: string | null, rows: unknown[]): Promise<boolean> {
    const data = await call<Record<string, Upsert>>(op, token, query, { i: { idempotencyKey, runId, rows } });
    const answer = data?.[field];
    if (!answer) return false;
    for (const e of answer.errors) failed(`ERP_${e.code}`, `${op} row ${e.index}: ${e.message}`);
    if (!answer.applied || answer.replayed) failed('ERP_NOT_APPLIED', `${op} ${idempotencyKey}`);
    return answer.applied && !answer.errors.length;
  }

  const job = await new Promise<TrafficJob>((done) => process.once('message', (m: TrafficJob) => done(m)));
  url = job.graphqlUrl;
  const { customers, staffToken, erpToken } = job;

  // The ERP's rows: one plan of INSTALLMENTS installments per customer's sale, and a bill for the first.
  const sale = (c: Customer) => `VENDA-${c.unitNumber}`;
  const dueDate = (n: number) => `2027-${String(((n - 1) % 12) + 1).padStart(2, '0')}-10`;
  const amountCents = (c: Customer, version: number) => 150_000 + (c.unitNumber % 500) * 100 + version;
  const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const installmentRows = (c: Customer, version: number) => Array.from({ length: INSTALLMENTS }, (_, i) => ({
    code: `PARC-${c.unitNumber}-${i + 1}`, planCode: `PLANO-${c.unitNumber}`, number: i + 1, dueDate: dueDate(i + 1), amount: money(amountCents(c, version)), saleCode: sale(c),
  }));
  const billRow = (c: Customer, version: number) => ({
    code: `BOL-${c.unitNumber}-1`, installmentCode: `PARC-${c.unitNumber}-1`, saleCode: sale(c), dueDate: dueDate(1), amount: money(amountCents(c, version)), status: 'OPEN',
    digitableLine: buildDigitableLine({ bankCode: '237', freeField: String(c.unitNumber).padStart(25, '0'), dueDate: dueDate(1), amountCents: amountCents(c, version) }).digits,
  });
  const stamp = `${process.pid}-${Date.now()}`;
  let batches = 0;
  /** A sync run: installments of `slice` (every amount changed to `version`) and their bills; with `plans`, their plans first. */
  async function erpBatch(slice: Customer[], version: number, plans: boolean): Promise<void> {
    const n = batches++;
    const run = await call<{ openSyncRun: { id: string } }>('erpOpenRun', erpToken, Q.openSyncRun, { note: `soak ${n}` });
    if (!run) return;
    const key = (what: string) => `soak-${stamp}-${n}-${what}`;
    if (plans) {
      await upsert('erpPlans', erpToken, Q.upsertPlans, 'upsertInstallmentPlans', key('plans'), run.openSyncRun.id,
        slice.map((c) => ({ code: `PLANO-${c.unitNumber}`, saleCode: sale(c), series: 'Mensais', paymentMethod: 'BOLETO' })));
    }
    await upsert('erpInstallments', erpToken, Q.upsertInstallments, 'upsertInstallments', key('installments'), run.openSyncRun.id, slice.flatMap((c) => installmentRows(c, version)));
    await upsert('erpBills', erpToken, Q.upsertBills, 'upsertBills', key('bills'), run.openSyncRun.id, slice.map((c) => billRow(c, version)));
    await call('erpCloseRun', erpToken, Q.closeSyncRun, { id: run.openSyncRun.id, status: 'SUCCEEDED' });
  }

  const preloadStarted = performance.now();
  for (let from = 0; from < customers.length; from += 100) await erpBatch(customers.slice(from, from + 100), 0, true);
  const preloadErrors = Object.entries(stats.errors).map(([code, n]) => `${code} ${n}`).join(', ');
  process.send!({ type: 'ready', preload: `${customers.length} plans of ${INSTALLMENTS} installments and ${customers.length} bills in ${((performance.now() - preloadStarted) / 1000).toFixed(1)} s${preloadErrors ? `, errors: ${preloadErrors}` : ''}` });

  await new Promise<void>((done) => process.once('message', () => done()));
  running = true;
  let i = 0;
  const pick = () => customers[i++ % customers.length]!;
  // Staff move each request between its two open statuses, one change at a time per request.
  const current = new Map(job.toggles.map((t) => [t.requestId, t.statusIds[0]]));
  const busy = new Set<string>();
  let toggle = 0;
  const timers: NodeJS.Timeout[] = [];
  const every = (perSecond: number, action: () => Promise<unknown>) => {
    timers.push(setInterval(() => void action(), 1000 / perSecond));
  };
  every(RATES.home, () => call('home', pick().token, Q.home));
  every(RATES.myRequests, () => call('myRequests', pick().token, Q.myRequests, { open: true }));
  every(RATES.unitFinance, () => {
    const c = pick();
    return call('unitFinance', c.token, Q.unitFinance, { unitId: c.unitId });
  });
  every(RATES.requestDetail, () => {
    const c = pick();
    return call('requestDetail', c.token, Q.requestDetail, { id: c.requestId });
  });
  every(RATES.openRequest, async () => {
    const c = pick();
    // As the portal does: the form's query, then the request.
    if (!(await call('newRequest', c.token, Q.newRequest, { kind: 'SERVICE', target: 'UNIT' }))) return;
    await call('openRequest', c.token, Q.openRequest, { input: { kind: 'SERVICE', unitId: c.unitId, subsubjectId: job.subsubjectId, description: 'Pedido do soak: a torneira da cozinha pinga.' } });
  });
  every(RATES.desk, () => call('desk', staffToken, Q.desk, { filter: { open: true } }));
  every(RATES.changeStatus, async () => {
    const t = job.toggles[(toggle++ * 7919) % job.toggles.length]!;
    if (busy.has(t.requestId)) return;
    busy.add(t.requestId);
    const from = current.get(t.requestId)!;
    const to = from === t.statusIds[0] ? t.statusIds[1] : t.statusIds[0];
    if (await call('changeStatus', staffToken, Q.changeStatus, { input: { requestId: t.requestId, statusId: to, expectedStatusId: from } })) current.set(t.requestId, to);
    busy.delete(t.requestId);
  });
  let version = 1;
  let slice = 0;
  timers.push(setInterval(() => {
    const from = (slice++ * ERP_SALES) % customers.length;
    void erpBatch(customers.slice(from, from + ERP_SALES), version++, false);
  }, ERP_EVERY_MS));

  process.on('message', (m: { type: 'stats' | 'stop' }) => {
    if (m.type === 'stats') {
      process.send!({ type: 'stats', stats });
      stats = { ops: {}, errors: {}, samples: {} };
    } else {
      // The SMTP sink stays up until the parent has closed the server (it then ends this process).
      for (const timer of timers) clearInterval(timer);
      running = false;
    }
  });
  // Gone with the parent (a soak that failed or was interrupted).
  process.on('disconnect', () => process.exit(0));
}

// Last, once every declaration above is initialised.
if (process.argv[2] === 'traffic') await traffic();
else await main();
