import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRows } from '../../../../../examples/erp-sync/csv.js';
import { HabiteError } from '../../../../../examples/erp-sync/habite-client.js';
import { readUnitsCsv } from '../../../../../examples/erp-sync/units-csv.js';
import { sync, type SyncOptions } from '../../../../../examples/erp-sync/sync.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { OutboxMessage } from '../../data-changes/outbox-message.entity.js';
import { tokenClient } from './integration-client.js';

/**
 * The example ERP client of examples/erp-sync (README "Integrar seu ERP"), run as an integrator
 * would run it: over HTTP with an API token, against the real server on real PostgreSQL. Only
 * the network is played with (a lost answer, a 503, the real server's 429), and the waits are
 * recorded instead of slept.
 */

const SAMPLE = fileURLToPath(new URL('../../../../../examples/erp-sync/unidades.csv', import.meta.url));
const HEADER = 'codigo_empreendimento;nome_empreendimento;previsao_entrega;codigo_etapa;nome_etapa;codigo_bloco;nome_bloco;codigo_unidade;nome_unidade;area_privativa_m2';
const SYNC_RUN = `query($id: ID!) { syncRun(id: $id) { status batches inserted updated unchanged failedRows errors { nodes { kind rowIndex erpCode field code } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** What one run of the example did on the wire, and what it printed. */
interface Wire { operations: string[]; bodies: { query: string; variables: Record<string, any> }[]; waits: number[]; lines: string[] }

type Intercept = (call: { operation: string; count: number }, send: () => Promise<Response>) => Promise<Response>;

/**
 * The example's `sync`, against the test server with a token of the world's company; every request,
 * wait and printed line lands in `wire` (given, to read it when the run throws).
 */
async function runExample(secret: string, options: Partial<SyncOptions> & { intercept?: Intercept } = {}, wire: Wire = { operations: [], bodies: [], waits: [], lines: [] }) {
  const counts = new Map<string, number>();
  const { intercept, ...rest } = options;
  const report = await sync({
    url: `${server.url}/graphql`,
    token: secret,
    csvFile: SAMPLE,
    log: (line) => wire.lines.push(line),
    sleep: async (ms) => void wire.waits.push(ms),
    fetch: async (input, init) => {
      const body = JSON.parse(String(init!.body)) as Wire['bodies'][number];
      const operation = /\{\s*(\w+)/.exec(body.query)![1]!;
      counts.set(operation, (counts.get(operation) ?? 0) + 1);
      wire.operations.push(operation);
      wire.bodies.push(body);
      const send = () => fetch(input, init);
      return intercept ? intercept({ operation, count: counts.get(operation)! }, send) : send();
    },
    ...rest,
  });
  return { report, wire };
}

interface StoredUnit { code: string; name: string; block: string | null; stage: string | null; development: string }
const unitsOf = async (world: World): Promise<StoredUnit[]> => server.em().getConnection().execute(
  `select u.erp_code as code, u.name, b.erp_code as block, s.erp_code as stage, d.erp_code as development
     from unit u join development d on d.id = u.development_id left join block b on b.id = u.block_id left join stage s on s.id = u.stage_id
    where d.company_id = ? and u.erp_code is not null order by u.erp_code`, [world.company.id]);

describe('R-SYNC-2: the example ERP client (examples/erp-sync) pushes a CSV of units', () => {
  it('R-SYNC-2: the example client pushes a CSV in batches; run again, every row is unchanged', async () => {
    const world = await World.create(server);
    const { secret, admin } = await tokenClient(server, world, ['INTEGRATION'], 'ERP — carga noturna');
    const { report: first, wire } = await runExample(secret, { batchSize: 7 });

    expect(first.status).toBe('SUCCEEDED');
    expect(first.errors).toEqual([]);
    expect(first.kinds).toEqual({
      developments: { rows: 3, batches: 1, inserted: 3, updated: 0, unchanged: 0, notWritten: 0, replayed: 0 },
      stages: { rows: 2, batches: 1, inserted: 2, updated: 0, unchanged: 0, notWritten: 0, replayed: 0 },
      blocks: { rows: 5, batches: 1, inserted: 5, updated: 0, unchanged: 0, notWritten: 0, replayed: 0 },
      // 20 units, 7 a batch: 7 + 7 + 6.
      units: { rows: 20, batches: 3, inserted: 20, updated: 0, unchanged: 0, notWritten: 0, replayed: 0 },
    });
    // Developments, then stages and blocks, then units, inside one run; each batch under the run's key for its body.
    expect(wire.operations).toEqual(['openSyncRun', 'upsertDevelopments', 'upsertStages', 'upsertBlocks', 'upsertUnits', 'upsertUnits', 'upsertUnits', 'closeSyncRun', 'outbox']);
    const batches = wire.bodies.filter((b) => b.variables.i);
    expect(batches.map((b) => b.variables.i.runId)).toEqual(batches.map(() => first.runId));
    expect(batches.map((b) => b.variables.i.idempotencyKey)).toEqual(batches.map(() => expect.stringMatching(new RegExp(`^erp-sync:${first.runId}:\\w+:[0-9a-f]{64}$`))));
    expect(new Set(batches.map((b) => b.variables.i.idempotencyKey)).size).toBe(6);
    expect(wire.lines).toContain(`Sincronização ${first.runId} fechada: concluída (SUCCEEDED).`);
    expect(wire.lines.filter((l) => l.startsWith('  ✓ '))).toEqual([
      '  ✓ empreendimentos, lote 1/1: 3 novos, 0 alterados, 0 iguais.',
      '  ✓ etapas, lote 1/1: 2 novos, 0 alterados, 0 iguais.',
      '  ✓ blocos, lote 1/1: 5 novos, 0 alterados, 0 iguais.',
      '  ✓ unidades, lote 1/3: 7 novos, 0 alterados, 0 iguais.',
      '  ✓ unidades, lote 2/3: 7 novos, 0 alterados, 0 iguais.',
      '  ✓ unidades, lote 3/3: 6 novos, 0 alterados, 0 iguais.',
    ]);

    // What the CSV says is what Habite has: quoted names with the delimiter and quotes, blocks, stages, dates.
    const units = await unitsOf(world);
    expect(units).toHaveLength(20);
    expect(units).toContainEqual({ code: 'LSF-Q01-L03', name: 'Lote 03 (esquina; Rua das Acácias)', block: 'LSF-Q01', stage: 'LSF-E1', development: 'LSF' });
    expect(units).toContainEqual({ code: 'RVV-A-1501', name: 'Cobertura 1501 "Duplex"', block: 'RVV-A', stage: null, development: 'RVV' });
    expect(units).toContainEqual({ code: 'EFL-LJ01', name: 'Loja 01 – térreo; frente para a Av. Faria Lima', block: null, stage: null, development: 'EFL' });
    expect(await server.em().getConnection().execute(`select erp_code, delivery_date::text as d from development where company_id = ? and erp_code is not null order by erp_code`, [world.company.id]))
      .toEqual([{ erp_code: 'EFL', d: '2028-03-31' }, { erp_code: 'LSF', d: '2026-12-15' }, { erp_code: 'RVV', d: '2027-06-30' }]);
    expect((await admin.ok(SYNC_RUN, { id: first.runId })).syncRun).toMatchObject({ status: 'SUCCEEDED', batches: 6, inserted: 30, updated: 0, unchanged: 0, failedRows: 0 });

    // The same file again: a new run, new keys, nothing rewritten.
    const { report: again, wire: wire2 } = await runExample(secret, { batchSize: 7 });
    expect(again.runId).not.toBe(first.runId);
    expect(again.status).toBe('SUCCEEDED');
    for (const totals of Object.values(again.kinds)) expect(totals).toMatchObject({ inserted: 0, updated: 0, unchanged: totals.rows, replayed: 0 });
    expect((await admin.ok(SYNC_RUN, { id: again.runId })).syncRun).toMatchObject({ status: 'SUCCEEDED', batches: 6, inserted: 0, updated: 0, unchanged: 30 });
    expect(wire2.lines.join('\n')).toMatch(/unidades\s+0\s+0\s+20\s+0/);
    expect(wire2.waits).toEqual([]);
  });

  it('R-SYNC-2: with two batches in flight (--simultaneos 2) the example sends two batches of units at once, tells them in the file\'s order, and writes what one at a time writes', async () => {
    const world = await World.create(server);
    const { secret } = await tokenClient(server, world, ['INTEGRATION'], 'ERP — dois lotes por vez');
    let open = 0;
    let most = 0;
    const { report, wire } = await runExample(secret, {
      batchSize: 3, inFlight: 2,
      intercept: async (call, send) => {
        if (call.operation !== 'upsertUnits') return send();
        most = Math.max(most, ++open);
        try {
          return await send();
        } finally {
          open--;
        }
      },
    });
    expect(most).toBe(2);
    expect(report.status).toBe('SUCCEEDED');
    // 20 units, 3 a batch: 7 batches.
    expect(report.kinds.units).toEqual({ rows: 20, batches: 7, inserted: 20, updated: 0, unchanged: 0, notWritten: 0, replayed: 0 });
    expect(wire.lines.filter((l) => l.includes('unidades, lote')).map((l) => /lote (\d+)\//.exec(l)![1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect((await unitsOf(world)).map((u) => u.code)).toHaveLength(20);
    await expect(runExample(secret, { inFlight: 5 })).rejects.toThrow(/Lotes simultâneos: de 1 a 4/);
  });

  it('R-SYNC-4: when openSyncRun\'s answer is lost, the retry finds the run this token opened and goes on in it', async () => {
    const world = await World.create(server);
    const { secret, admin } = await tokenClient(server, world);
    const { report, wire } = await runExample(secret, {
      intercept: async ({ operation, count }, send) => {
        if (operation === 'openSyncRun' && count === 1) {
          await (await send()).text();
          throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
        }
        return send();
      },
    });
    expect(report.status).toBe('SUCCEEDED');
    expect(wire.operations.filter((o) => o === 'openSyncRun')).toHaveLength(2);
    expect(wire.lines).toContain(`Sincronização ${report.runId} já estava aberta por este token: seguindo nela.`);
    const { syncRuns } = await admin.ok(`{ syncRuns(first: 5) { nodes { id status inserted } } }`);
    expect(syncRuns.nodes).toEqual([{ id: report.runId, status: 'SUCCEEDED', inserted: 30 }]);
  });

  it('R-SYNC-2: a retried batch replays under its idempotency key', async () => {
    const world = await World.create(server);
    const { secret, admin } = await tokenClient(server, world);
    const { report, wire } = await runExample(secret, {
      intercept: async ({ operation, count }, send) => {
        // The blocks' first attempt: a proxy answers 503, the server never sees it.
        if (operation === 'upsertBlocks' && count === 1) return new Response('<html>503 Service Unavailable</html>', { status: 503 });
        // The units' first attempt reaches the server and is applied, but the answer is lost.
        if (operation === 'upsertUnits' && count === 1) {
          await (await send()).text();
          throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
        }
        return send();
      },
    });

    expect(report.status).toBe('SUCCEEDED');
    expect(wire.operations.filter((o) => o === 'upsertBlocks')).toHaveLength(2);
    const unitBatches = wire.bodies.filter((b) => b.query.includes('upsertUnits'));
    expect(unitBatches).toHaveLength(2);
    // The retry sends the same key and the same rows: the server answers the stored result, writes nothing again.
    expect(unitBatches[1]!.variables.i.idempotencyKey).toBe(unitBatches[0]!.variables.i.idempotencyKey);
    expect(unitBatches[1]!.variables.i.rows).toEqual(unitBatches[0]!.variables.i.rows);
    expect(report.kinds.units).toEqual({ rows: 20, batches: 1, inserted: 20, updated: 0, unchanged: 0, notWritten: 0, replayed: 1 });
    expect(wire.lines).toContain('  ✓ unidades, lote 1/1: 20 novos, 0 alterados, 0 iguais (lote já aplicado: resposta guardada).');
    expect(wire.lines.filter((l) => l.includes('↻'))).toEqual([
      expect.stringMatching(/^ {2}↻ blocos, lote 1\/1: HTTP 503; nova tentativa em [\d,]+ s \(2ª de 6\)\.$/),
      expect.stringMatching(/^ {2}↻ unidades, lote 1\/1: falha de rede \(socket hang up\); nova tentativa em [\d,]+ s \(2ª de 6\)\.$/),
    ]);
    // Exponential backoff from 500 ms, with jitter: the first wait is between 250 and 500 ms.
    expect(wire.waits).toHaveLength(2);
    for (const wait of wire.waits) {
      expect(wait).toBeGreaterThanOrEqual(250);
      expect(wait).toBeLessThanOrEqual(500);
    }
    // The run counts the batch once.
    expect((await admin.ok(SYNC_RUN, { id: report.runId })).syncRun).toMatchObject({ status: 'SUCCEEDED', batches: 4, inserted: 30 });
    expect(await unitsOf(world)).toHaveLength(20);
  });

  it('R-SYNC-2: a bad row\'s error names the CSV line; its batch is not written nor retried, the others are written, and the run ends FAILED', async () => {
    const world = await World.create(server);
    const { secret, admin } = await tokenClient(server, world);
    const csvText = [
      HEADER,
      'RVV;Residencial Vila Verde;30/06/2027;;;RVV-A;Torre A;RVV-A-0101;Apto 101;68,45',
      'RVV;Residencial Vila Verde;30/06/2027;;;RVV-A;Torre A;RVV-A-0102;Apto 102;68,45',
      'LSF;Loteamento Santa Fé;15/12/2026;;;LSF-Q01;Quadra 01;LSF-Q01-L01;Lote 01;300,00',
      // Lines 5–6 (a quoted line break): block LSF-Q01 of RVV, when line 4 said of LSF. The file contradicts itself.
      'RVV;"Residencial Vila Verde";30/06/2027;;;LSF-Q01;"Quadra 01\n(lado par)";RVV-A-0103;Apto 103;68,45',
      // Line 7: a unit without a name. Line 8: a date that does not exist.
      'LSF;Loteamento Santa Fé;15/12/2026;;;LSF-Q02;Quadra 02;LSF-Q02-L01;;300,00',
      'EFL;Edifício Corporate Faria Lima;31/02/2028;;;;;EFL-1101;Sala 1101;42,00',
    ].join('\r\n');
    const { report, wire } = await runExample(secret, { csvText, batchSize: 2 });

    expect(report.status).toBe('FAILED');
    expect(report.errors).toEqual([
      // Never sent: the block is left out, what Habite has of it stays.
      { kind: 'blocks', line: 5, erpCode: 'LSF-Q01', field: 'developmentCode', code: 'CONFLICT', message: 'Na linha 4, o empreendimento é "LSF"; aqui, "RVV": o bloco fica de fora desta carga até o CSV concordar.' },
      // Habite's answers, batch by batch, each row by the line it came from.
      { kind: 'developments', line: 8, erpCode: 'EFL', field: 'deliveryDate', code: 'INVALID', message: expect.any(String) },
      { kind: 'units', line: 4, erpCode: 'LSF-Q01-L01', field: 'blockCode', code: 'NOT_FOUND', message: expect.stringContaining('"LSF-Q01"') },
      { kind: 'units', line: 5, erpCode: 'RVV-A-0103', field: 'blockCode', code: 'NOT_FOUND', message: expect.stringContaining('"LSF-Q01"') },
      { kind: 'units', line: 7, erpCode: 'LSF-Q02-L01', field: 'name', code: 'REQUIRED', message: 'Informe o nome.' },
      { kind: 'units', line: 8, erpCode: 'EFL-1101', field: 'developmentCode', code: 'NOT_FOUND', message: expect.stringContaining('"EFL"') },
    ]);
    // Two by two: developments RVV, LSF written and EFL refused; units 101–102 written, the two other batches refused whole.
    expect(report.kinds.developments).toMatchObject({ rows: 3, batches: 2, inserted: 2, notWritten: 1 });
    expect(report.kinds.blocks).toMatchObject({ rows: 2, batches: 1, inserted: 2, notWritten: 1 });
    expect(report.kinds.units).toMatchObject({ rows: 6, batches: 3, inserted: 2, notWritten: 4 });
    expect(wire.lines.slice(0, 2)).toEqual([
      'O CSV se contradiz; estes registros ficam de fora:',
      '      linha 5 · bloco "LSF-Q01" · developmentCode: Na linha 4, o empreendimento é "LSF"; aqui, "RVV": o bloco fica de fora desta carga até o CSV concordar. [CONFLICT]',
    ]);
    expect(wire.lines).toContain('  ✗ unidades, lote 3/3 recusado, nada dele foi gravado (2 linhas):');
    expect(wire.lines).toContain('      linha 7 · unidade "LSF-Q02-L01" · name: Informe o nome. [REQUIRED]');
    expect(wire.lines).toContain(`Sincronização ${report.runId} fechada: com falha (FAILED).`);
    expect(wire.lines).toContain('  6 linhas recusadas: corrija o CSV e rode de novo (o que já foi gravado volta como "iguais").');
    // Refused rows are an answer, not a failure: each batch was sent once.
    expect(wire.operations.filter((o) => o.startsWith('upsert'))).toEqual(['upsertDevelopments', 'upsertDevelopments', 'upsertBlocks', 'upsertUnits', 'upsertUnits', 'upsertUnits']);
    expect(wire.waits).toEqual([]);
    expect((await unitsOf(world)).map((u) => u.code)).toEqual(['RVV-A-0101', 'RVV-A-0102']);
    const { syncRun } = await admin.ok(SYNC_RUN, { id: report.runId });
    expect(syncRun).toMatchObject({ status: 'FAILED', inserted: 6, failedRows: 5 });
    // The run keeps Habite's refusals for the staff (Integrações → Sincronizações); within a batch in no set order.
    const kept = syncRun.errors.nodes.map((e: { erpCode: string; field: string; code: string }) => [e.erpCode, e.field, e.code]);
    expect(kept).toHaveLength(5);
    expect(kept).toEqual(expect.arrayContaining([['EFL', 'deliveryDate', 'INVALID'], ['LSF-Q01-L01', 'blockCode', 'NOT_FOUND'], ['LSF-Q02-L01', 'name', 'REQUIRED']]));
  });
});

describe('R-SYNC-1: the example client retries only what is safe to retry', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ tokenLimits: { requestsPerMinute: 1, costPerMinute: 1_000_000 } });
  });
  afterAll(() => limited?.stop());

  it('R-SYNC-1: RATE_LIMITED waits the time the server sends (retryAfterSeconds, Retry-After) before trying again', async () => {
    // The real server's 429: a token past its one call a minute.
    const { secret: busy } = await tokenClient(limited, await World.create(limited), ['READ']);
    const call = () => fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${busy}` }, body: JSON.stringify({ query: '{ tokenInfo { id } }' }) });
    expect((await call()).status).toBe(200);
    const refusal = await call();
    const refusalBody = await refusal.text();
    const retryAfter = Number(refusal.headers.get('retry-after'));
    expect(refusal.status).toBe(429);
    expect(JSON.parse(refusalBody).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });

    const world = await World.create(server);
    const { secret } = await tokenClient(server, world);
    const { report, wire } = await runExample(secret, {
      intercept: async ({ operation, count }, send) => (operation === 'upsertDevelopments' && count === 1
        ? new Response(refusalBody, { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } })
        : send()),
    });
    expect(report.status).toBe('SUCCEEDED');
    expect(wire.waits).toEqual([retryAfter * 1000]);
    expect(wire.lines).toContainEqual(expect.stringContaining(`↻ empreendimentos, lote 1/1: limite de chamadas do token (RATE_LIMITED, aguardar ${retryAfter} s)`));
    expect(wire.operations.filter((o) => o === 'upsertDevelopments')).toHaveLength(2);
  });

  it('R-SYNC-1: an error the server decided (a token without the Integração scope: FORBIDDEN) is not retried', async () => {
    const world = await World.create(server);
    const { secret } = await tokenClient(server, world, ['READ']);
    const wire: Wire = { operations: [], bodies: [], waits: [], lines: [] };
    const attempt = runExample(secret, {}, wire);
    await expect(attempt).rejects.toBeInstanceOf(HabiteError);
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(wire.operations).toEqual(['openSyncRun']);
    expect(wire.waits).toEqual([]);
  });

  it('R-SYNC-1: past its attempts the client gives up, backing off exponentially, and closes the run it opened as FAILED', async () => {
    const world = await World.create(server);
    const { secret, admin } = await tokenClient(server, world);
    let runId = '';
    const wire: Wire = { operations: [], bodies: [], waits: [], lines: [] };
    const attempt = runExample(secret, {
      maxAttempts: 4,
      intercept: async ({ operation }, send) => {
        if (operation === 'upsertStages') return new Response('Bad Gateway', { status: 502 });
        const response = await send();
        if (operation === 'openSyncRun') runId = (await response.clone().json()).data.openSyncRun.id;
        return response;
      },
    }, wire);
    await expect(attempt).rejects.toMatchObject({ code: 'RETRIES_EXHAUSTED', message: 'etapas, lote 1/1: HTTP 502; desisti depois de 4 tentativas.' });
    // 500 ms, 1 s, 2 s, each with jitter (half to all of it).
    expect(wire.waits).toHaveLength(3);
    wire.waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(250 * 2 ** i);
      expect(wait).toBeLessThanOrEqual(500 * 2 ** i);
    });
    expect(wire.operations.at(-1)).toBe('closeSyncRun');
    expect((await admin.ok(SYNC_RUN, { id: runId })).syncRun).toMatchObject({ status: 'FAILED', inserted: 3 });
  });
});

