import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { HabiteClient, HabiteError, type ClientOptions } from './habite-client.js';
import { readUnitsCsv, type KindName, type Sourced } from './units-csv.js';

/**
 * The whole sync, as an ERP's nightly job would do it (README "Integrar seu ERP"):
 * 1. open a sync run (R-SYNC-4: one per company at a time);
 * 2. push developments, then stages and blocks, then units — what refers to a code goes after
 *    what has it — in batches of up to 5,000 rows, each under an idempotency key made from the
 *    run, the kind and the rows themselves, so a batch sent again after a lost answer is replayed
 *    by the server, never applied twice (R-SYNC-2);
 * 3. close the run: SUCCEEDED, or FAILED if a batch was refused (the staff see its errors in
 *    Integrações → Sincronizações);
 * 4. read the outbox — what Habite has for the ERP, such as a customer's approved registration
 *    change — hand each message to the ERP, and acknowledge it (R-SYNC-3).
 */

/** Habite takes at most this many rows in a batch. */
export const MAX_BATCH_ROWS = 5_000;
/** At most this many batches at once (each is a transaction on Habite's database). */
export const MAX_IN_FLIGHT = 4;

export interface OutboxMessage { id: string; topic: string; createdAt: string; payload: Record<string, unknown> }

export interface SyncOptions extends Omit<ClientOptions, 'log'> {
  /** The CSV of units (units-csv.ts says its columns), or its text. */
  csvFile?: string;
  csvText?: string;
  /** Rows per batch, 1 to 5,000 (default 5,000). */
  batchSize?: number;
  /** Batches of one kind sent at once, 1 to 4 (default 1). Two nearly double the rows per second of a big load. */
  inFlight?: number;
  /** What the run says of itself in Integrações → Sincronizações. */
  note?: string;
  /** false: leave the outbox alone. */
  outbox?: boolean;
  /** Writes an outbox message into the ERP; it is acknowledged only after this returns. Default: prints it. */
  deliver?: (message: OutboxMessage) => void | Promise<void>;
  /** Where the progress goes (default: console.log). */
  log?: (line: string) => void;
}

export type { KindName };

/** Per kind: rows sent, batches, what Habite did with them, and what was not written (refused batches, contradictions in the file). */
export interface KindTotals { rows: number; batches: number; inserted: number; updated: number; unchanged: number; notWritten: number; replayed: number }

/** A row Habite refused, or one the file contradicts (code CONFLICT, never sent), by the CSV line it came from. */
export interface RowError { kind: KindName; line: number; erpCode: string | null; field: string | null; code: string; message: string }

export interface SyncReport {
  runId: string;
  status: 'SUCCEEDED' | 'FAILED';
  kinds: Record<KindName, KindTotals>;
  errors: RowError[];
  outbox: { delivered: OutboxMessage[]; acknowledged: number };
}

const KINDS: { name: KindName; mutation: string; input: string; noun: string; plural: string }[] = [
  { name: 'developments', mutation: 'upsertDevelopments', input: 'DevelopmentBatch', noun: 'empreendimento', plural: 'empreendimentos' },
  { name: 'stages', mutation: 'upsertStages', input: 'StageBatch', noun: 'etapa', plural: 'etapas' },
  { name: 'blocks', mutation: 'upsertBlocks', input: 'BlockBatch', noun: 'bloco', plural: 'blocos' },
  { name: 'units', mutation: 'upsertUnits', input: 'UnitBatch', noun: 'unidade', plural: 'unidades' },
];

interface UpsertResult {
  applied: boolean; replayed: boolean; inserted: number; updated: number; unchanged: number;
  errors: { index: number; erpCode: string | null; field: string | null; code: string; message: string }[];
}

const upsertMutation = (mutation: string, input: string) =>
  `mutation($i: ${input}!) { ${mutation}(input: $i) { applied replayed inserted updated unchanged errors { index erpCode field code message } } }`;
const OPEN_RUN = `mutation($note: String) { openSyncRun(note: $note) { id } }`;
const CLOSE_RUN = `mutation($id: ID!, $status: SyncRunStatus!) { closeSyncRun(id: $id, status: $status) { id status } }`;
const OUTBOX = `query($after: String) { outbox(first: 100, after: $after) { nodes { id topic createdAt payload } pageInfo { hasNextPage endCursor } } }`;
const ACKNOWLEDGE = `mutation($ids: [ID!]!) { acknowledgeOutbox(ids: $ids) }`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** "1 novo", "2 novos", "0 novos". */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const chunks = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

