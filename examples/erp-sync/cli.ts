#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CsvError } from './csv.js';
import { HabiteError } from './habite-client.js';
import { MAX_BATCH_ROWS, sync } from './sync.js';

/**
 * node dist/cli.js [unidades.csv] [--lote 5000] [--simultaneos 2] [--nota "carga noturna"] [--sem-fila]
 * HABITE_TOKEN (required) and HABITE_URL (default http://localhost:4000/graphql) from the environment.
 * Exit code: 0 synced, 1 some rows refused (the run is FAILED), 2 could not sync.
 */
const USAGE = `uso: HABITE_TOKEN=hbt_… node dist/cli.js [arquivo.csv] [--lote N] [--simultaneos N] [--nota "texto"] [--sem-fila]`;

/** A whole number given on the command line; anything else is said back as it was typed. */
function whole(option: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new RangeError(`${option} pede um número inteiro (recebido: "${text}").`);
  return Number(text);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { lote: { type: 'string' }, simultaneos: { type: 'string' }, nota: { type: 'string' }, 'sem-fila': { type: 'boolean' }, ajuda: { type: 'boolean', short: 'h' } },
  });
  if (values.ajuda) {
    console.log(USAGE);
    return 0;
  }
  const token = process.env.HABITE_TOKEN;
  if (!token) {
    console.error(`Defina HABITE_TOKEN com um token de API (escopo Integração).\n${USAGE}`);
    return 2;
  }
  const report = await sync({
    url: process.env.HABITE_URL || 'http://localhost:4000/graphql',
    token,
    csvFile: positionals[0] ?? fileURLToPath(new URL('../unidades.csv', import.meta.url)),
    batchSize: values.lote ? whole('--lote', values.lote) : MAX_BATCH_ROWS,
    inFlight: values.simultaneos ? whole('--simultaneos', values.simultaneos) : 1,
    note: values.nota,
    outbox: !values['sem-fila'],
  });
  return report.status === 'SUCCEEDED' ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    // What the server or the file said, without a stack trace; anything else is a bug of this program.
    if (err instanceof HabiteError || err instanceof CsvError || err instanceof RangeError) console.error(`Erro: ${err.message}`);
    else if ((err as NodeJS.ErrnoException).code === 'ENOENT') console.error(`Erro: arquivo não encontrado: ${(err as NodeJS.ErrnoException).path}`);
    else console.error(err);
    process.exitCode = 2;
  },
);
