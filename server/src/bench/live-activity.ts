import { performance } from 'node:perf_hooks';
import { median } from './stats.js';
import { wallClock } from './wall-clock.js';

interface Bucket {
  from: number;
  to: number;
  statements: number;
  /** Event-loop utilisation of this process (the server's) over the bucket, 0…1. */
  busy: number;
}

/**
 * Tells when the server has finished a fan-out. The one delivery of "one of 10,000 sees it"
 * arrives while the other 9,999 subscribers may still be checking the event, so the fan-out ends
 * when the server is quiet again: every 100 ms, the SQL statements it sent and how busy its event
 * loop was; quiet is two buckets in a row with the event loop under half busy and no more
 * statements than the idle server sends (the probe's, measured by `calibrate`), doubled, plus 2.
 */
export function watchActivity(statements: () => number) {
  const buckets: Bucket[] = [];
  let elu = performance.eventLoopUtilization();
  let count = statements();
  let at = wallClock();
  const timer = setInterval(() => {
    const nowElu = performance.eventLoopUtilization();
    const now = wallClock();
    const nowCount = statements();
    buckets.push({ from: at, to: now, statements: nowCount - count, busy: performance.eventLoopUtilization(nowElu, elu).utilization });
    [elu, count, at] = [nowElu, nowCount, now];
    if (buckets.length > 20_000) buckets.splice(0, 10_000);
  }, 100);
  let idleStatements = 0;
  const quiet = (b: Bucket) => b.busy < 0.5 && b.statements <= 2 * idleStatements + 2;
  return {
    /** Takes the last `ms` as the idle level (call it while nothing but the probe runs). */
    calibrate(ms: number): void {
      idleStatements = median(buckets.filter((b) => b.from >= wallClock() - ms).map((b) => b.statements)) || 0;
    },
    get idleStatements() {
      return idleStatements;
    },
    /** Waits for the server to be quiet after `since`; resolves with when the quiet began (wall-clock ms), or null after `timeoutMs`. */
    async quietAfter(since: number, timeoutMs: number): Promise<number | null> {
      const deadline = wallClock() + timeoutMs;
      while (wallClock() < deadline) {
        const after = buckets.filter((b) => b.from >= since);
        for (let i = 0; i + 1 < after.length; i++) {
          if (quiet(after[i]!) && quiet(after[i + 1]!)) return after[i]!.from;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    },
    stop: () => clearInterval(timer),
  };
}
