import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The load generator, in a worker thread so it does not share the server's event loop:
 * `connections` virtual customers, each posting its own request back to back for `seconds`.
 */
interface Job {
  url: string;
  body: string;
  tokens: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const job = workerData as Job;
const agent = new Agent({ keepAlive: true, maxSockets: job.connections });

function once(token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(job.url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(job.body) },
    }, (res) => {
      let size = 0;
      res.on('data', (chunk: Buffer) => (size += chunk.length));
      res.on('end', () => (res.statusCode === 200 && size > 20 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(job.body);
  });
}

async function run() {
  const latencies: number[] = [];
  let errors = 0;
  let completed = 0;
  const warmupEnds = Date.now() + job.warmupSeconds * 1000;
  const ends = warmupEnds + job.seconds * 1000;
  await Promise.all(
    Array.from({ length: job.connections }, async (_, i) => {
      const token = job.tokens[i % job.tokens.length]!;
      while (Date.now() < ends) {
        try {
          const ms = await once(token);
          completed++;
          if (Date.now() >= warmupEnds) {
            latencies.push(ms);
          }
        } catch {
          errors++;
        }
      }
    }),
  );
  agent.destroy();
  parentPort!.postMessage({ latencies, errors, completed, seconds: (Date.now() - warmupEnds) / 1000 });
}

void run();
