import type pg from 'pg';
import { createFloorTables, floorBatch, type FloorShape, type SyncKind } from './sync-floor.js';
import {
  blockRows, contractRow, contractTypeRows, customerRow, developmentRows, installmentRow, planRow, plansFor, range, reservationRow, unitRow, type Pass,
} from './sync-rows.js';

/**
 * The core of `npm run bench:sync` (sync.ts runs it at full size, its test with tiny sizes): the
 * ERP's pushes of R-SYNC-2 through the GraphQL API over HTTP with an INTEGRATION token, `rows`
 * units and `rows` installments in batches of `batch`, three passes each — insert (all new),
 * update (every row changed), no-op (the same rows again, under fresh idempotency keys, so it is
 * not a replay) — each pass in a sync run (R-SYNC-4); and beside it the floor (sync-floor.ts):
 * the same rows through plain `pg`, pass for pass.
 */
export interface SyncSize {
  rows: number;
  batch: number;
  /** API batches in flight at once (default 1). */
  concurrency?: number;
}

export interface BatchFigure {
  ms: number;
  /** The server's RSS after the batch, bytes. */
  rss: number;
  /** What the server's heap held after its latest full collection, bytes (null: none yet, or not measured). */
  heap: number | null;
}

export interface PassFigure {
  kind: SyncKind;
  target: string;
  pass: Pass;
  rows: number;
  seconds: number;
  inserted: number;
  updated: number;
  unchanged: number;
  batches: BatchFigure[];
  /** CPU ms over the pass: the writer's Node process (the server, or the floor's client) and PostgreSQL's backends. */
  nodeMs: number;
  postgresMs: number;
}

export const PASS_NAMES: Record<Pass, string> = { 1: 'insert', 2: 'update', 3: 'no-op' };
const PASSES: Pass[] = [1, 2, 3];

const RESULT = 'applied replayed inserted updated unchanged errors { index erpCode field code message }';
const MUTATIONS = {
  developments: ['upsertDevelopments', 'DevelopmentBatch'],
  blocks: ['upsertBlocks', 'BlockBatch'],
  units: ['upsertUnits', 'UnitBatch'],
  customers: ['upsertCustomers', 'CustomerBatch'],
  reservations: ['upsertReservations', 'ReservationBatch'],
  contractTypes: ['upsertContractTypes', 'ContractTypeBatch'],
  contracts: ['upsertContracts', 'ContractBatch'],
  installmentPlans: ['upsertInstallmentPlans', 'InstallmentPlanBatch'],
  installments: ['upsertInstallments', 'InstallmentBatch'],
} as const;
type Mutation = keyof typeof MUTATIONS;

interface UpsertAnswer {
  applied: boolean;
  replayed: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: { index: number; erpCode: string | null; field: string | null; code: string; message: string }[];
}

