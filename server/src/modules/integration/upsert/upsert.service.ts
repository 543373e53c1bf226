import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { PubSub } from '@graphql-yoga/subscription';
import type { Clock } from '../../../clock.js';
import type { Events, RequestChanged } from '../../../graphql/pubsub.js';
import { BadInputError, ConflictError } from '../../../domain-errors.js';
import { compile, execute, type Params } from '../../visibility/sql.js';
import { timeOrderedIds } from '../../../db/ids.js';
import type { ErpKind } from '../erp-kind.js';
import type { SyncRunService } from '../sync-run.service.js';
import type { IntegrationCaller } from '../integration-caller.js';
import type { Batch } from './upsert.inputs.js';
import type { UpsertResult, UpsertRowError } from './upsert-result.js';

/** The most rows one batch may carry (the input guard says the same of `rows`). */
export const MAX_ROWS = 5_000;

/** A column an upsert writes, by its SQL name and the element type of its array parameter. */
export interface Column {
  name: string;
  type: string;
  /** false: not part of "did the row change" (`updated_at`). */
  compare?: boolean;
  /** false: written on insert only (`company_id`, `created_at`). */
  update?: boolean;
  /** An optional field the ERP may leave out: absent (null), the stored value stays (a date staff typed, a customer's e-mail). */
  keep?: boolean;
  /** What a new row gets when the field is absent (an existing one keeps its value). */
  insertDefault?: unknown;
}

/** A reference by ERP code to another record (`developmentCode` → the development's id). */
export interface Reference<R> {
  field: keyof R & string;
  kind: ErpKind;
  required: boolean;
  /** How a person names what is referred to, with its article ("o empreendimento"): the words of REQUIRED and NOT_FOUND. */
  noun: string;
}

/** What `prepare` gets besides the row: the resolved references and the batch's own ids. */
export interface Preparing {
  companyId: string;
  now: Date;
  /** The id a reference resolved to; null when absent (and not required). */
  ref(field: string): string | null;
}

/** A refusal of one row (a rule of the kind): the field and why. */
export class RowProblem extends Error {
  constructor(readonly field: string | null, readonly code: string, message: string) {
    super(message);
  }
}

/** One kind the ERP sends (R-SYNC-2): its table, columns, references and rules. */
export interface KindSpec<R extends { code: string }> {
  kind: ErpKind;
  table: string;
  columns: Column[];
  references: Reference<R>[];
  /** The row's values by column (besides `id`); throws RowProblem or BadInputError for a bad row. */
  prepare(row: R, on: Preparing): Record<string, unknown>;
  /** Rules that need the database (a unit's block in its own development), over the prepared rows; per-row errors. */
  check?(tx: EntityManager, rows: Prepared<R>[], companyId: string): Promise<UpsertRowError[]>;
  /** Records known to Habite before the ERP named them (a customer by CPF): adopted by code instead of duplicated. */
  adopt?(tx: EntityManager, rows: R[], companyId: string): Promise<Map<string, string>>;
  /** Writes that follow the rows (a reservation's associates, a new customer's login); the ids of rows they changed. */
  after?(tx: EntityManager, rows: Prepared<R>[], companyId: string, inserted: Set<string>): Promise<Set<string>>;
  /** What live subscribers must hear of the rows written or changed (a sale's unit's requests, R-REQ-9); published after commit. */
  announces?(tx: EntityManager, changed: string[]): Promise<RequestChanged[]>;
  /** The sales whose finance the rows written or changed touch (SPEC §8): their customers' Financeiro reads again, after commit. */
  financeOf?(tx: EntityManager, changed: string[], rows: Prepared<R>[]): Promise<string[]>;
}

export interface Prepared<R> {
  index: number;
  row: R;
  id: string;
  values: Record<string, unknown>;
  /** Its id was made by this batch (a code new to Habite, not adopted): no row of the table has it. */
  fresh?: boolean;
}

/** The answer when any row fails: nothing written. */
class Refused extends Error {
  constructor(readonly errors: UpsertRowError[]) {
    super('batch refused');
  }
}

/**
 * SQL with named parameters in the transaction, its values sent as bind parameters. (MikroORM's
 * `execute`, behind `query` in a transaction, writes every value into the statement's text: a
 * batch's arrays, a megabyte, escaped character by character, then parsed back by PostgreSQL.)
 * Logged like every ORM statement, so statement counts stay honest.
 */
