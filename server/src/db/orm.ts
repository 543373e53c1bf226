import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** Hands every SQL statement the ORM sends (and those `visibility/sql.ts` sends beside it) to `onQuery`. */
class StatementCounter extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly onQuery?: (sql: string) => void) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    this.onQuery?.(context.query);
  }
}

export interface OrmOptions {
  clientUrl: string;
  /** Default 10; one-off scripts (migrations, benches) use fewer. */
  poolMax?: number;
  /** How long a query waits for a free connection before failing as "pool exhausted" (instead of knex's silent 60 s). */
  acquireTimeoutMs?: number;
  /** Default: tarn's 30 s. */
  poolIdleTimeoutMs?: number;
  logger?: Logger;
  /** Called with every SQL statement the ORM sends (used to count statements). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL `statement_timeout` of every connection of the pool; unset or 0: none (migrations, scripts). */
  statementTimeoutMs?: number;
  /** PostgreSQL `plan_cache_mode` of every connection; unset: the server's default (`auto`). */
  planCacheMode?: string;
}

/**
 * Startup parameters of each connection (pg's `statement_timeout`, `options`): no extra statement,
 * and no way for a pooled connection to miss them. PostgreSQL cancels a longer statement with 57014.
 * (MikroORM drops `?options=` from the URL, so plan_cache_mode goes here too.)
 */
export function connectionParameters({ statementTimeoutMs, planCacheMode }: Pick<OrmOptions, 'statementTimeoutMs' | 'planCacheMode'>) {
  return {
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    ...(planCacheMode ? { options: `-c plan_cache_mode=${planCacheMode}` } : {}),
  };
}

export function ormConfig({ clientUrl, poolMax, acquireTimeoutMs, poolIdleTimeoutMs, logger, onQuery, statementTimeoutMs, planCacheMode }: OrmOptions): Options {
  const connection = connectionParameters({ statementTimeoutMs, planCacheMode });
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    pool: { min: 0, max: poolMax ?? 10, ...(poolIdleTimeoutMs === undefined ? {} : { idleTimeoutMillis: poolIdleTimeoutMs }) },
    driverOptions: {
      acquireConnectionTimeout: acquireTimeoutMs ?? 5_000,
      ...(Object.keys(connection).length ? { connection } : {}),
    },
    // Schema changes only through committed migrations (never `schema:update`).
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Statements are counted without formatting them as log lines (the ORM's query logging costs
    // as much CPU as a small query's hydration); everything else the ORM says goes to debug.
    loggerFactory: (options) => new StatementCounter(options, onQuery),
    logger: (message: string) => logger?.debug({ orm: message }),
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