/** The GraphQL API over HTTP with a bearer secret (an API token, or an ADMIN's session). */
export class SyncApi {
  constructor(readonly url: string, readonly secret: string) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${this.secret}` }, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    let json: { data?: T; errors?: { message: string; extensions?: unknown }[] };
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
    }
    if (json.errors?.length || !json.data) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
    return json.data;
  }

  /** A batch of a kind; refused unless applied with no errors. */
  async upsert(mutation: Mutation, idempotencyKey: string, runId: string | null, rows: unknown[]): Promise<UpsertAnswer> {
    const [field, input] = MUTATIONS[mutation];
    const data = await this.call<Record<string, UpsertAnswer>>(`mutation($i: ${input}!) { ${field}(input: $i) { ${RESULT} } }`, { i: { idempotencyKey, runId, rows } });
    const answer = data[field]!;
    if (!answer.applied || answer.errors.length) throw new Error(`${field} ${idempotencyKey}: not applied: ${JSON.stringify(answer.errors.slice(0, 3))}`);
    if (answer.replayed) throw new Error(`${field} ${idempotencyKey}: replayed, not applied`);
    return answer;
  }

  async openRun(note: string): Promise<string> {
    return (await this.call<{ openSyncRun: { id: string } }>('mutation($n: String) { openSyncRun(note: $n) { id } }', { n: note })).openSyncRun.id;
  }

  async closeRun(id: string): Promise<void> {
    await this.call('mutation($id: ID!) { closeSyncRun(id: $id, status: SUCCEEDED) { id } }', { id });
  }
}

/** An ADMIN (by their session secret) creates the INTEGRATION token the ERP calls with; its secret. */
export async function createIntegrationToken(url: string, adminSecret: string): Promise<string> {
  const admin = new SyncApi(url, adminSecret);
  const { createApiToken } = await admin.call<{ createApiToken: { secret: string } }>(
    'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }', { i: { name: 'ERP (bench:sync)', scopes: ['INTEGRATION'] } });
  return createApiToken.secret;
}

export interface SyncBenchOptions {
  size: SyncSize;
  /** The server's RSS now, in bytes. */
  rss(): number | Promise<number>;
  /** What the server's heap held after its latest full collection, in bytes; none: not measured. */
  heap?(): Promise<number | null>;
  /** CPU ms spent so far by the server, by this process (the floor's client) and by the database's backends; none: not measured. */
  cpu?(): { server: number; self: number; postgres: number };
  /** The floor's connection (its tables are made on it) and shapes; none: no floor. */
  floor?: { client: pg.Client; companyId: string; shapes: FloorShape[] };
  /** Progress lines (the prerequisites, each pass as it ends). */
  log?(line: string): void;
  /** Makes idempotency keys unique across runs on the same database. */
  stamp?: string;
}

export interface SyncBenchResult {
  passes: PassFigure[];
  /** Seconds spent pushing what the installments need (customers, sales, contracts, plans). */
  prerequisiteSeconds: number;
}

/** Batches of `from`…`to` rows, `batch` at a time. */
function* batchesOf(rows: number, batch: number): Generator<[number, number]> {
  for (let from = 1; from <= rows; from += batch) yield [from, Math.min(rows, from + batch - 1)];
}

export async function runSyncBench(api: SyncApi, options: SyncBenchOptions): Promise<SyncBenchResult> {
  const { size, log = () => {} } = options;
  const stamp = options.stamp ?? `${process.pid}-${Date.now()}`;
  const passes: PassFigure[] = [];
  const key = (what: string) => `bench-${stamp}-${what}`;

  /** Every batch of a kind's rows (prerequisites), in one sync run. */
  const push = async (mutation: Mutation, count: number, row: (n: number) => unknown) => {
    const run = await api.openRun(`bench:sync ${mutation}`);
    for (const [from, to] of batchesOf(count, size.batch)) await api.upsert(mutation, key(`${mutation}-${from}`), run, range(from, to, row));
    await api.closeRun(run);
  };

  const apiPasses = async (kind: SyncKind) => {
    const mutation: Mutation = kind;
    const row = kind === 'units' ? unitRow : installmentRow;
    for (const pass of PASSES) {
      const figure: PassFigure = { kind, target: 'API', pass, rows: size.rows, seconds: 0, inserted: 0, updated: 0, unchanged: 0, batches: [], nodeMs: 0, postgresMs: 0 };
      const run = await api.openRun(`bench:sync ${kind} ${PASS_NAMES[pass]}`);
      const cpu = options.cpu?.();
      const started = performance.now();
      // `concurrency` batches in flight at once (1: one after the other, as an ERP's loop sends them).
      const queue = [...batchesOf(size.rows, size.batch)];
      const sender = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [from, to] = next;
          const rows = range(from, to, (n) => row(n, pass));
          const sent = performance.now();
          const answer = await api.upsert(mutation, key(`${kind}-p${pass}-${from}`), run, rows);
          const ms = performance.now() - sent;
          figure.inserted += answer.inserted;
          figure.updated += answer.updated;
          figure.unchanged += answer.unchanged;
          figure.batches.push({ ms, rss: await options.rss(), heap: (await options.heap?.()) ?? null });
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, size.concurrency ?? 1) }, sender));
      figure.seconds = (performance.now() - started) / 1000;
      const spent = options.cpu?.();
      if (cpu && spent) [figure.nodeMs, figure.postgresMs] = [spent.server - cpu.server, spent.postgres - cpu.postgres];
      await api.closeRun(run);
      passes.push(figure);
      log(`  API ${kind} ${PASS_NAMES[pass].padEnd(6)} ${Math.round(figure.rows / figure.seconds).toLocaleString('en')} rows/s`);
    }
  };

  const floorPasses = async (kind: SyncKind) => {
    if (!options.floor) return;
    const { client, companyId, shapes } = options.floor;
    for (const shape of shapes) {
      for (const pass of PASSES) {
        const figure: PassFigure = { kind, target: `floor (${shape})`, pass, rows: size.rows, seconds: 0, inserted: 0, updated: 0, unchanged: 0, batches: [], nodeMs: 0, postgresMs: 0 };
        const cpu = options.cpu?.();
        const started = performance.now();
        for (const [from, to] of batchesOf(size.rows, size.batch)) {
          const sent = performance.now();
          const written = await floorBatch(client, kind, shape, from, to, pass, companyId);
          figure.inserted += written.inserted;
          figure.updated += written.updated;
          figure.unchanged += to - from + 1 - written.inserted - written.updated;
          figure.batches.push({ ms: performance.now() - sent, rss: process.memoryUsage().rss, heap: null });
        }
        figure.seconds = (performance.now() - started) / 1000;
        const spent = options.cpu?.();
        if (cpu && spent) [figure.nodeMs, figure.postgresMs] = [spent.self - cpu.self, spent.postgres - cpu.postgres];
        passes.push(figure);
        log(`  floor (${shape}) ${kind} ${PASS_NAMES[pass].padEnd(6)} ${Math.round(figure.rows / figure.seconds).toLocaleString('en')} rows/s`);
      }
      // Each shape starts from an empty table.
      await client.query('truncate floor_unit, floor_installment');
    }
  };

  if (options.floor) await createFloorTables(options.floor.client);
  let started = performance.now();
  await push('developments', developmentRows().length, (n) => developmentRows()[n - 1]);
  await push('blocks', blockRows().length, (n) => blockRows()[n - 1]);
  let prerequisiteSeconds = (performance.now() - started) / 1000;

  await apiPasses('units');
  await floorPasses('units');

  started = performance.now();
  const plans = plansFor(size.rows);
  log(`  prerequisites of ${size.rows.toLocaleString('en')} installments: ${plans.toLocaleString('en')} customers, sales, contracts and plans…`);
  await push('customers', plans, customerRow);
  await push('reservations', plans, reservationRow);
  await push('contractTypes', 1, () => contractTypeRows()[0]);
  await push('contracts', plans, contractRow);
  await push('installmentPlans', plans, planRow);
  prerequisiteSeconds += (performance.now() - started) / 1000;

  await apiPasses('installments');
  await floorPasses('installments');
  return { passes, prerequisiteSeconds };
}
