import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createErrorFormatter } from '../../graphql/format-error.js';
import { createLogger } from '../../logger.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dbStatementTimeoutMs: 300 });
});
afterAll(() => server?.stop());

describe('statement timeout: PostgreSQL cancels a statement past DB_STATEMENT_TIMEOUT_MS', () => {
  it('statement timeout: defaults to 5 s and is read from DB_STATEMENT_TIMEOUT_MS (0: none)', () => {
    expect(loadConfig({}).dbStatementTimeoutMs).toBe(5_000);
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0' }).dbStatementTimeoutMs).toBe(0);
    expect(loadConfig({ DB_STATEMENT_TIMEOUT_MS: '750' }).dbStatementTimeoutMs).toBe(750);
  });

  it('statement timeout: every connection of the pool has it, from its first statement', async () => {
    // Three transactions at once hold three connections of the pool.
    const rows = await Promise.all([1, 2, 3].map(() => server.em().transactional(async (em) => {
      const [row] = await em.execute<{ timeout: string; pid: number }[]>(
        `select current_setting('statement_timeout') as timeout, pg_backend_pid() as pid from pg_sleep(0.05)`,
      );
      return row!;
    })));
    expect(new Set(rows.map((r) => r.pid)).size).toBe(3);
    expect(rows.map((r) => r.timeout)).toEqual(['300ms', '300ms', '300ms']);
  });

  it('plan cache: every connection plans prepared statements generically by default (DB_PLAN_CACHE_MODE), from its first statement', async () => {
    expect(loadConfig({}).dbPlanCacheMode).toBe('force_generic_plan');
    expect(loadConfig({ DB_PLAN_CACHE_MODE: 'auto' }).dbPlanCacheMode).toBe('auto');
    expect(() => loadConfig({ DB_PLAN_CACHE_MODE: 'fast' })).toThrow(/DB_PLAN_CACHE_MODE/);
    const rows = await Promise.all([1, 2, 3].map(() => server.em().transactional(async (em) => {
      const [row] = await em.execute<{ mode: string; pid: number }[]>(`select current_setting('plan_cache_mode') as mode, pg_backend_pid() as pid from pg_sleep(0.05)`);
      return row!;
    })));
    expect(new Set(rows.map((r) => r.pid)).size).toBe(3);
    expect(rows.map((r) => r.mode)).toEqual(['force_generic_plan', 'force_generic_plan', 'force_generic_plan']);
  });

  it('statement timeout: a cancelled statement (57014) answers QUERY_TIMEOUT in Portuguese, not INTERNAL_SERVER_ERROR', async () => {
    const started = performance.now();
    const cancelled = await server.em().execute(`select pg_sleep(5)`).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(cancelled).toMatchObject({ code: '57014' });

    // What a resolver's failure looks like to the one error mapper.
    const error = new GraphQLError((cancelled as Error).message, { originalError: cancelled as Error, path: ['customers'] });
    const format = createErrorFormatter(createLogger('silent'), { statementTimeoutMs: 1_500 });
    expect(format(error.toJSON(), error)).toEqual({
      message: 'A consulta demorou mais que o limite de 1,5 s e foi interrompida. Tente de novo com filtros mais específicos ou menos itens por página.',
      path: ['customers'],
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  });
});
