import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { wallClock } from './wall-clock.js';

/**
 * A child process holding many subscribers (live-subscribers.ts forks a few): each token gets its
 * own WebSocket, authenticated by `connectionParams.token`, subscribed to `myRequestChanged`.
 * Every event received is kept as [subscriber number, wall-clock ms, status name]; the parent
 * collects them. Several processes, because one process's file descriptors (`ulimit -n`) and one
 * core's worth of parsing bound how many sockets it can hold and read on time.
 *
 * Messages in: { type: 'start', url, tokens, first }, { type: 'collect' }, { type: 'close' }.
 * Messages out: { type: 'ready', connected, failed }, { type: 'count', received } (every 100 ms
 * while it changes), { type: 'collected', receipts, errors, completed }.
 */
export interface Start {
  type: 'start';
  url: string;
  tokens: string[];
  /** The number of this process's first subscriber among all. */
  first: number;
  /** Sockets opened at once while connecting. */
  concurrency: number;
}

export type Receipt = [subscriber: number, at: number, status: string];

const SUBSCRIPTION = `subscription { myRequestChanged { id number status { name } } }`;

const clients: Client[] = [];
let receipts: Receipt[] = [];
let received = 0;
let errors = 0;
let completed = 0;
let firstError: string | null = null;

/** Connects one subscriber; resolves true once the server acknowledged the connection and the subscription is sent. */
function subscribe(url: string, token: string, subscriber: number): Promise<boolean> {
  return new Promise((resolve) => {
    const client = createClient({
      url, webSocketImpl: WebSocket, connectionParams: { token }, lazy: false, retryAttempts: 0,
      // Counted through the subscription's error below, not printed.
      onNonLazyError: () => {},
      on: {
        connected: () => resolve(true),
        closed: () => resolve(false),
        error: () => resolve(false),
      },
    });
    clients.push(client);
    client.subscribe<{ myRequestChanged: { status: { name: string } } }>({ query: SUBSCRIPTION }, {
      next: (message) => {
        received++;
        receipts.push([subscriber, wallClock(), message.data?.myRequestChanged.status.name ?? `errors: ${JSON.stringify(message.errors)}`]);
      },
      error: (err) => {
        errors++;
        const close = err as { code?: number; reason?: string };
        firstError ??= err instanceof Error ? err.message : close.code ? `closed ${close.code} ${close.reason ?? ''}` : JSON.stringify(err);
      },
      complete: () => completed++,
    });
  });
}

async function start(job: Start): Promise<void> {
  let next = 0;
  let connected = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: job.concurrency }, async () => {
    while (next < job.tokens.length) {
      const i = next++;
      if (await subscribe(job.url, job.tokens[i]!, job.first + i)) connected++;
      else failed++;
    }
  }));
  process.send!({ type: 'ready', connected, failed });
  let reported = 0;
  setInterval(() => {
    if (received !== reported) process.send!({ type: 'count', received: (reported = received) });
  }, 100);
}

// Gone with the parent (a bench that failed or was interrupted).
process.on('disconnect', () => process.exit(0));

process.on('message', (message: Start | { type: 'collect' } | { type: 'close' }) => {
  if (message.type === 'start') void start(message);
  else if (message.type === 'collect') {
    process.send!({ type: 'collected', receipts, errors, completed, firstError });
    receipts = [];
  } else {
    for (const client of clients) void client.dispose();
    setTimeout(() => process.exit(0), 200);
  }
});
