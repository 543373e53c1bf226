import type { EventsResult } from './live-events.js';
import type { Sample } from './live-probe.js';
import { mark, median, quantile, table } from './stats.js';

/** A stretch of the run in which the server was busy other than by events (subscribing). */
export interface Phase {
  kind: 'subscribe';
  name: string;
  start: number;
  end: number;
}

export interface LiveReport {
  allSee: number;
  oneSees: number;
  events: number;
  processes: number;
  all: EventsResult;
  one: EventsResult;
  phases: Phase[];
  probe: Sample[];
  rss: { before: number; idle: number; subscriptions: number };
  idleStatements: number;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');
const delivery = (r: EventsResult) => `p50 ${ms(quantile(r.latencies, 0.5))}, p99 ${ms(quantile(r.latencies, 0.99))}, max ${ms(Math.max(...r.latencies))}`;
const fanouts = (r: EventsResult) => {
  const d = r.windows.filter((w) => w.measured).map((w) => w.end - w.start);
  return `median ${ms(median(d))}, max ${ms(Math.max(...d))}`;
};

/**
 * The figures beside the issue's targets (benchmarks, not timed tests). The probe's samples are
 * split into those overlapping a measured fan-out and idle ones (overlapping no fan-out, warm-up
 * or subscribing); the stall is the worst of the first over the median of the second.
 */
export function printLive(r: LiveReport): void {
  const overlaps = (s: Sample, w: { start: number; end: number }) => s[0] < w.end && s[1] > w.start;
  const busy = [...r.all.windows, ...r.one.windows, ...r.phases];
  const duration = (s: Sample) => s[1] - s[0];
  const during = (x: EventsResult) => r.probe.filter((s) => x.windows.some((w) => w.measured && overlaps(s, w))).map(duration);
  const idle = r.probe.filter((s) => !busy.some((w) => overlaps(s, w))).map(duration);
  const [duringAll, duringOne] = [during(r.all), during(r.one)];
  const worst = Math.max(...duringAll, ...duringOne);
  const stall = worst - median(idle);
  const worstOf = (d: number[]) => `${ms(Math.max(...d))} (${d.length} samples)`;
  const probeErrors = r.probe.filter((s) => !s[2]).length;
  const expectedAll = r.allSee * r.all.measured;
  const n = (v: number) => v.toLocaleString('en');
  const firstError = r.all.firstError ?? r.one.firstError;
  const mutationError = r.all.mutationError ?? r.one.mutationError;
  const cut = (text: string | null) => (text ? ` (${text.slice(0, 60)})` : '');

  const rows: [string, string, string, boolean | null][] = [
    ['events measured', `${r.all.measured} and ${r.one.measured} of ${r.events}`, `${r.events} each`, r.all.measured === r.events && r.one.measured === r.events],
    [`${n(r.allSee)} who all see it: delivery`, delivery(r.all), 'p99 < 250 ms', quantile(r.all.latencies, 0.99) < 250],
    ['  delivered', `${n(expectedAll - r.all.missing)} of ${n(expectedAll)}; ${r.all.stale} late`, 'all', r.all.measured > 0 && r.all.missing === 0],
    ['  fan-out (sent → server quiet)', fanouts(r.all), '', null],
    [`${n(r.oneSees)} of whom one sees it: delivery`, delivery(r.one), 'p99 < 300 ms', quantile(r.one.latencies, 0.99) < 300],
    ['  delivered', `${r.one.measured - r.one.missing} of ${r.one.measured}; ${r.one.stale} late; to others: ${r.one.others}`, 'one, nobody else', r.one.measured > 0 && r.one.missing === 0 && r.one.others === 0],
    ['  fan-out (sent → server quiet)', fanouts(r.one), '', null],
    ['status changes answered with an error', `${r.all.failedMutations} + ${r.one.failedMutations}${cut(mutationError)}`, 'none', r.all.failedMutations + r.one.failedMutations === 0],
    ['subscriptions ended by errors', `${r.all.subscriptionErrors} + ${r.one.subscriptionErrors}${cut(firstError)}`, 'none', r.all.subscriptionErrors + r.one.subscriptionErrors === 0],
    ['trivial query: stall by a fan-out', `${ms(stall)} (worst ${ms(worst)} − idle median ${ms(median(idle))})${probeErrors ? `; ${probeErrors} failed` : ''}`, '≤ 50 ms', stall <= 50],
    [`  worst during ${n(r.allSee)} all-see fan-outs`, worstOf(duringAll), '', null],
    [`  worst during ${n(r.oneSees)} one-sees fan-outs`, worstOf(duringOne), '', null],
    [`RSS, ${n(r.rss.subscriptions)} idle subscriptions`, `${r.rss.idle.toFixed(0)} MB (before: ${r.rss.before.toFixed(0)} MB; ${(((r.rss.idle - r.rss.before) * 1024) / Math.max(1, r.rss.subscriptions)).toFixed(1)} KB each)`, '< 600 MB', r.rss.idle < 600],
  ];
  console.log(`\nLive updates: up to ${r.events} measured events per scenario (after 1 warm-up), ${r.processes} client processes; idle server: ${r.idleStatements} SQL statements per 100 ms (the probe's)\n`);
  console.log(table(['', 'measured', 'target (issue 10)', ''], rows.map(([name, value, target, ok]) => [name, value, target, ok === null ? '' : mark(ok)])));
}
