import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { migrate, openOrm } from '../db/orm.js';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
const config = loadConfig();
const embedded = config.databaseUrl ? null : await startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedPgPort });
const orm = await openOrm({ clientUrl: config.databaseUrl ?? embedded!.url, poolMax: 1 });
const applied = await migrate(orm);
console.log(applied.length ? `Migrações aplicadas: ${applied.join(', ')}` : 'Banco já está em dia.');
await orm.close(true);
await embedded?.close();