export async function bound<T>(tx: EntityManager, sql: string, params: Params): Promise<T[]> {
  const { text, values } = compile(sql, params);
  (tx.getConnection() as unknown as { logQuery(query: string): void }).logQuery(text);
  const trx = tx.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('bound(): outside a transaction');
  const result = (await trx.raw(text, values as Knex.RawBinding[])) as unknown as { rows: T[] };
  return result.rows;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const errorOf = (index: number, erpCode: string | null, field: string | null, code: string, message: string): UpsertRowError => ({ index, erpCode, field, code, message });

/**
 * R-SYNC-2: the ERP's idempotent batch upserts, set-based. A batch of one kind is checked whole
 * (every row, every reference by code) and written in one transaction — its ERP codes made into
 * ids in `erp_key` (new ones time-ordered), then one statement over `unnest(…)` of its columns
 * (`upsertStatement`: changed rows updated, new ones inserted) — or, when any row fails, nothing
 * is written and every row's errors are answered. Rows equal to what is stored are not rewritten.
 * An applied batch is kept by its idempotency key: the same key and body answer the same result;
 * another body, CONFLICT.
 */
export class UpsertService {
  constructor(private readonly deps: { clock: Clock; runs: SyncRunService; pubsub?: PubSub<Events> }) {}

  async upsert<R extends { code: string }>(em: EntityManager, caller: IntegrationCaller, spec: KindSpec<R>, batch: Batch<R>): Promise<UpsertResult> {
    const key = batch.idempotencyKey.trim();
    if (!key || key.length > 200) throw new BadInputError('idempotencyKey', 'Informe uma chave de idempotência de 1 a 200 caracteres (por exemplo, o id do lote no ERP).');
    if (batch.rows.length === 0) throw new BadInputError('rows', 'O lote está vazio: envie ao menos uma linha.');
    if (batch.rows.length > MAX_ROWS) throw new BadInputError('rows', `No máximo ${MAX_ROWS.toLocaleString('pt-BR')} linhas por lote.`);
    const bodyHash = createHash('sha256').update(spec.kind).update(JSON.stringify(batch.rows)).digest('hex');
    const runId = batch.runId ?? null;
    const heard: RequestChanged[] = [];
    const sales: string[] = [];
    try {
      const result = await em.transactional(async (tx) => {
        // Two deliveries of one batch at once: the second waits, then finds the first's result.
        // The batch's statements are planned for their arrays (thousands of codes, not the generic
        // plan's guess: a generic plan of `code = any($1)` over erp_key takes a second): under
        // `auto`, each of them — a statement of its own, unnamed — gets a plan for its values, while
        // the foreign keys' checks, one per row written, keep their cached plan after five
        // (`force_custom_plan` planned every check again: 20 µs a row per foreign key).
        await execute(tx, "select set_config('plan_cache_mode', 'auto', true), pg_advisory_xact_lock(hashtext(?), hashtext(?))", [caller.companyId, key]);
        const [kept] = await execute<{ kind: ErpKind; body_hash: string; result: UpsertResult }>(
          tx, 'select kind, body_hash, result from sync_batch where company_id = ? and idempotency_key = ?', [caller.companyId, key]);
        if (kept) {
          if (kept.body_hash !== bodyHash || kept.kind !== spec.kind) {
            throw new ConflictError('Esta chave de idempotência já foi usada com outro conteúdo: use uma chave nova para um lote novo.', { field: 'idempotencyKey' });
          }
          return { ...kept.result, replayed: true };
        }
        if (runId) await this.deps.runs.assertRunning(tx, caller, runId);
        const { changedIds, prepared, ...result } = await this.apply(tx, caller, spec, batch.rows);
        if (spec.announces && changedIds.length) heard.push(...(await spec.announces(tx, changedIds)));
        if (spec.financeOf && changedIds.length) sales.push(...(await spec.financeOf(tx, changedIds, prepared)));
        const full: UpsertResult = { ...result, runId };
        await execute(tx, 'insert into sync_batch (id, company_id, idempotency_key, kind, body_hash, result, created_at) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)',
          [caller.companyId, key, spec.kind, bodyHash, JSON.stringify(full), this.deps.clock.now()]);
        if (runId) await this.deps.runs.count(tx, runId, full);
        return full;
      });
      // Committed: live subscribers hear of it now (a rolled-back batch announced nothing).
      for (const event of heard) this.deps.pubsub?.publish('request.changed', event);
      if (sales.length) this.deps.pubsub?.publish('finance.changed', { companyId: caller.companyId, reservationIds: [...new Set(sales)] });
      return result;
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      // Nothing of the batch was written; the run (if any) keeps the refused rows and why.
      if (runId) await this.deps.runs.refused(em, caller, runId, spec.kind, err.errors, batch.rows);
      return { kind: spec.kind, applied: false, replayed: false, inserted: 0, updated: 0, unchanged: 0, errors: err.errors, runId };
    }
  }

  private async apply<R extends { code: string }>(tx: EntityManager, caller: IntegrationCaller, spec: KindSpec<R>, rows: R[]): Promise<Omit<UpsertResult, 'runId'> & { changedIds: string[]; prepared: Prepared<R>[] }> {
    const { companyId } = caller;
    const now = this.deps.clock.now();
    const errors: UpsertRowError[] = [];
    const seen = new Set<string>();
    const usable: { index: number; row: R; code: string }[] = [];
    rows.forEach((row, index) => {
      const code = (row.code ?? '').trim();
      if (!code) errors.push(errorOf(index, null, 'code', 'REQUIRED', 'Informe o código do registro no ERP.'));
      else if (code.length > 100) errors.push(errorOf(index, code, 'code', 'TOO_LONG', 'O código deve ter no máximo 100 caracteres.'));
      else if (seen.has(code)) errors.push(errorOf(index, code, 'code', 'DUPLICATE', `O código "${code}" aparece mais de uma vez neste lote: envie cada registro uma vez.`));
      else {
        seen.add(code);
        usable.push({ index, row, code });
      }
    });

    // Every reference by code, one statement per kind referred to.
    const resolved = new Map<string, Map<string, string>>();
    for (const kind of new Set(spec.references.map((r) => r.kind))) {
      const fields = spec.references.filter((r) => r.kind === kind).map((r) => r.field);
      const codes = new Set<string>();
      for (const { row } of usable) {
        for (const field of fields) {
          const code = (row[field] as unknown as string | null | undefined)?.trim();
          if (code) codes.add(code);
        }
      }
      resolved.set(kind, await this.idsOf(tx, companyId, kind, [...codes]));
    }
    // The batch's own records: known ones by code, adopted ones (a customer by CPF), new ones made now.
    const own = await this.idsOf(tx, companyId, spec.kind, usable.map((u) => u.code));
    const selfReferring = spec.references.some((r) => r.kind === spec.kind);
    if (selfReferring) for (const [code, id] of own) resolved.get(spec.kind)!.set(code, id);

    const prepared: Prepared<R>[] = [];
    for (const { index, row, code } of usable) {
      const refs = new Map<string, string | null>();
      let failed = false;
      for (const reference of spec.references) {
        const value = (row[reference.field] as unknown as string | null | undefined)?.trim() || null;
        if (!value) {
          if (reference.required) {
            errors.push(errorOf(index, code, reference.field, 'REQUIRED', `Informe ${reference.noun} (código no ERP).`));
            failed = true;
          }
          refs.set(reference.field, null);
          continue;
        }
        const id = resolved.get(reference.kind)!.get(value) ?? (reference.kind === spec.kind && seen.has(value) ? `pending:${value}` : undefined);
        if (!id) {
          errors.push(errorOf(index, code, reference.field, 'NOT_FOUND', `${capitalize(reference.noun)} de código "${value}" não existe nesta empresa: envie-${reference.noun.startsWith('a ') ? 'a' : 'o'} antes (ou no mesmo lote, se for do mesmo tipo).`));
          failed = true;
        } else refs.set(reference.field, id);
      }
      if (failed) continue;
      try {
        const values = spec.prepare(row, { companyId, now, ref: (field) => refs.get(field) ?? null });
        prepared.push({ index, row, id: own.get(code) ?? '', values });
      } catch (problem) {
        if (problem instanceof RowProblem) errors.push(errorOf(index, code, problem.field, problem.code, problem.message));
        else if (problem instanceof BadInputError) {
          const field = typeof problem.details.field === 'string' ? problem.details.field : null;
          errors.push(errorOf(index, code, field, 'INVALID', problem.message));
        } else throw problem;
      }
    }
    if (spec.check && !errors.length) errors.push(...(await spec.check(tx, prepared, companyId)));
    if (errors.length) throw new Refused(errors.sort((a, b) => a.index - b.index));

    // Codes new to Habite get their ids: adopted records keep theirs.
    const fresh = prepared.filter((p) => !p.id);
    const adopted = spec.adopt && fresh.length ? await spec.adopt(tx, fresh.map((p) => p.row), companyId) : new Map<string, string>();
    if (fresh.length) {
      const codes = fresh.map((p) => p.row.code.trim());
      const made = timeOrderedIds(codes.length);
      const ids = codes.map((c, n) => adopted.get(c) ?? made[n]!);
      // The codes it registered answer their ids; one registered meanwhile by another batch is read after.
      const registered = new Map((await bound<{ code: string; entity_id: string }>(tx, `insert into erp_key (company_id, kind, code, entity_id)
        select :company, cast(:kind as erp_kind), c.code, c.entity_id
          from unnest(cast(:codes as text[]), cast(:ids as uuid[])) as c(code, entity_id)
        on conflict (company_id, kind, code) do nothing
        returning code, entity_id`, { company: companyId, kind: spec.kind, codes, ids })).map((r) => [r.code, r.entity_id]));
      const missing = codes.filter((c) => !registered.has(c));
      if (missing.length) for (const [code, id] of await this.idsOf(tx, companyId, spec.kind, missing)) registered.set(code, id);
      fresh.forEach((p, n) => {
        p.id = registered.get(codes[n]!)!;
        // An id made just now is in no table yet: the write inserts it without looking for it.
        p.fresh = p.id === made[n] && !adopted.has(codes[n]!);
      });
    }
    // References to rows of this very batch (a bill superseded by another of the same batch).
    const byCode = selfReferring ? new Map(prepared.map((q) => [q.row.code.trim(), q.id])) : null;
    for (const p of byCode ? prepared : []) {
      for (const [column, value] of Object.entries(p.values)) {
        if (typeof value === 'string' && value.startsWith('pending:')) p.values[column] = byCode!.get(value.slice(8))!;
      }
    }

    const written = await this.write(tx, spec, prepared);
    const inserted = new Set(written.filter((w) => w.inserted).map((w) => w.id));
    const changed = new Set(written.map((w) => w.id));
    if (spec.after) for (const id of await spec.after(tx, prepared, companyId, inserted)) changed.add(id);
    return {
      kind: spec.kind, applied: true, replayed: false,
      inserted: inserted.size, updated: changed.size - inserted.size, unchanged: prepared.length - changed.size, errors: [],
      changedIds: [...changed], prepared,
    };
  }

  /** The ids of these codes of a kind, in this company. */
  private async idsOf(tx: EntityManager, companyId: string, kind: ErpKind, codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows = await bound<{ code: string; entity_id: string }>(tx, 'select code, entity_id from erp_key where company_id = :company and kind = cast(:kind as erp_kind) and code = any(cast(:codes as text[]))', { company: companyId, kind, codes });
    return new Map(rows.map((r) => [r.code, r.entity_id]));
  }

  /** The batch written by `upsertStatement`, planned as index lookups (WRITE_PLAN): the ids it updated and inserted. */
  private async write<R>(tx: EntityManager, spec: KindSpec<R & { code: string }>, rows: Prepared<R>[]): Promise<{ id: string; inserted: boolean }[]> {
    const { sql, params } = upsertStatement(spec.table, spec.columns, rows.length, (c) => (c.name === 'id' ? rows.map((r) => r.id) : rows.map((r) => r.values[c.name])), rows.map((r) => !!r.fresh));
    await execute(tx, WRITE_PLAN.before);
    const written = await bound<{ id: string; inserted: boolean }>(tx, sql, params);
    await execute(tx, WRITE_PLAN.after);
    return written;
  }
}

/**
 * How the batch's statement is planned: each row's id looked up in the primary key (nested loops),
 * not the whole table read into a hash to join 5,000 rows — which costs a scan of the table per
 * batch, more the more the table holds (twice as slow at 100,000 rows; `npm run bench:sync`).
 * Local to the transaction, and set back for the statements after it.
 */
export const WRITE_PLAN = {
  before: "select set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)",
  after: "select set_config('enable_hashjoin', 'on', true), set_config('enable_mergejoin', 'on', true)",
};

/**
 * One statement for the whole batch: changed rows updated, new ones inserted, equal ones left
 * alone. A field that keeps (`keep`) and was left out holds what it holds now; a new row gets its
 * `insertDefault`. (Not `insert … on conflict`: PostgreSQL checks NOT NULL on the proposed row
 * before it finds the conflict, so a left-out field could not reach the update.) `values(column)`
 * gives a column's values, `id` first, row by row; `fresh`, row by row, whether the id was made by
 * this batch (no row has it: inserted without a look into the table; a row that somehow had it
 * would fail the primary key, and the batch with it). `npm run bench:sync` runs the same statement
 * on plain `pg` as its floor.
 */
export function upsertStatement(table: string, kindColumns: Column[], count: number, values: (column: Column) => unknown[], fresh?: boolean[]): { sql: string; params: Record<string, unknown> } {
  const columns: Column[] = [{ name: 'id', type: 'uuid', compare: false, update: false }, ...kindColumns];
  const params: Record<string, unknown> = {};
  // Each column's values go as an array to `unnest`, but a column with one value for every row
  // (the company, the batch's time, a field no row has) goes once: PostgreSQL reads 5,000 copies of
  // a timestamp out of an array's text far slower than one.
  const arrays: string[] = [];
  const arrayNames: string[] = [];
  const constants: string[] = [];
  // A batch's rows share their Date objects (the batch's time): each is written out once.
  let date: Date | null = null;
  let iso = '';
  const sendable = (value: unknown) => {
    if (!(value instanceof Date)) return value ?? null;
    if (value !== date) [date, iso] = [value, value.toISOString()];
    return iso;
  };
  const input = (name: string, type: string, param: string, column: unknown[]) => {
    const sent = column.map(sendable);
    if (name !== 'id' && sent.every((value) => value === sent[0])) {
      params[param] = sent[0];
      constants.push(`cast(:${param} as ${type}) as ${name}`);
    } else {
      params[param] = sent;
      arrays.push(`cast(:${param} as ${type}[])`);
      arrayNames.push(name);
    }
  };
  columns.forEach((c, i) => {
    const column = values(c);
    if (column.length !== count) throw new Error(`column ${c.name}: ${column.length} values for ${count} rows`);
    input(c.name, c.type, `c${i}`, column);
    if (c.insertDefault !== undefined) params[`d${i}`] = c.insertDefault;
  });
  if (fresh && fresh.length !== count) throw new Error(`fresh: ${fresh.length} values for ${count} rows`);
  input('fresh', 'boolean', 'fresh', fresh ?? new Array<boolean>(count).fill(false));
  const names = columns.map((c) => c.name);
  const compared = columns.filter((c) => c.compare !== false);
  const updated = columns.filter((c) => c.update !== false);
  const next = (c: Column) => (c.keep ? `coalesce(i.${c.name}, t.${c.name})` : `i.${c.name}`);
  const inserted = columns.map((c, i) => (c.insertDefault !== undefined ? `coalesce(i.${c.name}, cast(:d${i} as ${c.type}))` : `i.${c.name}`));
  const sql = `with i as (select u.*${constants.map((c) => `, ${c}`).join('')} from unnest(${arrays.join(', ')}) as u(${arrayNames.join(', ')})),
      changed as (update ${table} as t set ${updated.map((c) => `${c.name} = ${next(c)}`).join(', ')} from i
        where not i.fresh and t.id = i.id and (${compared.map((c) => `t.${c.name}`).join(', ')}) is distinct from (${compared.map(next).join(', ')})
        returning t.id),
      added as (insert into ${table} (${names.join(', ')}) select ${inserted.join(', ')} from i
        where i.fresh or not exists (select 1 from ${table} t where t.id = i.id) returning id)
      select id, false as inserted from changed union all select id, true as inserted from added`;
  return { sql, params };
}
