import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (usually 100). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A process's CPU ticks (user + system) from its /proc stat line. */
function ticksOf(stat: string): number {
  // Fields after "(comm)": state is the 3rd field of the line, utime the 14th, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * CPU ticks spent so far by each PostgreSQL backend serving `database`, by pid: every process
 * when `pids` is not given, else just those (cheaper, for readings within a window).
 * A backend's command line names its database ("postgres: 15/main: postgres habite_bench_1 …"),
 * which keeps out the backends of other databases on the same server (tests running beside the
 * bench); the checkpointer, WAL writer and autovacuum are left out too.
 */
function postgresTicks(database: string, pids?: Iterable<string>): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of pids ?? readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      if (!pids && !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) continue;
      ticks.set(pid, ticksOf(stat));
    } catch {
      // The process ended.
    }
  }
  return ticks;
}

export interface CpuWindow {
  nodeMs: number;
  postgresMs: number;
  statements: number;
}

/**
 * Starts a measurement window: this process's CPU (the server under test runs here, its load
 * generator elsewhere), the database's backends' CPU and the SQL statements counted by
 * `statements()`. `stop()` gives what was spent since. Backends are read every 250 ms, so one
 * that exits during the window (a pool closing an idle connection) still counts up to its last
 * reading; one that starts counts from zero when found at the end (one that starts and exits
 * within the window is missed: both pools keep their connections for this reason).
 */
export function startCpuWindow(database: string, statements: () => number): { stop(): CpuWindow } {
  const node = process.cpuUsage();
  const first = postgresTicks(database);
  const last = new Map(first);
  const sample = (pids?: Iterable<string>) => {
    for (const [pid, ticks] of postgresTicks(database, pids)) last.set(pid, ticks);
  };
  // Within the window, only the backends already known; at the end, every process again.
  const timer = setInterval(() => sample([...last.keys()]), 250);
  const sql = statements();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const used = process.cpuUsage(node);
      let ticks = 0;
      for (const [pid, now] of last) ticks += now - (first.get(pid) ?? 0);
      return { nodeMs: (used.user + used.system) / 1000, postgresMs: (ticks * 1000) / ticksPerSecond, statements: statements() - sql };
    },
  };
}

/** CPU milliseconds (user + system) a process has spent so far. */
export function processCpuMs(pid: number): number {
  return (ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) * 1000) / ticksPerSecond;
}

/**
 * A meter of the CPU milliseconds spent so far by the PostgreSQL backends serving `database`: each
 * reading scans /proc, and a backend that has exited keeps counting at its last reading (so the
 * total never goes back; what it spent after that reading is missed).
 */
export function databaseCpuMeter(database: string): () => number {
  const seen = new Map<string, number>();
  return () => {
    for (const [pid, ticks] of postgresTicks(database)) seen.set(pid, ticks);
    let ticks = 0;
    for (const t of seen.values()) ticks += t;
    return (ticks * 1000) / ticksPerSecond;
  };
}
