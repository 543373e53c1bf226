import type { PassFigure } from './sync-bench.js';
import { PASS_NAMES } from './sync-bench.js';
import { mark, quantile, table } from './stats.js';

/** The API's target (R-SYNC-2 at an ERP's night volume): rows per second on every pass. */
export const TARGET_ROWS_PER_SECOND = 20_000;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const rate = (p: PassFigure) => p.rows / p.seconds;

/**
 * The server's memory is flat when, after the first pass warmed it up, what it holds does not
 * climb. Judged by what its heap held after each full (mark-compact) collection, as V8 reports it:
 * the last such figure at most 10% (and at least 16 MB of slack) above the first one after pass 1.
 * A leak keeps what every batch made, so that figure climbs batch after batch; the RSS does not
 * tell a leak apart from V8 sizing its heap to the work (garbage waits for the next full
 * collection, which comes seldom: a few in a run). Without two such figures after pass 1 (the
 * bench's test; a server that did not say), by the RSS: the highest over the second half of the
 * later batches at most 15% (and at least 48 MB) above the highest over their first half.
 */
export function memoryOf(api: PassFigure[]) {
  const all = api.flatMap((p) => p.batches.map((b) => b.rss));
  const later = api.slice(1).flatMap((p) => p.batches);
  const half = Math.ceil(later.length / 2);
  const early = Math.max(...later.slice(0, half).map((b) => b.rss), 0);
  const late = Math.max(...later.slice(half).map((b) => b.rss), 0);
  const heaps = later.map((b) => b.heap).filter((h): h is number => h !== null);
  const heap = heaps.length >= 2 ? { first: heaps[0]!, last: heaps.at(-1)!, figures: new Set(heaps).size } : null;
  const flat = heap
    ? heap.last - heap.first <= Math.max(16 * 1024 * 1024, heap.first * 0.1)
    : late - early <= Math.max(48 * 1024 * 1024, early * 0.15);
  return { first: all[0] ?? 0, last: all.at(-1) ?? 0, max: Math.max(...all, 0), early, late, heap, flat };
}

export function printSyncReport(passes: PassFigure[], info: { rows: number; batch: number; concurrency?: number; prerequisiteSeconds: number }): boolean {
  console.log(`\nbench:sync — ${info.rows.toLocaleString('en')} rows per kind in batches of ${info.batch.toLocaleString('en')}${(info.concurrency ?? 1) > 1 ? `, ${info.concurrency} API batches in flight` : ', one API batch at a time'} (prerequisites took ${info.prerequisiteSeconds.toFixed(1)} s)\n`);
  const floorOf = (p: PassFigure) => passes.find((f) => f.kind === p.kind && f.pass === p.pass && f.target === 'floor (engine)');
  console.log(table(
    ['kind · pass · target', 'rows/s', 'batch p50 ms', 'batch max ms', 'inserted', 'updated', 'unchanged', 'API / floor', 'CPU ms / 1k rows: Node + PG'],
    passes.map((p) => {
      const ms = p.batches.map((b) => b.ms);
      const floor = p.target === 'API' ? floorOf(p) : undefined;
      return [`${p.kind} · ${PASS_NAMES[p.pass]} · ${p.target}`, Math.round(rate(p)).toLocaleString('en'), quantile(ms, 0.5).toFixed(0), Math.max(...ms).toFixed(0),
        String(p.inserted), String(p.updated), String(p.unchanged), floor ? `${(rate(p) / rate(floor)).toFixed(2)}×` : '',
        p.nodeMs || p.postgresMs ? `${((p.nodeMs * 1000) / p.rows).toFixed(1)} + ${((p.postgresMs * 1000) / p.rows).toFixed(1)}` : ''];
    }),
  ));

  const api = passes.filter((p) => p.target === 'API');
  console.log('\nThe server\'s memory (MB) after each batch, by pass: its RSS, and its heap after the latest full collection:');
  console.log(table(['kind · pass', 'RSS first', 'last', 'max', 'heap after full GC: first', 'last'], api.map((p) => {
    const rss = p.batches.map((b) => b.rss);
    const heaps = p.batches.map((b) => b.heap).filter((h): h is number => h !== null);
    return [`${p.kind} · ${PASS_NAMES[p.pass]}`, mb(rss[0]!), mb(rss.at(-1)!), mb(Math.max(...rss)), heaps.length ? mb(heaps[0]!) : '–', heaps.length ? mb(heaps.at(-1)!) : '–'];
  })));
  const memory = memoryOf(api);

  const slowest = Math.min(...api.map(rate));
  const checks: [string, string, boolean][] = [
    [`API ≥ ${TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s on every pass`, `slowest ${Math.round(slowest).toLocaleString('en')} rows/s`, slowest >= TARGET_ROWS_PER_SECOND],
    memory.heap
      ? ['server memory flat across batches (heap after full GCs, after pass 1: first → last)',
        `${mb(memory.heap.first)} → ${mb(memory.heap.last)} MB (${memory.heap.figures} figures; RSS max ${mb(memory.max)} MB)`, memory.flat]
      : ['server RSS flat across batches (peaks after pass 1: first half → second half)',
        `first ${mb(memory.first)}, last ${mb(memory.last)}, max ${mb(memory.max)} MB; peaks ${mb(memory.early)} → ${mb(memory.late)} MB`, memory.flat],
  ];
  console.log('\nTargets:');
  console.log(table(['target', 'measured', ''], checks.map(([name, value, ok]) => [`  ${name}`, value, mark(ok)])));
  return checks.every(([, , ok]) => ok);
}
