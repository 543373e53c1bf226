import { Agent, request } from 'node:http';

/**
 * The load generator, in its own process (`child_process.fork`, see load-runner.ts) so that the
 * server's process spends its CPU on the server alone. It takes one job from its parent, sends
 * `{ type: 'measuring' }` when the warm-up ends (the parent starts its CPU window there) and
 * `{ type: 'done', result }` when every request has answered or given up, then exits.
 *
 * - closed loop: `connections` virtual customers, each posting back to back.
 * - open loop: `rate` requests per second at fixed times, spread over the tokens in turn; each
 *   is sent at its time whatever happened to earlier ones, and its latency runs from that time,
 *   so waiting behind a slow server counts. Each customer has its own agent of at most 6
 *   sockets, as a browser has: beyond that, requests wait on the client, still on the clock.
 */
export interface LoadJob {
  url: string;
  body: string;
  tokens: string[];
  mode: 'closed' | 'open';
  /** Closed loop: concurrent customers. */
  connections: number;
  /** Open loop: arrivals per second. */
  rate: number;
  warmupSeconds: number;
  seconds: number;
  /** Open loop: how long after the window requests still in flight may take before they count as errors. */
  drainSeconds: number;
}

export interface LoadResult {
  /** Latencies (ms) of the requests measured: closed, answered after the warm-up; open, scheduled in the window. */
  latencies: number[];
  /** Failed requests (status, GraphQL errors, network), and open-loop requests still unanswered at the drain deadline. */
  errors: number;
  /** Of `errors`, those unanswered at the drain deadline. */
  late: number;
  /** Requests answered within the window, whenever sent: the achieved throughput is this over `seconds`. */
  answeredInWindow: number;
  /** Requests answered from 'measuring' to 'done' (the parent's CPU window). */
  answeredWhileMeasuring: number;
  seconds: number;
}

const now = () => performance.now();

function post(job: LoadJob, agent: Agent, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(job.url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(job.body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        // A GraphQL error still answers 200: look for it in the body.
        const body = Buffer.concat(chunks).toString();
        if (res.statusCode === 200 && body.startsWith('{"data":') && !body.includes('"errors":')) resolve();
        else reject(new Error(`status ${res.statusCode}: ${body.slice(0, 200)}`));
      });
    });
    req.on('error', reject);
    req.end(job.body);
  });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const warmupEnds = now() + job.warmupSeconds * 1000;
  const ends = warmupEnds + job.seconds * 1000;
  const result: LoadResult = { latencies: [], errors: 0, late: 0, answeredInWindow: 0, answeredWhileMeasuring: 0, seconds: job.seconds };
  let firstError: string | null = null;
  const answered = (at: number) => {
    if (at >= warmupEnds) result.answeredWhileMeasuring++;
    if (at >= warmupEnds && at < ends) result.answeredInWindow++;
  };
  const failed = (err: unknown) => {
    result.errors++;
    firstError ??= String(err);
  };
  setTimeout(() => process.send!({ type: 'measuring' }), Math.max(0, warmupEnds - now()));

  if (job.mode === 'closed') {
    const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
    await Promise.all(Array.from({ length: job.connections }, async (_, i) => {
      const token = job.tokens[i % job.tokens.length]!;
      while (now() < ends) {
        const started = now();
        try {
          await post(job, agent, token);
          const at = now();
          answered(at);
          if (at >= warmupEnds) result.latencies.push(at - started);
        } catch (err) {
          failed(err);
        }
      }
    }));
    agent.destroy();
  } else {
    const agents = job.tokens.map(() => new Agent({ keepAlive: true, maxSockets: 6 }));
    const interval = 1000 / job.rate;
    const start = now();
    const inFlight = new Set<Promise<void>>();
    const send = (i: number, scheduled: number) => {
      const measured = scheduled >= warmupEnds;
      const done = post(job, agents[i % agents.length]!, job.tokens[i % job.tokens.length]!).then(
        () => {
          const at = now();
          answered(at);
          if (measured) result.latencies.push(at - scheduled);
        },
        failed,
      ).finally(() => inFlight.delete(done));
      inFlight.add(done);
    };
    for (let i = 0; ; i++) {
      const scheduled = start + i * interval;
      if (scheduled >= ends) break;
      const wait = scheduled - now();
      // A timer that fires late sends every arrival that is due at once, each timed from its own schedule.
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      send(i, scheduled);
    }
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), job.drainSeconds * 1000).unref());
    if ((await Promise.race([Promise.all(inFlight).then(() => 'drained' as const), deadline])) === 'late') {
      result.late = inFlight.size;
      result.errors += inFlight.size;
    }
  }
  if (firstError) process.stderr.write(`load: ${result.errors} errors, first: ${firstError}\n`);
  // A copy: requests cut off below would still fail into `result` before it is sent.
  return { ...result, latencies: [...result.latencies] };
}

// Gone with the parent (a bench that failed or was interrupted).
process.on('disconnect', () => process.exit(0));

process.once('message', (job: LoadJob) => {
  // Exiting closes whatever is still in flight.
  void run(job).then((result) => process.send!({ type: 'done', result }, () => process.exit(0)));
});
