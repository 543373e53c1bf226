import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** Production builds of both apps, as the server serves them, for the browser tests. */
export async function buildApps(): Promise<void> {
  for (const app of ['client-portal', 'admin-portal']) {
    await build({ root: resolve(root, app), configFile: resolve(root, app, 'vite.config.ts'), logLevel: 'warn' });
  }
}