describe('R-SYNC-3: the example client reads the outbox and acknowledges what the ERP took', () => {
  it('R-SYNC-3: each message goes to the ERP and is then acknowledged; one the ERP fails on stays in the queue for the next run', async () => {
    const world = await World.create(server);
    const { secret, client } = await tokenClient(server, world);
    const em = server.em();
    for (const [code, changes] of [['CLI-0001', { email: 'joana.silva@exemplo.com.br' }], ['CLI-0002', { phone: '(11) 98765-4321' }], ['CLI-0003', { name: 'Maria de Souza Lima' }]] as const) {
      em.create(OutboxMessage, { company: world.company, topic: 'customer.updated', createdAt: new Date(), payload: { erpCode: code, document: '52998224725', changes } });
    }
    await em.flush();

    const taken: string[] = [];
    const failing = runExample(secret, {
      deliver: (message) => {
        if (message.payload.erpCode === 'CLI-0003') throw new Error('ERP fora do ar');
        taken.push(message.payload.erpCode as string);
      },
    });
    await expect(failing).rejects.toThrow('ERP fora do ar');
    expect(taken).toEqual(['CLI-0001', 'CLI-0002']);
    const left = (await client.ok(`{ outbox { nodes { payload } } }`)).outbox.nodes;
    expect(left.map((m: { payload: { erpCode: string } }) => m.payload.erpCode)).toEqual(['CLI-0003']);

    // The next run: the rows are unchanged, the message the ERP missed comes again, printed, and is acknowledged.
    const { report, wire } = await runExample(secret);
    expect(report.outbox.acknowledged).toBe(1);
    expect(wire.lines).toContain('  → cliente "CLI-0003" (CPF 529.982.247-25): name = "Maria de Souza Lima"');
    expect(wire.lines).toContain('  Fila de saída: 1 mensagem confirmada.');
    expect((await client.ok(`{ outbox { nodes { id } } }`)).outbox.nodes).toEqual([]);
  });
});

