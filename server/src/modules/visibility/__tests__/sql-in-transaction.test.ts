import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { Company } from '../../company/company.entity.js';
import { execute, query } from '../sql.js';

/** Issue 8: every write runs in one transaction on one connection, reading inside it what it needs. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const src = resolve(import.meta.dirname, '..', '..', '..');

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'test' || e.name === 'bench' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  }));
  return nested.flat();
}

describe('raw SQL inside a transaction', () => {
  it('query and execute read, inside a transaction, what the transaction wrote (same connection)', async () => {
    const seen = await server.em().transactional(async (tx) => {
      const company = tx.create(Company, { name: 'Empresa da transação' });
      await tx.flush();
      const [viaExecute] = await execute<{ n: number }>(tx, 'select count(*)::int as n from company where id = ?', [company.id]);
      const [viaQuery] = await query<{ n: number }>(tx, 'select count(*)::int as n from company where id = :id', { id: company.id });
      const [backend] = await execute<{ pid: number }>(tx, 'select pg_backend_pid() as pid');
      const [again] = await execute<{ pid: number }>(tx, 'select pg_backend_pid() as pid');
      return { viaExecute: viaExecute!.n, viaQuery: viaQuery!.n, sameConnection: backend!.pid === again!.pid };
    });
    expect(seen).toEqual({ viaExecute: 1, viaQuery: 1, sameConnection: true });
  });

  it('no module sends raw SQL around the transaction: `connection.execute` is called only by visibility/sql.ts', async () => {
    const offenders: string[] = [];
    for (const file of await sources(src)) {
      if (file.endsWith(join('visibility', 'sql.ts')) || file.includes(`${join('db', 'migrations')}`)) continue;
      if (/getConnection\(\)\s*\.execute\(/.test(await readFile(file, 'utf8'))) offenders.push(relative(src, file));
    }
    expect(offenders).toEqual([]);
  });
});
