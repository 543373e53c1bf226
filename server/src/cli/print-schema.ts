import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSchema, printContract } from '../graphql/schema.js';

/** `npm run schema`: prints the server's schema into schema/schema.graphql (the committed contract). */
const target = resolve(import.meta.dirname, '..', '..', '..', 'schema', 'schema.graphql');
await writeFile(target, printContract(await createSchema()));
console.log(`Escrito: schema/schema.graphql`);
