import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { createSchema, printContract } from '../schema.js';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');

describe('the schema contract', () => {
  it('schema/schema.graphql is exactly what the server prints (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(resolve(root, 'schema', 'schema.graphql'), 'utf8');
    expect(printContract(await createSchema())).toBe(committed);
  });

  it('the generated documents of both apps match the contract (run `npm run codegen`)', async () => {
    // The root codegen.ts, loaded at run time (it sits outside the server's TypeScript project).
    const codegenConfig = (await import(resolve(root, 'codegen.ts'))).default;
    const previous = process.cwd();
    process.chdir(root);
    try {
      const files = (await generate({ ...codegenConfig, cwd: root }, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const committed = await readFile(resolve(root, file.filename), 'utf8').catch(() => '(missing)');
        expect(committed, `${file.filename} is stale`).toBe(file.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