describe('R-SYNC-2: the example\'s CSV reader', () => {
  it('R-SYNC-2: the CSV reader takes `;` or `,`, quoted fields with the delimiter, doubled quotes and line breaks, and counts lines from the header', async () => {
    expect(parseRows('a;b\r\n"x;1";"diz ""oi"""\n\n"duas\nlinhas";fim\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;1', 'diz "oi"'] },
      { line: 4, cells: ['duas\nlinhas', 'fim'] },
    ]);
    expect(parseRows('\uFEFFa,b\n1,"2,5"')).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2,5'] }]);
    // The sample file: a header and 20 units.
    expect(parseRows(await readFile(SAMPLE, 'utf8'))).toHaveLength(21);
  });

  it('R-SYNC-2: each development, stage and block goes once; a code the file contradicts is left out and its lines reported', () => {
    const file = readUnitsCsv([
      HEADER,
      'RVV;Residencial Vila Verde;30/06/2027;;;RVV-A;Torre A;RVV-A-0101;Apto 101;68,45',
      'RVV;Residencial Vila Verde;;;;RVV-A;Torre A;RVV-A-0102;Apto 102;68,45',
      'RVV;Residencial Vila Verde;2027-06-30;;;RVV-A;Torre A;RVV-A-0101;Apto 101 (cobertura);140,00',
      'RVV;Residencial Vila Verde;;;;;;;Apto sem código;',
    ].join('\n'));
    // An empty date says nothing; 30/06/2027 and 2027-06-30 agree.
    expect(file.developments).toEqual([{ line: 2, row: { code: 'RVV', name: 'Residencial Vila Verde', deliveryDate: '2027-06-30' } }]);
    expect(file.blocks).toEqual([{ line: 2, row: { code: 'RVV-A', developmentCode: 'RVV', name: 'Torre A' } }]);
    // RVV-A-0101 twice with two names: neither goes; a row without a code goes, for Habite to say what is missing.
    expect(file.units.map((u) => [u.line, u.row.code])).toEqual([[3, 'RVV-A-0102'], [5, '']]);
    expect(file.problems).toEqual([{ kind: 'units', line: 4, erpCode: 'RVV-A-0101', field: 'name', code: 'CONFLICT', message: 'Na linha 2, o nome é "Apto 101"; aqui, "Apto 101 (cobertura)": a unidade fica de fora desta carga até o CSV concordar.' }]);
    expect(file.leftOut).toEqual({ developments: 0, stages: 0, blocks: 0, units: 1 });
  });
});
