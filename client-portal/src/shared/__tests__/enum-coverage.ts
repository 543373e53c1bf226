/// <reference types="node" />
/**
 * For the apps' label tests: which schema enums an app's generated types use, and every value of
 * each, read from the committed contract (schema/schema.graphql) — so a value added to the schema
 * fails the test of every app that shows that enum until it has a label in both languages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The enums `<app>/src/gql/graphql.ts` declares (as string unions: codegen's `enumsAsTypes`), with their values from the schema. */
export function enumsUsedBy(app: 'client-portal' | 'admin-portal'): Map<string, string[]> {
  const schema = buildSchema(readFileSync(resolve(root, 'schema', 'schema.graphql'), 'utf8'));
  const generated = readFileSync(resolve(root, app, 'src', 'gql', 'graphql.ts'), 'utf8');
  const used = new Map<string, string[]>();
  for (const [, name] of generated.matchAll(/^export type (\w+) =\n(?:  \| '[A-Z0-9_]+'[;\n])+/gm)) {
    const type = schema.getType(name!);
    if (type instanceof GraphQLEnumType) used.set(name!, type.getValues().map((v) => v.name));
  }
  return used;
}

/** `enum.VALUE` for every value without a non-empty label in `pt-BR` and in `en` (a label equal to the code counts as missing). */
export function missingLabels(used: Map<string, string[]>, labels: Record<string, Record<string, { 'pt-BR': string; en: string }>>): string[] {
  return [...used].flatMap(([name, values]) =>
    values.filter((value) => {
      const words = labels[name]?.[value];
      return !words || (['pt-BR', 'en'] as const).some((locale) => !words[locale]?.trim() || words[locale] === value);
    }).map((value) => `${name}.${value}`),
  );
}
