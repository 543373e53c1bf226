import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';
import { execute } from '../modules/visibility/sql.js';

/** Every kind of job, with what it carries. A job's data names its company, so staff see only their own failures. */
export interface JobKinds {
  /** Something happened that may notify people (a status change, a reply…): resolve who, then queue deliveries. */
  'notify.event': { companyId: string; event: string; id: string; at: string };
  /** One notification row to send on its channel. */
  'notify.deliver': { companyId: string; notificationId: string };
  /** The daily bills digest (R-NOTIFY-1), scheduled at 08:00 in São Paulo; `at` overrides "now" (tests, re-runs). */
  'notify.bills': { companyId?: string; at?: string };
  /** Booking reminders for tomorrow's appointments, scheduled at 18:00 in São Paulo. */
  'notify.bookings': { at?: string };
}
export type JobKind = keyof JobKinds;

/** How each kind is retried: deliveries back off (30 s, 1 min, 2 min… up to 6 tries); the rest retry a few times. */
const QUEUES: Record<JobKind, PgBoss.Queue> = {
  'notify.event': { name: 'notify.event', retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 },
  'notify.deliver': { name: 'notify.deliver', retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  'notify.bills': { name: 'notify.bills', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 1800 },
  'notify.bookings': { name: 'notify.bookings', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
};
export const JOB_KINDS = Object.keys(QUEUES) as JobKind[];

/** Where jobs wait: America/Sao_Paulo for every schedule (R-FIN-8's "today"). */
export const QUEUE_TIME_ZONE = 'America/Sao_Paulo';

export interface QueueOptions {
  databaseUrl: string;
  logger: Logger;
  /** Run the handlers in this process (default) or only enqueue (a separate `npm run worker` runs them). */
  work: boolean;
  /** How often an idle worker looks for jobs (seconds; pg-boss's minimum is 0.5). Jobs queued by this process wake it at once. */
  pollingSeconds?: number;
  /** Run the cron schedules from this process (every instance may; pg-boss lets one send each tick). */
  schedules: boolean;
  /** Overrides every job's retries (tests: fail fast); unset: each kind's own (QUEUES). */
  retry?: { limit: number; delaySeconds: number };
}

/** `retryCount`: retries so far; the job's last attempt is the one where it equals `retryLimit`. */
export type Handler<K extends JobKind> = (data: JobKinds[K], job: { id: string; retryCount: number; retryLimit: number }) => Promise<void>;

/** A failed job, as the admin's dead-letter list shows it. */
export interface FailedJob {
  id: string;
  kind: JobKind;
  data: Record<string, unknown>;
  error: string | null;
  retries: number;
  createdAt: Date;
  failedAt: Date | null;
}

/**
 * The durable job queue (pg-boss on Habite's own PostgreSQL, schema `pgboss`, made by a migration).
 * `enqueue` writes the job with the caller's transaction: a rolled-back change leaves no job, a
 * committed one never loses its job. Handlers run with retries and exponential backoff; a job that
 * exhausts them stays `failed` (the dead-letter list) until staff retry it.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly workers = new Map<JobKind, string>();
  private readonly handlers = new Map<JobKind, Handler<JobKind>>();
  private started = false;
  /** Failed attempts per kind since start (each is retried with backoff; metrics, issue 15). */
  readonly failures = new Map<JobKind, number>();

  constructor(private readonly options: QueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl, schema: 'pgboss', max: 3, application_name: 'habite-queue',
      supervise: true, schedule: options.schedules, migrate: true,
      // Failed jobs stay visible (and retryable) for a week before they are archived.
      archiveFailedAfterSeconds: 7 * 24 * 3600, archiveCompletedAfterSeconds: 3600, deleteAfterDays: 30,
    });
    this.boss.on('error', (err) => options.logger.error({ err }, 'job queue error'));
  }

  /** Registers the handler of a kind (before start). */
  handle<K extends JobKind>(kind: K, handler: Handler<K>): void {
    this.handlers.set(kind, handler as unknown as Handler<JobKind>);
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const queue of Object.values(QUEUES)) {
      const found = await this.boss.getQueue(queue.name);
      if (!found) await this.boss.createQueue(queue.name, queue);
    }
    if (this.options.schedules) {
      await this.boss.schedule('notify.bills', '0 8 * * *', {}, { tz: QUEUE_TIME_ZONE });
      await this.boss.schedule('notify.bookings', '0 18 * * *', {}, { tz: QUEUE_TIME_ZONE });
    }
    if (this.options.work) {
      for (const [kind, handler] of this.handlers) {
        const id = await this.boss.work<JobKinds[typeof kind]>(kind, { batchSize: 1, pollingIntervalSeconds: this.options.pollingSeconds ?? 2, includeMetadata: true }, async ([job]) => {
          const log = this.options.logger.child({ job: kind, jobId: job!.id });
          const started = performance.now();
          try {
            const meta = job as unknown as { retryCount: number; retryLimit: number };
            await handler(job!.data, { id: job!.id, retryCount: meta.retryCount, retryLimit: meta.retryLimit });
            log.debug({ ms: Math.round(performance.now() - started) }, 'job done');
          } catch (err) {
            log.warn({ err, ms: Math.round(performance.now() - started) }, 'job failed (it is retried with backoff)');
            this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
            throw err;
          }
        });
        this.workers.set(kind, id);
      }
    }
    this.started = true;
  }

  /**
   * Queues a job in the transaction of `em` (or on its own when `em` is outside one). `id`: the job's
   * id (a uuid) — the same id twice is one job. `afterSeconds`: not before then.
   */
  async enqueue<K extends JobKind>(em: EntityManager | null, kind: K, data: JobKinds[K], options: { id?: string; afterSeconds?: number; retryDelay?: number } = {}): Promise<void> {
    const db = em && em.isInTransaction() ? transactionDb(em) : undefined;
    // pg-boss checks the keys it is given: only those with a value.
    const sendOptions: PgBoss.SendOptions = {};
    if (options.id) sendOptions.id = options.id;
    if (options.afterSeconds !== undefined) sendOptions.startAfter = options.afterSeconds;
    if (options.retryDelay !== undefined) sendOptions.retryDelay = options.retryDelay;
    if (this.options.retry) {
      sendOptions.retryLimit = this.options.retry.limit;
      sendOptions.retryDelay = this.options.retry.delaySeconds;
      sendOptions.retryBackoff = false;
    }
    if (db) sendOptions.db = db;
    await this.boss.send(kind, data as object, sendOptions);
    // Jobs queued here wake this process's worker at once (once the transaction commits they are visible).
    if (!db) this.wake(kind);
    else em!.getTransactionContext() && this.wakeAfterCommit(em!, kind);
  }

  /** Many jobs of one kind in one statement, in the transaction of `em` (a digest's deliveries). */
  async enqueueMany<K extends JobKind>(em: EntityManager, kind: K, jobs: { id: string; data: JobKinds[K] }[]): Promise<void> {
    if (!jobs.length) return;
    const retry = this.options.retry ? { retryLimit: this.options.retry.limit, retryDelay: this.options.retry.delaySeconds, retryBackoff: false } : {};
    const db = em.isInTransaction() ? transactionDb(em) : undefined;
    await this.boss.insert(jobs.map((j) => ({ name: kind, id: j.id, data: j.data as object, ...retry })), db ? { db } : {});
    if (!db) this.wake(kind);
    else this.wakeAfterCommit(em, kind);
  }

  /** Runs a scheduled kind now (the admin's "run again", tests). */
  async runNow<K extends JobKind>(kind: K, data: JobKinds[K]): Promise<void> {
    await this.enqueue(null, kind, data);
    this.wake(kind);
  }

  private wake(kind: JobKind) {
    const worker = this.workers.get(kind);
    if (worker) this.boss.notifyWorker(worker);
  }

  private wakeAfterCommit(em: EntityManager, kind: JobKind) {
    // MikroORM has no after-commit hook on a raw transaction: poll again shortly.
    setTimeout(() => this.wake(kind), 50).unref();
    setTimeout(() => this.wake(kind), 500).unref();
    void em;
  }

  /** Failed jobs of a company (the dead-letter list), newest first. */
  async failed(companyId: string, limit = 100): Promise<FailedJob[]> {
    const sql = `select id, name, data, output, retry_count, created_on, completed_on from pgboss.job
                  where state = 'failed' and data->>'companyId' = $1 order by completed_on desc nulls last limit $2`;
    const { rows } = await this.db().executeSql(sql, [companyId, limit]);
    return (rows as { id: string; name: JobKind; data: Record<string, unknown>; output: unknown; retry_count: number; created_on: Date; completed_on: Date | null }[]).map((r) => ({
      id: r.id, kind: r.name, data: r.data, error: errorText(r.output), retries: r.retry_count, createdAt: r.created_on, failedAt: r.completed_on,
    }));
  }

  /** Puts a failed job of the company back in the queue; false when there is no such failed job. */
  async retry(companyId: string, jobId: string): Promise<{ kind: JobKind; data: Record<string, unknown> } | null> {
    const { rows } = await this.db().executeSql(`select name, data from pgboss.job where id = $1 and state = 'failed' and data->>'companyId' = $2`, [jobId, companyId]);
    const row = rows[0] as { name: JobKind; data: Record<string, unknown> } | undefined;
    if (!row) return null;
    await this.boss.retry(row.name, jobId);
    this.wake(row.name);
    return { kind: row.name, data: row.data };
  }

  /** Jobs waiting or running, per kind (metrics, readiness). */
  async depth(): Promise<Record<JobKind, number>> {
    const out = {} as Record<JobKind, number>;
    for (const kind of JOB_KINDS) out[kind] = await this.boss.getQueueSize(kind);
    return out;
  }

  get running(): boolean {
    return this.started;
  }

  private db() {
    return this.boss.getDb() as { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 5_000, wait: true });
  }
}

/** pg-boss's "bring your own connection": its statement runs on the transaction's connection. */
function transactionDb(em: EntityManager) {
  return {
    async executeSql(text: string, values: unknown[]) {
      // The ORM's connection takes `?` placeholders in order: `$n` may repeat or come out of order.
      const ordered: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_, n: string) => {
        ordered.push(values[Number(n) - 1] ?? null);
        return '?';
      });
      return { rows: await execute<unknown>(em, sql, ordered) };
    },
  };
}

function errorText(output: unknown): string | null {
  if (!output) return null;
  if (typeof output === 'object' && output && 'message' in output) return String((output as { message: unknown }).message);
  return JSON.stringify(output);
}
