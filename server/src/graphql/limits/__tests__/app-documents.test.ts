import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  isEnumType, isInputObjectType, isListType, isNonNullType, Kind, Lexer, print, Source, TokenKind, typeFromAST,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { createSchema } from '../../schema.js';
import { operationAliases } from '../aliases.js';
import { operationCost } from '../cost.js';
import { operationDepth } from '../depth.js';

const root = resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const limits = loadConfig({}).queryLimits;

/**
 * Every operation both apps send: the documents GraphQL Code Generator wrote into each app's
 * `src/gql/graphql.ts` (committed; schema-contract.test.ts proves they match the apps' sources),
 * each with the fragments it spreads, as urql sends it.
 */
async function appDocuments(app: string): Promise<{ name: string; document: DocumentNode }[]> {
  const text = await readFile(resolve(root, app, 'src', 'gql', 'graphql.ts'), 'utf8');
  return [...text.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)]
    .map(([, name, json]) => ({ name: `${app} ${name}`, document: JSON.parse(json!) as DocumentNode }));
}

/** A value for every required variable, so the cost is computed as for a real request. */
function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]));
    }
    const scalar: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: false, DateTimeISO: new Date().toISOString(), JSON: {} };
    return scalar[type.name] ?? 'x';
  };
  return Object.fromEntries((operation.variableDefinitions ?? [])
    .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
    .map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
}

function tokens(document: DocumentNode): number {
  const lexer = new Lexer(new Source(print(document)));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

interface Measure { name: string; tokens: number; depth: number; aliases: number; cost: number }

let schema: GraphQLSchema;
let measures: Measure[];
beforeAll(async () => {
  schema = await createSchema();
  const documents = [...await appDocuments('client-portal'), ...await appDocuments('admin-portal')];
  measures = documents.map(({ name, document }) => {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return {
      name,
      tokens: tokens(document),
      depth: operationDepth(document, operation).depth,
      aliases: operationAliases(document, operation),
      cost: operationCost({ schema, document, variables: sampleVariables(schema, operation) }),
    };
  });
  console.table(measures);
});

describe('query limits: the apps\' own documents fit with room to spare', () => {
  it('both apps\' documents are all measured (a document missing here is a document not checked)', () => {
    expect(measures.filter((m) => m.name.startsWith('client-portal')).length).toBeGreaterThan(10);
    expect(measures.filter((m) => m.name.startsWith('admin-portal')).length).toBeGreaterThan(30);
    // A cost of 0 would mean the estimate failed (e.g. on variables), not that the document is free.
    expect(measures.filter((m) => m.cost <= 0)).toEqual([]);
  });

  it('every document uses at most a third of the cost budget and of the token limit', () => {
    expect(measures.filter((m) => m.cost * 3 > limits.maxCost).map((m) => `${m.name}: cost ${m.cost} of ${limits.maxCost}`)).toEqual([]);
    expect(measures.filter((m) => m.tokens * 3 > limits.maxTokens).map((m) => `${m.name}: ${m.tokens} tokens of ${limits.maxTokens}`)).toEqual([]);
  });

  it('every document stays two levels under the depth limit and within half the aliases', () => {
    expect(measures.filter((m) => m.depth + 2 > limits.maxDepth).map((m) => `${m.name}: depth ${m.depth} of ${limits.maxDepth}`)).toEqual([]);
    expect(measures.filter((m) => m.aliases * 2 > limits.maxAliases).map((m) => `${m.name}: ${m.aliases} aliases of ${limits.maxAliases}`)).toEqual([]);
  });
});
