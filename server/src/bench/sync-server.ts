import 'reflect-metadata';
import { GCProfiler } from 'node:v8';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { AS_DEPLOYED } from './deployed.js';

/**
 * The server of `npm run bench:sync`, in a process of its own (sync.ts forks it, with
 * `--cpu-prof` under SYNC_CPU_PROF=1): its RSS is the server's alone, and the bench's client does
 * not share its event loop. As deployed (NODE_ENV=production, deployed.ts). Says its port to the
 * parent; on "heap", answers what its heap held after its latest full collection; stops on "stop".
 */
const server = await startServer(loadConfig({}, { ...AS_DEPLOYED, databaseUrl: process.env.SYNC_DATABASE_URL, port: 0, host: '127.0.0.1', logLevel: 'warn', demo: false }));

// V8's own account of each collection, read passively (no collection is forced: the batches' timing
// stays as deployed). What a full (mark-compact) collection left is what the process still holds:
// a leak raises it batch after batch, where the RSS also rises while V8 sizes its heap to the work.
let profiler = new GCProfiler();
profiler.start();
let liveHeap: number | null = null;
const heapAfterFullCollection = () => {
  for (const gc of profiler.stop()?.statistics ?? []) {
    if (gc.gcType === 'MarkSweepCompact') liveHeap = gc.afterGC.heapStatistics.usedHeapSize;
  }
  profiler = new GCProfiler();
  profiler.start();
  return liveHeap;
};

process.send!({ port: server.port });
process.on('message', async (message) => {
  if (message === 'heap') process.send!({ heap: heapAfterFullCollection() });
  if (message !== 'stop') return;
  await server.close();
  process.exit(0);
});
