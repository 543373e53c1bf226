import 'reflect-metadata';
import { readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';
import { migrate, openOrm } from '../db/orm.js';

/**
 * `npm run db:migration:create [-- name]`: diffs the entities against a scratch database with
 * every committed migration applied, writes the new migration under src/db/migrations and
 * rewrites the list in index.ts. Needs a PostgreSQL (ADMIN_DATABASE_URL, default local).
 */
const folder = resolve(import.meta.dirname, '..', '..', 'src', 'db', 'migrations');
const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scratch = `habite_migration_scratch_${process.pid}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${scratch}`);
try {
  const url = new URL(adminUrl);
  url.pathname = `/${scratch}`;
  const orm = await openOrm({ clientUrl: url.toString(), poolMax: 2 });
  await migrate(orm);
  const result = await orm.getMigrator().createMigration(folder, false, false, process.argv[2]);
  await orm.close(true);
  if (!result.fileName) console.log('Nada a migrar: as entidades batem com as migrações.');
  else console.log(`Criada: src/db/migrations/${result.fileName}`);
} finally {
  await admin.query(`drop database if exists ${scratch}`);
  await admin.end();
}

const names = (await readdir(folder)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
await writeFile(
  resolve(folder, 'index.ts'),
  `// Written by \`npm run db:migration:create\`: every committed migration, in order.\n${names
    .map((n) => `import { ${n} } from './${n}.js';`)
    .join('\n')}\n\nexport const migrationsList = [\n${names.map((n) => `  { name: '${n}', class: ${n} },`).join('\n')}\n];\n`,
);
