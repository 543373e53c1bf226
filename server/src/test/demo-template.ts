import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../app.js';
import { loadConfig } from '../config.js';
import { saoPauloDate } from '../modules/finance/finance-words.js';
import { cloneTemplate, databaseUrl } from './database.js';

/**
 * Once per browser run: a clone of the migrated template with the demo company loaded the way
 * `npm start --demo` loads it. Each browser file clones this one, so no file sees another's
 * changes, and none pays for loading the demo. Dropped with the migrated template's clones.
 * The demo's documents are files too (under `DATA_DIR/files`): `dataDir` keeps them, and each
 * server on a clone starts with a copy of them (harness.ts); `remove()` deletes it.
 */
export async function createDemoTemplate(template: string): Promise<{ name: string; dataDir: string; loadedOn: string; remove(): Promise<void> }> {
  const name = await cloneTemplate(template);
  const dataDir = await mkdtemp(join(tmpdir(), 'habite-demo-template-'));
  const remove = () => rm(dataDir, { recursive: true, force: true });
  let loadedOn = '';
  try {
    const server = await startServer(
      loadConfig({}, {
        databaseUrl: databaseUrl(name), port: 0, host: '127.0.0.1', demo: true, dataDir, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
        // The test servers' Argon2id cost: the demo passwords are hashed with it.
        argon2: { memoryCost: 1024, timeCost: 1 },
        clientDist: join(dataDir, 'none'), adminDist: join(dataDir, 'none'),
        // No worker: the template keeps no half-done jobs (the demo's first digest is not sent from it).
        worker: 'off',
      }),
    );
    // The day (São Paulo) the demo's dates are written from (it has just been loaded): a run that crosses midnight there still knows it.
    loadedOn = saoPauloDate(new Date());
    // Closing ends every connection: PostgreSQL clones only a template nobody is connected to.
    await server.close();
  } catch (err) {
    await remove();
    throw err;
  }
  return { name, dataDir, loadedOn, remove };
}