export async function sync(options: SyncOptions): Promise<SyncReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const batchSize = options.batchSize ?? MAX_BATCH_ROWS;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_ROWS) throw new RangeError(`O lote vai de 1 a ${MAX_BATCH_ROWS} linhas (recebido: ${batchSize}).`);
  const inFlight = options.inFlight ?? 1;
  if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > MAX_IN_FLIGHT) throw new RangeError(`Lotes simultâneos: de 1 a ${MAX_IN_FLIGHT} (recebido: ${inFlight}).`);

  // The file is read and checked before anything is sent.
  const file = readUnitsCsv(options.csvText ?? (await readFile(options.csvFile!, 'utf8')));
  if (file.problems.length) {
    log('O CSV se contradiz; estes registros ficam de fora:');
    for (const problem of file.problems) log(rowErrorText(problem));
  }
  const api = new HabiteClient({ ...options, log });

  // Opening is not idempotent: if its answer was lost, the retry finds a run open and gets CONFLICT
  // (SYNC_RUNNING) with that run's id; opened by this very token (byThisToken), it is ours: go on
  // with it. Another's running run is final (an ADMIN unlocks it if it stopped).
  let runId: string;
  try {
    runId = (await api.call<{ openSyncRun: { id: string } }>('openSyncRun', OPEN_RUN, { note: options.note ?? 'erp-sync (exemplo)' })).openSyncRun.id;
    log(`Sincronização ${runId} aberta.`);
  } catch (err) {
    if (!(err instanceof HabiteError && err.extensions?.reason === 'SYNC_RUNNING' && err.extensions?.byThisToken === true && typeof err.extensions.runId === 'string')) throw err;
    runId = err.extensions.runId;
    log(`Sincronização ${runId} já estava aberta por este token: seguindo nela.`);
  }
  const report: SyncReport = {
    runId, status: 'FAILED', errors: [...file.problems], outbox: { delivered: [], acknowledged: 0 },
    kinds: Object.fromEntries(KINDS.map((k) => [k.name, { rows: 0, batches: 0, inserted: 0, updated: 0, unchanged: 0, notWritten: file.leftOut[k.name], replayed: 0 }])) as Record<KindName, KindTotals>,
  };

  let failure: unknown = null;
  try {
    for (const kind of KINDS) {
      const rows: Sourced<unknown>[] = file[kind.name];
      const totals = report.kinds[kind.name];
      totals.rows = rows.length;
      const batches = chunks(rows, batchSize);
      // `inFlight` batches of this kind at once; what refers to them (the next kind) waits for all.
      // What each batch did is told in the file's order, as soon as the batches before it are told.
      const results: UpsertResult[] = new Array(batches.length);
      const labelOf = (i: number) => `${kind.plural}, lote ${i + 1}/${batches.length}`;
      let told = 0;
      const tell = () => {
        for (; told < batches.length && results[told]; told++) {
          const [batch, result, label] = [batches[told]!, results[told]!, labelOf(told)];
          totals.batches++;
          if (result.replayed) totals.replayed++;
          if (result.applied) {
            totals.inserted += result.inserted;
            totals.updated += result.updated;
            totals.unchanged += result.unchanged;
            log(`  ✓ ${label}: ${counted(result.inserted, 'novo', 'novos')}, ${counted(result.updated, 'alterado', 'alterados')}, ${counted(result.unchanged, 'igual', 'iguais')}${result.replayed ? ' (lote já aplicado: resposta guardada)' : ''}.`);
            continue;
          }
          // All or nothing: one bad row and no row of the batch was written. Each error, by its CSV line.
          totals.notWritten += batch.length;
          log(`  ✗ ${label} recusado, nada dele foi gravado (${batch.length} linhas):`);
          for (const e of result.errors) {
            const error: RowError = { kind: kind.name, line: batch[e.index]!.line, erpCode: e.erpCode, field: e.field, code: e.code, message: e.message };
            report.errors.push(error);
            log(rowErrorText(error));
          }
        }
      };
      let next = 0;
      let stop = false;
      const send = async () => {
        for (let i = next++; i < batches.length && !stop; i = next++) {
          const body = batches[i]!.map((s) => s.row);
          // The same run, kind and rows give the same key: a retry replays, a new run is a new batch.
          const idempotencyKey = `erp-sync:${runId}:${kind.name}:${sha256(JSON.stringify(body))}`;
          try {
            const data = await api.call<Record<string, UpsertResult>>(labelOf(i), upsertMutation(kind.mutation, kind.input), { i: { idempotencyKey, runId, rows: body } });
            results[i] = data[kind.mutation]!;
          } catch (err) {
            stop = true; // no new batch after a failure; the ones in flight end first
            throw err;
          }
          tell();
        }
      };
      const sent = await Promise.allSettled(Array.from({ length: Math.min(inFlight, batches.length) }, send));
      const failed = sent.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } catch (err) {
    failure = err;
  }

  report.status = failure || report.errors.length ? 'FAILED' : 'SUCCEEDED';
  try {
    await closeRun(api, runId, report.status);
    log(`Sincronização ${runId} fechada: ${report.status === 'SUCCEEDED' ? 'concluída' : 'com falha'} (${report.status}).`);
  } catch (err) {
    // Closing failed too: the first failure is the one to tell; an ADMIN can unlock the run.
    if (!failure) throw err;
    log(`! Não consegui fechar a sincronização ${runId} (${(err as Error).message}); um administrador pode destravá-la.`);
  }
  if (failure) throw failure;

  if (options.outbox !== false) report.outbox = await drainOutbox(api, options.deliver ?? printForErp(log), log);
  printSummary(report, log);
  return report;
}

