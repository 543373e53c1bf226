import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { printIntegrationContract } from '../graphql/integration-contract.js';
import { createSchema, printContract } from '../graphql/schema.js';

/**
 * `npm run schema`: prints the server's schema into schema/schema.graphql (the committed
 * contract) and the part API tokens may call into schema/integration.graphql (R-SYNC-1).
 */
const folder = resolve(import.meta.dirname, '..', '..', '..', 'schema');
const schema = await createSchema();
await writeFile(resolve(folder, 'schema.graphql'), printContract(schema));
await writeFile(resolve(folder, 'integration.graphql'), printIntegrationContract(schema));
console.log(`Escrito: schema/schema.graphql, schema/integration.graphql`);
