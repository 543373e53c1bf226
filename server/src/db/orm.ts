import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  clientUrl: string;
  /** Default 10; one-off scripts (migrations, benches) use fewer. */
  poolMax?: number;
  /** Default: tarn's 30 s. */
  poolIdleTimeoutMs?: number;
  logger?: Logger;
  /** Called with every SQL statement the ORM sends (used to count statements). */
  onQuery?: (sql: string) => void;
}

export function ormConfig({ clientUrl, poolMax, poolIdleTimeoutMs, logger, onQuery }: OrmOptions): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    pool: { min: 0, max: poolMax ?? 10, ...(poolIdleTimeoutMs === undefined ? {} : { idleTimeoutMillis: poolIdleTimeoutMs }) },
    // Schema changes only through committed migrations (never `schema:update`).
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    debug: onQuery ? ['query'] : false,
    logger: (message: string) => {
      if (onQuery && message.startsWith('[query]')) onQuery(message);
      else logger?.debug({ orm: message });
    },
    colors: false,
  });
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
