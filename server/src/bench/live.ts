import 'reflect-metadata';
import { execSync } from 'node:child_process';
import pg from 'pg';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { AS_DEPLOYED } from './deployed.js';
import { createBenchDatabase } from './database.js';
import { watchActivity } from './live-activity.js';
import { startProbe, startSubscribers } from './live-children.js';
import { runEvents } from './live-events.js';
import { printLive, type Phase } from './live-report.js';
import { seedLive } from './live-seed.js';
import { wallClock } from './wall-clock.js';

/**
 * `npm run bench:live`: Habite in this process on a fresh database, subscribers over WebSocket
 * in child processes, and it measures
 * 1. delivery from the status change (staff, over HTTP) to each of LIVE_ALL_SEE (1,000)
 *    subscribers who all see the request;
 * 2. the same for LIVE_ONE_SEES (10,000) subscribers of whom one sees it, and that nobody else
 *    receives anything;
 * 3. a trivial query's answer times while those fan-outs run, against its idle ones;
 * 4. this process's RSS before the 10,000 subscribe and with them idle.
 * LIVE_EVENTS (10) measured events per scenario after one warm-up, within LIVE_BUDGET_SECONDS
 * (120) each; LIVE_PROCESSES (2) client processes. Run with --expose-gc (the npm script does) so RSS is read after a collection.
 */
const allSee = Number(process.env.LIVE_ALL_SEE ?? 1_000);
const oneSees = Number(process.env.LIVE_ONE_SEES ?? 10_000);
const events = Number(process.env.LIVE_EVENTS ?? 10);
/** Per scenario, no new event after this (a server taking many seconds per fan-out still ends). */
const budgetMs = Number(process.env.LIVE_BUDGET_SECONDS ?? 120) * 1000;
const PROBE_INTERVAL_MS = 10;
/** Sockets each client process opens at once while subscribing. */
const CONNECT_CONCURRENCY = 50;

// Every socket is a file descriptor on both ends: the server holds them all, a client process its share.
const fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh', encoding: 'utf8' }).trim()) || Infinity;
if (fdLimit < oneSees + 500) {
  console.error(`bench:live: ulimit -n is ${fdLimit}; ${oneSees} subscribers need at least ${oneSees + 500} (raise it, or set LIVE_ONE_SEES lower).`);
  process.exit(1);
}
const processes = Math.max(Number(process.env.LIVE_PROCESSES ?? 2), Math.ceil(oneSees / (fdLimit - 500)));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This process's resident memory in MB, after a full collection when --expose-gc allows one. */
async function rssMb(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await sleep(100);
  }
  return process.memoryUsage().rss / 1_048_576;
}

const database = await createBenchDatabase('habite_live');
try {
  console.log(`Habite live bench: ${allSee} subscribers who all see, ${oneSees} of whom one sees, ${events} events each, ${processes} client processes (ulimit -n ${fdLimit})\n`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const data = await seedLive(client, { allSee, oneSees });
  await client.end();

  let statements = 0;
  // Errors only: an overloaded server warns once per subscriber that waited too long for the pool.
  const server = await startServer(loadConfig({}, { ...AS_DEPLOYED, databaseUrl: database.url, port: 0, host: '127.0.0.1', logLevel: 'error', demo: false }), { onQuery: () => statements++ });
  const graphqlUrl = `http://127.0.0.1:${server.port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${server.port}/graphql`;
  const activity = watchActivity(() => statements);
  const probe = startProbe(graphqlUrl, data.probeToken, PROBE_INTERVAL_MS);
  const phases: Phase[] = [];
  try {
    await sleep(2_000);
    activity.calibrate(1_500);

    const subscribe = async (name: string, tokens: string[]) => {
      const start = wallClock();
      console.log(`${name}: subscribing ${tokens.length}…`);
      const subscribers = await startSubscribers(wsUrl, tokens, processes, CONNECT_CONCURRENCY);
      // Every socket is acknowledged; subscribed once the server has set every subscription up and gone quiet.
      const end = (await activity.quietAfter(wallClock(), 300_000)) ?? wallClock();
      phases.push({ kind: 'subscribe', name, start, end });
      console.log(`  ${subscribers.connected} connected, ${subscribers.failed} failed, in ${((end - start) / 1000).toFixed(1)} s`);
      return subscribers;
    };

    const all = await subscribe('all see', data.allTokens);
    console.log('  events…');
    const allResult = await runEvents(all, activity, {
      graphqlUrl, staffToken: data.staffToken, requestId: data.allRequestId, statusIds: data.statusIds, statusNames: data.statusNames,
      seers: new Set(data.allTokens.map((_, i) => i)), events, warmup: 1, budgetMs,
    });
    await all.close();

    const rssBefore = await rssMb();
    const one = await subscribe('one sees', data.oneTokens);
    const rssIdle = await rssMb();
    // The seer is in the middle, so neither the first nor the last subscriber checked.
    const seer = Math.floor(oneSees / 2);
    console.log('  events…');
    const oneResult = await runEvents(one, activity, {
      graphqlUrl, staffToken: data.staffToken, requestId: data.oneRequestId(seer), statusIds: data.statusIds, statusNames: data.statusNames,
      seers: new Set([seer]), events, warmup: 1, budgetMs,
    });
    await one.close();

    printLive({
      allSee, oneSees, events, processes,
      all: allResult, one: oneResult, phases,
      probe: await probe.stop(),
      rss: { before: rssBefore, idle: rssIdle, subscriptions: one.connected },
      idleStatements: activity.idleStatements,
    });
  } finally {
    activity.stop();
    await server.close();
  }
} finally {
  await database.drop();
}
