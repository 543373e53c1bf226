import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, printSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples';
import { operationNameIn } from '../api';
import { tokenSurface } from '../token-schema';

const schemaAt = (name: string) => buildSchema(readFileSync(resolve(import.meta.dirname, '..', '..', '..', '..', 'schema', name), 'utf8'));
const rootFields = (schema: ReturnType<typeof buildSchema>) => ({
  query: Object.keys(schema.getQueryType()?.getFields() ?? {}).sort(),
  mutation: Object.keys(schema.getMutationType()?.getFields() ?? {}).sort(),
  subscription: Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).sort(),
});

describe('R-SYNC-1: the explorer documents what a token may call', () => {
  const surface = tokenSurface(schemaAt('schema.graphql'));

  it('R-SYNC-1: the whole schema narrowed to the token\'s operations has exactly the root fields of integration.graphql', () => {
    expect(rootFields(surface)).toEqual(rootFields(schemaAt('integration.graphql')));
    // Staff and customer operations, and the types only they reach, are gone from the docs.
    const printed = printSchema(surface);
    for (const gone of ['createStaffAccount', 'signIn', 'myUnits', 'type Account ', 'input SignInInput']) expect(printed).not.toContain(gone);
    // What a token uses keeps the server's descriptions.
    expect(surface.getMutationType()?.getFields().upsertReservations.description).toMatch(/reservas/);
  });

  it('R-SYNC-1: every example is valid against the narrowed schema; a staff operation is not', () => {
    for (const example of EXAMPLES) expect(validate(surface, parse(example.query)), example.id).toEqual([]);
    expect(validate(surface, parse('mutation { signOut }'))).toHaveLength(1);
  });
});

describe('R-SYNC-1: the explorer sends the operation the document holds', () => {
  it('R-SYNC-1: a stale operation name (from the previous tab) is left out; a present one is kept', () => {
    const query = 'query ListarSincronizacoes { syncRuns { nodes { id } } }';
    expect(operationNameIn(query, 'ConferirToken')).toBeUndefined();
    expect(operationNameIn(query, 'ListarSincronizacoes')).toBe('ListarSincronizacoes');
    expect(operationNameIn(query, null)).toBeUndefined();
  });
});
