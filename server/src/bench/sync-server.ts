import 'reflect-metadata';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { AS_DEPLOYED } from './deployed.js';

/**
 * The server of `npm run bench:sync`, in a process of its own (sync.ts forks it, with
 * `--cpu-prof` under SYNC_CPU_PROF=1): its RSS is the server's alone, and the bench's client does
 * not share its event loop. As deployed (NODE_ENV=production, deployed.ts). Says its port to the
 * parent; stops on "stop".
 */
const server = await startServer(loadConfig({}, { ...AS_DEPLOYED, databaseUrl: process.env.SYNC_DATABASE_URL, port: 0, host: '127.0.0.1', logLevel: 'warn', demo: false }));
process.send!({ port: server.port });
process.on('message', async (message) => {
  if (message !== 'stop') return;
  await server.close();
  process.exit(0);
});