async function closeRun(api: HabiteClient, id: string, status: SyncReport['status']): Promise<void> {
  try {
    await api.call('closeSyncRun', CLOSE_RUN, { id, status });
  } catch (err) {
    // A retry whose first attempt did close the run (the answer was lost): the run is as we wanted.
    if (err instanceof HabiteError && err.code === 'CONFLICT' && err.extensions?.status === status) return;
    throw err;
  }
}

/** `      linha 14 · unidade "RVV-A-0101" · blockCode: Não há bloco… [NOT_FOUND]` */
function rowErrorText(error: RowError): string {
  const noun = KINDS.find((k) => k.name === error.kind)!.noun;
  return `      linha ${error.line} · ${noun} ${error.erpCode ? `"${error.erpCode}"` : '(sem código)'}${error.field ? ` · ${error.field}` : ''}: ${error.message} [${error.code}]`;
}

/** Page by page, in order: each message to the ERP, then its acknowledgement. What is not acknowledged comes again next time. */
async function drainOutbox(api: HabiteClient, deliver: (m: OutboxMessage) => void | Promise<void>, log: (line: string) => void): Promise<SyncReport['outbox']> {
  const done: SyncReport['outbox'] = { delivered: [], acknowledged: 0 };
  log('Fila de saída (o que volta para o ERP):');
  let after: string | null = null;
  for (;;) {
    type Page = { outbox: { nodes: OutboxMessage[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const { outbox }: Page = await api.call<Page>('outbox', OUTBOX, { after });
    const delivered: OutboxMessage[] = [];
    try {
      for (const message of outbox.nodes) {
        await deliver(message);
        delivered.push(message);
      }
    } finally {
      // What the ERP took is acknowledged even if a later message failed; that one and the rest stay in the queue.
      if (delivered.length) {
        const { acknowledgeOutbox } = await api.call<{ acknowledgeOutbox: number }>('acknowledgeOutbox', ACKNOWLEDGE, { ids: delivered.map((m) => m.id) });
        done.delivered.push(...delivered);
        done.acknowledged += acknowledgeOutbox;
      }
    }
    if (!outbox.pageInfo.hasNextPage) break;
    after = outbox.pageInfo.endCursor;
  }
  if (!done.delivered.length) log('  (vazia)');
  return done;
}

/** The default "ERP": prints what it would write back. */
function printForErp(log: (line: string) => void) {
  return (message: OutboxMessage) => {
    const p = message.payload;
    if (message.topic === 'customer.updated') {
      const changes = Object.entries((p.changes ?? {}) as Record<string, unknown>).map(([field, value]) => `${field} = ${JSON.stringify(value)}`).join(', ');
      log(`  → cliente ${p.erpCode ? `"${p.erpCode}"` : '(sem código no ERP)'} (${documentText(String(p.document ?? ''))}): ${changes}`);
    } else log(`  → ${message.topic}: ${JSON.stringify(p)}`);
  };
}

/** CPF 529.982.247-25, CNPJ 12.ABC.345/01DE-35: as Brazilians write them. */
function documentText(document: string): string {
  if (/^\d{11}$/.test(document)) return `CPF ${document.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4')}`;
  if (/^[0-9A-Z]{12}\d{2}$/.test(document)) return `CNPJ ${document.replace(/^(.{2})(.{3})(.{3})(.{4})(.{2})$/, '$1.$2.$3/$4-$5')}`;
  return document ? `CPF/CNPJ ${document}` : 'sem CPF/CNPJ';
}

function printSummary(report: SyncReport, log: (line: string) => void) {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  log('');
  log(`Resumo: ${'novos'.padStart(18)} ${pad('alterados', 10)} ${pad('iguais', 7)} ${pad('não gravados', 13)}`);
  for (const kind of KINDS) {
    const t = report.kinds[kind.name];
    if (!t.rows && !t.notWritten) continue;
    log(`  ${kind.plural.padEnd(16)} ${pad(t.inserted, 7)} ${pad(t.updated, 10)} ${pad(t.unchanged, 7)} ${pad(t.notWritten, 13)}`);
  }
  if (report.errors.length) log(`  ${report.errors.length} ${report.errors.length === 1 ? 'linha recusada' : 'linhas recusadas'}: corrija o CSV e rode de novo (o que já foi gravado volta como "iguais").`);
  const n = report.outbox.acknowledged;
  log(`  Fila de saída: ${n} ${n === 1 ? 'mensagem confirmada' : 'mensagens confirmadas'}.`);
}
