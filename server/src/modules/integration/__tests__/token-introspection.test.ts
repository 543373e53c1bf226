import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { tokenClient } from './integration-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** What GraphiQL 5 (the explorer at /explorer) sends to load the docs: @graphiql/react's schema store, with the explorer's options. */
const GRAPHIQL_INTROSPECTION = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });

describe('R-SYNC-1: the explorer — a token loads the schema; the query limits still hold for everything else', () => {
  it('R-SYNC-1: a READ token runs GraphiQL\'s introspection query and gets the whole schema, its operations included', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world, ['READ']);
    const answer = await client.request(GRAPHIQL_INTROSPECTION);
    expect(answer.errors).toBeUndefined();
    const types = answer.data!.__schema.types as { name: string; fields: { name: string }[] | null }[];
    const fieldsOf = (name: string) => types.find((t) => t.name === name)?.fields?.map((f) => f.name) ?? [];
    expect(fieldsOf('Query')).toEqual(expect.arrayContaining(['tokenInfo', 'syncRuns', 'outbox', 'erpRecords']));
    expect(fieldsOf('Mutation')).toEqual(expect.arrayContaining(['openSyncRun', 'upsertUnits', 'upsertBills', 'acknowledgeOutbox', 'closeSyncRun']));
    // And the same token then calls what it may.
    expect((await client.ok(`{ tokenInfo { name scopes } }`)).tokenInfo).toEqual({ name: 'ERP de teste', scopes: ['READ'] });
  });

  it('R-SYNC-1: for a token, a deep query is still QUERY_TOO_DEEP — alone, or riding along with introspection', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world, ['INTEGRATION']);
    const deep = `${'requests { unit { '.repeat(5)}id${' } }'.repeat(5)}`;
    for (const query of [
      `query Deep($id: ID!) { unit(id: $id) { ${deep} } }`,
      `query Deep($id: ID!) { __schema { queryType { name } } unit(id: $id) { ${deep} } }`,
      `query Deep($id: ID!) { __typename unit(id: $id) { ${deep} } }`,
    ]) {
      const answer = await client.request(query, { id: '00000000-0000-0000-0000-000000000000' });
      expect(answer.data, query).toBeUndefined();
      expect(answer.errors, query).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_DEEP', limit: 10 }) })]);
    }
    // Introspection nested past its own bound is refused too.
    const ofType = await client.request(`{ __type(name: "SyncRun") { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} } }`);
    expect(ofType.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_DEEP', limit: 20, actual: 27 } })]);
  });
});
