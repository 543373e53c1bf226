import { wallClock } from './wall-clock.js';

/**
 * A child process that asks the server a trivial authenticated query (`{ me { id } }`) one at a
 * time, starting one at most every `intervalMs` (so the probe itself hardly loads the server),
 * for as long as it runs: a fan-out that holds the server up shows as a slow answer here.
 * In: { url, token, intervalMs }, then { type: 'stop' }. Out: { samples: [sent, answered, ok][] }
 * in wall-clock ms (wall-clock.ts).
 */
export type Sample = [sent: number, answered: number, ok: boolean];

const samples: Sample[] = [];
let stopping = false;

async function run(job: { url: string; token: string; intervalMs: number }) {
  const body = JSON.stringify({ query: '{ me { id } }' });
  while (!stopping) {
    const sent = wallClock();
    let ok = false;
    try {
      const res = await fetch(job.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` }, body });
      const json = (await res.json()) as { data?: { me?: { id: string } | null } };
      ok = Boolean(json.data?.me?.id);
    } catch {
      ok = false;
    }
    const answered = wallClock();
    samples.push([sent, answered, ok]);
    const wait = sent + job.intervalMs - answered;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  process.send!({ samples }, () => process.exit(0));
}

// Gone with the parent (a bench that failed or was interrupted).
process.on('disconnect', () => process.exit(0));

process.on('message', (message: { type: 'stop' } | { url: string; token: string; intervalMs: number }) => {
  if ('type' in message) stopping = true;
  else void run(message);
});
