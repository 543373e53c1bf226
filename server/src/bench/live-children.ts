import { fork, type ChildProcess } from 'node:child_process';
import type { Receipt, Start } from './live-clients.js';
import type { Sample } from './live-probe.js';

/** The parent's side of the live bench's child processes (live-clients.ts, live-probe.ts). */

const spawn = (file: string) => fork(new URL(file, import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });

function reply<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', on);
      resolve(message as T);
    };
    child.on('message', on);
  });
}

export interface Collected {
  receipts: Receipt[];
  /** Subscriptions ended by an error (the socket closed, or the server answered an error). */
  errors: number;
  completed: number;
  firstError: string | null;
}

export interface Subscribers {
  connected: number;
  failed: number;
  /** Events received so far by every subscriber together (as last reported, within 100 ms). */
  received(): number;
  /** The receipts since the last collect, from every process. */
  collect(): Promise<Collected>;
  close(): Promise<void>;
}

/** Subscribes one socket per token, spread over `processes` child processes; resolves when all are connected (or failed). */
export async function startSubscribers(url: string, tokens: string[], processes: number, concurrency: number): Promise<Subscribers> {
  const per = Math.ceil(tokens.length / processes);
  const children = Array.from({ length: Math.min(processes, Math.ceil(tokens.length / per)) }, () => spawn('./live-clients.js'));
  const counts = children.map(() => 0);
  children.forEach((child, i) => child.on('message', (m: { type: string; received?: number }) => {
    if (m.type === 'count') counts[i] = m.received!;
  }));
  const ready = await Promise.all(children.map((child, i) => {
    const answer = reply<{ connected: number; failed: number }>(child, 'ready');
    const start: Start = { type: 'start', url, tokens: tokens.slice(i * per, (i + 1) * per), first: i * per, concurrency };
    child.send(start);
    return answer;
  }));
  return {
    connected: ready.reduce((s, r) => s + r.connected, 0),
    failed: ready.reduce((s, r) => s + r.failed, 0),
    received: () => counts.reduce((s, c) => s + c, 0),
    async collect() {
      const all = await Promise.all(children.map((child) => {
        const answer = reply<Collected>(child, 'collected');
        child.send({ type: 'collect' });
        return answer;
      }));
      return {
        receipts: all.flatMap((c) => c.receipts),
        errors: all.reduce((s, c) => s + c.errors, 0),
        completed: all.reduce((s, c) => s + c.completed, 0),
        firstError: all.find((c) => c.firstError)?.firstError ?? null,
      };
    },
    async close() {
      await Promise.all(children.map((child) => new Promise((resolve) => {
        child.once('exit', resolve);
        child.send({ type: 'close' });
      })));
    },
  };
}

/** Starts the trivial-query probe; `stop()` ends it and gives its samples. */
export function startProbe(url: string, token: string, intervalMs: number): { stop(): Promise<Sample[]> } {
  const child = spawn('./live-probe.js');
  child.send({ url, token, intervalMs });
  return {
    stop: () => new Promise((resolve) => {
      child.once('message', (m: { samples: Sample[] }) => resolve(m.samples));
      child.send({ type: 'stop' });
    }),
  };
}
