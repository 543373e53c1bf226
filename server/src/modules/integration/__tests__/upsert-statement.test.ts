import { describe, expect, it } from 'vitest';
import { upsertStatement, type Column } from '../upsert/upsert.service.js';

const columns: Column[] = [
  { name: 'company_id', type: 'uuid', update: false },
  { name: 'name', type: 'text' },
  { name: 'paid_cents', type: 'bigint' },
  { name: 'created_at', type: 'timestamptz', compare: false, update: false },
];
const at = new Date('2026-12-06T09:00:00.000Z');
const rows = [
  { id: '0193a1b2-0000-7000-8000-000000000001', company_id: 'c0', name: 'Apto 11', paid_cents: null, created_at: at },
  { id: '0193a1b2-0000-7000-8000-000000000002', company_id: 'c0', name: 'Apto 12', paid_cents: undefined, created_at: new Date(at) },
];

describe('R-SYNC-2: a batch is written by one statement over its columns', () => {
  it('R-SYNC-2: a column with one value for every row (the company, the batch\'s time, a field no row has) is sent once, the others as arrays to unnest; ids always as an array', () => {
    const { sql, params } = upsertStatement('unit', columns, rows.length, (c) => rows.map((r) => r[c.name as keyof typeof r]), [true, false]);
    expect(params).toMatchObject({
      c0: rows.map((r) => r.id), c1: 'c0', c2: ['Apto 11', 'Apto 12'], c3: null, c4: '2026-12-06T09:00:00.000Z', fresh: [true, false],
    });
    expect(sql).toContain('from unnest(cast(:c0 as uuid[]), cast(:c2 as text[]), cast(:fresh as boolean[])) as u(id, name, fresh)');
    expect(sql).toContain('cast(:c1 as uuid) as company_id, cast(:c3 as bigint) as paid_cents, cast(:c4 as timestamptz) as created_at');
  });

  it('R-SYNC-2: a batch of one row still unnests its id; rows no batch made are looked for before they are inserted', () => {
    const { sql, params } = upsertStatement('unit', columns, 1, (c) => [rows[0]![c.name as keyof (typeof rows)[0]]]);
    expect(params).toMatchObject({ c0: [rows[0]!.id], fresh: false });
    expect(sql).toContain('from unnest(cast(:c0 as uuid[])) as u(id)');
    expect(sql).toContain('where i.fresh or not exists (select 1 from unit t where t.id = i.id)');
  });
});
