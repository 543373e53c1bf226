import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { migrate, openOrm } from '../db/orm.js';
import { databaseUrl, dropDatabase, withAdmin } from './database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** Once per run: a template database with every migration applied, that each test file clones. */
export default async function setup(project: TestProject) {
  const template = `habite_tpl_${process.pid}_${Date.now()}`;
  await withAdmin((client) => client.query(`create database "${template}"`));
  const orm = await openOrm({ clientUrl: databaseUrl(template), poolMax: 1 });
  await migrate(orm);
  await orm.close(true);
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(template);
    // Clones left behind by a file that crashed.
    await withAdmin(async (client) => {
      const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${template}_c%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    });
  };
}
