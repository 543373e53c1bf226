import type { CpuWindow } from './cpu.js';
import type { LoadResult } from './load.js';
import { mark, quantile, range, table } from './stats.js';

/** One measurement: a target on a case in a round. */
export interface Row {
  round: number;
  target: string;
  case: string;
  result: LoadResult;
  window: CpuWindow;
}

/** The figures of a row: throughput over the window, latencies, and per answered request within the CPU window. */
function figures(row: Row) {
  const { result, window } = row;
  const answered = Math.max(1, result.answeredWhileMeasuring);
  return {
    throughput: result.answeredInWindow / result.seconds,
    p50: quantile(result.latencies, 0.5),
    p99: quantile(result.latencies, 0.99),
    errors: result.errors,
    late: result.late,
    sql: window.statements / answered,
    nodeMs: window.nodeMs / answered,
    postgresMs: window.postgresMs / answered,
  };
}

const HEADER = ['round', 'target', 'case', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'Node ms/req', 'PG ms/req'];
let printedHeader = false;

export function printRoundRow(row: Row): void {
  const f = figures(row);
  const cells = [String(row.round), row.target, row.case, f.throughput.toFixed(0), f.p50.toFixed(1), f.p99.toFixed(1),
    f.late ? `${f.errors} (${f.late} late)` : String(f.errors), f.sql.toFixed(1), f.nodeMs.toFixed(2), f.postgresMs.toFixed(2)];
  // Padded to the header's widths, wide enough for most figures, so rows line up as they come.
  const widths = [5, 7, 16, 7, 8, 8, 14, 8, 12, 10];
  const line = (c: string[]) => c.map((x, i) => (i <= 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' ');
  if (!printedHeader) {
    console.log('\n' + line(HEADER));
    printedHeader = true;
  }
  console.log(line(cells));
}

/**
 * Per case and target, the range over the rounds; the ratio Habite / plain of throughput per
 * round for the closed-loop cases; and the issue's targets for the home query, marked.
 */
export function printSummary(rows: Row[], options: { plan: string; rates: number[] }): void {
  const caseNames = [...new Set(rows.map((r) => r.case))];
  const targets = [...new Set(rows.map((r) => r.target))];
  const of = (name: string, target: string) => rows.filter((r) => r.case === name && r.target === target).map(figures);
  const lines: string[][] = [];
  for (const name of caseNames) {
    for (const target of targets) {
      const f = of(name, target);
      if (!f.length) continue;
      lines.push([`${name} · ${target}`, range(f.map((x) => x.throughput)), range(f.map((x) => x.p50), 1), range(f.map((x) => x.p99), 1),
        String(f.reduce((s, x) => s + x.errors, 0)), range(f.map((x) => x.sql), 1), range(f.map((x) => x.nodeMs), 2), range(f.map((x) => x.postgresMs), 2)]);
    }
  }
  console.log(`\nRanges over ${Math.max(...rows.map((r) => r.round))} rounds (plan_cache_mode=${options.plan}):\n`);
  console.log(table(['case · target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'Node ms/req', 'PG ms/req'], lines));

  const ratios = (name: string) => {
    const habite = rows.filter((r) => r.case === name && r.target === 'Habite');
    return habite.flatMap((h) => {
      const p = rows.find((r) => r.case === name && r.target === 'plain' && r.round === h.round);
      return p ? [figures(h).throughput / figures(p).throughput] : [];
    });
  };
  console.log('\nHabite / plain, throughput per round (closed loop):');
  for (const name of caseNames.filter((n) => !n.startsWith('open'))) {
    const r = ratios(name);
    console.log(`  ${name.padEnd(16)} ${r.map((x) => x.toFixed(2)).join('  ')}   (${range(r, 2)}×)`);
  }

  // The issue's targets (benchmarks, not timed tests), judged on every round.
  const home = of('home', 'Habite');
  const top = Math.max(...options.rates);
  const open = of(`open ${top}/s`, 'Habite');
  const checks: [string, string, boolean][] = [];
  if (home.length && ratios('home').length) {
    const r = ratios('home');
    checks.push([`home ≥ 0.4× the ${options.plan === 'force_generic_plan' ? 'generic-plan ' : ''}floor`, `${range(r, 2)}×`, Math.min(...r) >= 0.4]);
  }
  if (home.length) {
    const cpu = home.map((x) => x.nodeMs + x.postgresMs);
    checks.push(['home ≤ 3 ms Node + PostgreSQL CPU per query', `${range(cpu, 2)} ms`, Math.max(...cpu) <= 3]);
  }
  if (open.length) {
    const p99 = open.map((x) => x.p99);
    const errors = open.reduce((s, x) => s + x.errors, 0);
    checks.push([`home p99 < 50 ms at an open-loop ${top} req/s`, `${range(p99, 1)} ms${errors ? `, ${errors} errors` : ''}`, Math.max(...p99) < 50 && errors === 0]);
  }
  if (checks.length) {
    console.log('\nTargets (issue 10), Habite:');
    console.log(table(['target', 'measured', ''], checks.map(([name, value, ok]) => [`  ${name}`, value, mark(ok)])));
  }
}
