import { fork } from 'node:child_process';
import type { LoadJob, LoadResult } from './load.js';

/**
 * Runs one load job in a child process (load.ts) and measures the server meanwhile: `measure`
 * is called when the child's warm-up ends, and what it returns is called when the child is
 * done, so the window holds the measured requests and no warm-up.
 */
export function runLoad<W>(job: LoadJob, measure: () => () => W): Promise<{ result: LoadResult; window: W }> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load.js', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let stop: (() => W) | null = null;
    child.on('message', (message: { type: 'measuring' } | { type: 'done'; result: LoadResult }) => {
      if (message.type === 'measuring') stop = measure();
      else resolve({ result: message.result, window: (stop ?? measure())() });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    child.send(job);
  });
}
