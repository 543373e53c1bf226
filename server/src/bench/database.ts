import pg from 'pg';
import { migrate, openOrm } from '../db/orm.js';

/**
 * A fresh, migrated database for one bench run on the local PostgreSQL (`ADMIN_DATABASE_URL`),
 * dropped by `drop()` unless `BENCH_KEEP=1`.
 */
export async function createBenchDatabase(prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const orm = await openOrm({ clientUrl: url.toString(), poolMax: 2 });
  await migrate(orm);
  await orm.close(true);
  return {
    name,
    url: url.toString(),
    async drop() {
      if (process.env.BENCH_KEEP === '1') console.log(`kept database ${name}`);
      else await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
