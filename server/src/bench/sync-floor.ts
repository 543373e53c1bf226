import { createHash } from 'node:crypto';
import type pg from 'pg';
import { centsOf } from '../modules/finance/money.js';
import { installments, units } from '../modules/integration/upsert/kinds.js';
import { upsertStatement, WRITE_PLAN, type Column } from '../modules/integration/upsert/upsert.service.js';
import { compile } from '../modules/visibility/sql.js';
import { installmentRow, unitRow, type Pass } from './sync-rows.js';

/**
 * The floor of `npm run bench:sync`: the same rows, turned into the same column values with as
 * little JavaScript as can be (ids from the codes by md5, no lookups, no checks), written by one
 * statement per batch on a plain `pg` client into a table of their own (`floor_unit`,
 * `floor_installment`: the real table's columns, defaults, checks and indexes, no foreign keys):
 *
 * - `engine`: the statement the engine runs (upsert.service.ts `upsertStatement`, `update … from
 *   unnest` then `insert … where not exists`, planned as the engine plans it, `WRITE_PLAN`);
 * - `on conflict`: `insert … select from unnest … on conflict (id) do update … where … is distinct from …`.
 */
export type FloorShape = 'engine' | 'on conflict';
export type SyncKind = 'units' | 'installments';

const SPECS = { units, installments } as const;
export const floorTable = (kind: SyncKind) => (kind === 'units' ? 'floor_unit' : 'floor_installment');

/** A uuid made from a code: the same code, the same id, pass after pass. */
export function idOf(code: string): string {
  const h = createHash('md5').update(code).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function createFloorTables(client: pg.Client): Promise<void> {
  for (const kind of ['units', 'installments'] as const) {
    const table = floorTable(kind);
    await client.query(`drop table if exists ${table}`);
    await client.query(`create table ${table} (like ${SPECS[kind].table} including defaults including constraints including indexes)`);
  }
}

/** Rows `from`…`to` of a pass as the columns of the kind, `id` first. */
function columnsOf(kind: SyncKind, from: number, to: number, pass: Pass, companyId: string, now: Date): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  const push = (name: string, value: unknown) => (columns[name] ??= []).push(value);
  for (let n = from; n <= to; n++) {
    if (kind === 'units') {
      const row = unitRow(n, pass);
      push('id', idOf(row.code));
      push('development_id', idOf(row.developmentCode));
      push('block_id', idOf(row.blockCode));
      push('stage_id', null);
      push('name', row.name);
      push('erp_code', row.code);
    } else {
      const row = installmentRow(n, pass);
      push('id', idOf(row.code));
      push('company_id', companyId);
      push('plan_id', idOf(row.planCode));
      push('erp_code', row.code);
      push('number', row.number);
      push('due_date', row.dueDate);
      push('amount_cents', centsOf(row.amount));
      push('paid_cents', null);
      push('paid_at', null);
      push('company_code', row.companyCode);
      push('development_code', row.developmentCode);
      push('unit_code', row.unitCode);
      push('customer_code', row.customerCode);
      push('sale_code', row.saleCode);
      push('created_at', now);
      push('updated_at', now);
    }
  }
  return columns;
}

/** `insert … on conflict (id) do update … where … is distinct from …`, with the engine's columns. */
function onConflictStatement(table: string, kindColumns: Column[], count: number, values: (c: Column) => unknown[]) {
  const columns: Column[] = [{ name: 'id', type: 'uuid', compare: false, update: false }, ...kindColumns];
  const params: Record<string, unknown> = {};
  columns.forEach((c, i) => {
    const column = values(c);
    if (column.length !== count) throw new Error(`column ${c.name}: ${column.length} values for ${count} rows`);
    params[`c${i}`] = column.map((v) => (v instanceof Date ? v.toISOString() : (v ?? null)));
  });
  const names = columns.map((c) => c.name);
  const compared = columns.filter((c) => c.compare !== false);
  const sql = `insert into ${table} as t (${names.join(', ')}) select * from unnest(${columns.map((c, i) => `cast(:c${i} as ${c.type}[])`).join(', ')})
    on conflict (id) do update set ${columns.filter((c) => c.update !== false).map((c) => `${c.name} = excluded.${c.name}`).join(', ')}
    where (${compared.map((c) => `t.${c.name}`).join(', ')}) is distinct from (${compared.map((c) => `excluded.${c.name}`).join(', ')})
    returning id, (xmax = 0) as inserted`;
  return { sql, params };
}

/** One batch of the floor: rows `from`…`to` of a pass; what it inserted and updated. */
export async function floorBatch(client: pg.Client, kind: SyncKind, shape: FloorShape, from: number, to: number, pass: Pass, companyId: string): Promise<{ inserted: number; updated: number }> {
  const spec = SPECS[kind];
  const columns = columnsOf(kind, from, to, pass, companyId, new Date());
  const count = to - from + 1;
  const values = (c: Column) => columns[c.name] ?? [];
  const { sql, params } = shape === 'engine' ? upsertStatement(floorTable(kind), spec.columns, count, values) : onConflictStatement(floorTable(kind), spec.columns, count, values);
  const { text, values: positional } = compile(sql, params, 'pg');
  // The engine's shape runs as the engine runs it: in a transaction, planned as index lookups.
  if (shape === 'engine') await client.query(`begin; ${WRITE_PLAN.before}`);
  const { rows } = await client.query<{ inserted: boolean }>(text, positional);
  if (shape === 'engine') await client.query('commit');
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}
