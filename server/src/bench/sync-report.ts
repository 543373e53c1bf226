import type { PassFigure } from './sync-bench.js';
import { PASS_NAMES } from './sync-bench.js';
import { mark, quantile, table } from './stats.js';

/** The API's target (R-SYNC-2 at an ERP's night volume): rows per second on every pass. */
export const TARGET_ROWS_PER_SECOND = 20_000;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const rate = (p: PassFigure) => p.rows / p.seconds;

/**
 * The server's memory is flat when, after the first pass warmed it up, its peaks do not climb:
 * the highest RSS over the second half of the later batches at most 15% (and at least 48 MB of
 * slack) above the highest over their first half. (A garbage-collected heap saws up and down; a
 * leak raises every peak.)
 */
export function memoryOf(api: PassFigure[]) {
  const all = api.flatMap((p) => p.batches.map((b) => b.rss));
  const later = api.slice(1).flatMap((p) => p.batches.map((b) => b.rss));
  const half = Math.ceil(later.length / 2);
  const early = Math.max(...later.slice(0, half), 0);
  const late = Math.max(...later.slice(half), 0);
  const growth = late - early;
  return { first: all[0] ?? 0, last: all.at(-1) ?? 0, max: Math.max(...all, 0), early, late, growth, flat: growth <= Math.max(48 * 1024 * 1024, early * 0.15) };
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
  console.log('\nServer RSS (MB) after each batch, by pass:');
  console.log(table(['kind · pass', 'first', 'last', 'max'], api.map((p) => {
    const rss = p.batches.map((b) => b.rss);
    return [`${p.kind} · ${PASS_NAMES[p.pass]}`, mb(rss[0]!), mb(rss.at(-1)!), mb(Math.max(...rss))];
  })));
  const memory = memoryOf(api);

  const slowest = Math.min(...api.map(rate));
  const checks: [string, string, boolean][] = [
    [`API ≥ ${TARGET_ROWS_PER_SECOND.toLocaleString('en')} rows/s on every pass`, `slowest ${Math.round(slowest).toLocaleString('en')} rows/s`, slowest >= TARGET_ROWS_PER_SECOND],
    ['server RSS flat across batches (peaks after pass 1: first half → second half)',
      `first ${mb(memory.first)}, last ${mb(memory.last)}, max ${mb(memory.max)} MB; peaks ${mb(memory.early)} → ${mb(memory.late)} MB`, memory.flat],
  ];
  console.log('\nTargets:');
  console.log(table(['target', 'measured', ''], checks.map(([name, value, ok]) => [`  ${name}`, value, mark(ok)])));
  return checks.every(([, , ok]) => ok);
}
