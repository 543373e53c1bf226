import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { subscribe } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';

/** `unit { requests { unit { requests … } } }`, the shape of the bomb, `levels` times. */
const nestedBomb = (levels: number) =>
  `query Bomb($id: ID!) { unit(id: $id) { ${'requests { unit { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;
const aliasBomb = `query Aliases { ${Array.from({ length: 100 }, (_, i) => `u${i}: myUnits { id requests { id } }`).join(' ')} }`;
const tokenBomb = `query Large { me { ${'id '.repeat(2_500)} } }`;
const MY_UNITS = `query MyUnits { myUnits { id requests { number } } }`;

let server: TestServer;
let world: World;
let customer: GraphQLClient;
let unitId: string;
let expectedUnits: unknown;

beforeAll(async () => {
  server = await startTestServer();
  world = await World.create(server);
  const holder = await world.customer();
  const { unit } = await world.soldUnit(holder.customer);
  for (let i = 0; i < 3; i++) await world.request({ openedBy: holder.account, unit });
  customer = await holder.client();
  unitId = unit.id;
  expectedUnits = (await customer.ok(MY_UNITS)).myUnits;
  expect(expectedUnits).toEqual([{ id: unit.id, requests: [expect.anything(), expect.anything(), expect.anything()] }]);
});
afterAll(() => server?.stop());

/** The SQL a call sent, without timings. */
async function statementsOf(call: () => Promise<unknown>): Promise<string[]> {
  server.sql.length = 0;
  await call();
  return server.sql.map((s) => s.replace(/ \[took [^\]]*\]/g, ''));
}

/** The fastest of a few tries (a shared 2-core machine is noisy), in ms. */
async function fastest(call: () => Promise<unknown>, tries = 5): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    await call();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const bombs = [
  { name: 'the nested bomb (unit → requests, four levels: within depth, far over the cost)', query: () => nestedBomb(4), code: 'QUERY_TOO_COMPLEX', limit: 20_000, message: /custaria \d+ pontos; o máximo é 20000/ },
  { name: 'the issue\'s nested bomb (five levels)', query: () => nestedBomb(5), code: 'QUERY_TOO_DEEP', limit: 10, message: /12 níveis .*o máximo é 10/ },
  { name: 'the alias bomb (100 aliases)', query: () => aliasBomb, code: 'QUERY_TOO_MANY_ALIASES', limit: 15, message: /100 apelidos .*o máximo é 15/ },
  { name: 'a document of 2,500 tokens', query: () => tokenBomb, code: 'QUERY_TOO_LARGE', limit: 2_000, message: /o máximo é 2000 tokens/ },
] as const;

describe('query limits over HTTP: refused before execution, in Portuguese, with the limit', () => {
  for (const bomb of bombs) {
    it(`query limits: ${bomb.name} is refused with ${bomb.code} before execution, in under 100 ms`, async () => {
      const result = await customer.request(bomb.query(), { id: unitId });
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([{ message: expect.stringMatching(bomb.message), extensions: expect.objectContaining({ code: bomb.code, limit: bomb.limit }) }]);
      expect(customer.lastResponse!.status).toBe(400);

      // Before execution: the refused request ran exactly what a request with a syntax error runs
      // (the session's authentication, done by Apollo before parsing), nothing of the operation.
      const baseline = await statementsOf(() => customer.request('{ myUnits {'));
      expect(baseline.length).toBeLessThanOrEqual(1);
      expect(await statementsOf(() => customer.request(bomb.query(), { id: unitId }))).toEqual(baseline);

      expect(await fastest(() => customer.request(bomb.query(), { id: unitId }))).toBeLessThan(100);
    });
  }

  it('query limits: the bombs do not stall a concurrent query, which answers normally', async () => {
    const bombing = Array.from({ length: 5 }, () => bombs.map((b) => customer.request(b.query(), { id: unitId }))).flat();
    const [normal, ...refused] = await Promise.all([customer.request(MY_UNITS), ...bombing]);
    expect(normal).toEqual({ data: { myUnits: expectedUnits } });
    expect(refused.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array.from({ length: 5 }, () => bombs.map((b) => b.code)).flat());
  });

  it('query limits: the same nested query two levels deep is answered (the cost counts, it does not forbid)', async () => {
    const { unit } = await customer.ok(nestedBomb(2), { id: unitId });
    expect(unit.requests).toHaveLength(3);
    expect(unit.requests[0].unit.requests).toHaveLength(3);
  });

  it('query limits: `first` counts toward the cost — one page of 100 nested requests is too complex, a page of 10 is not', async () => {
    const page = `query Page($first: Int) { myRequests(first: $first) { nodes { unit { requests { history { id } } } } } }`;
    const big = await customer.request(page, { first: 100 });
    expect(big.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 20_000, actual: 22_301 });
    const small = await customer.ok(page, { first: 10 });
    expect(small.myRequests.nodes).toHaveLength(3);
  });

  it('query limits: `first` above 100 is BAD_USER_INPUT naming "first", before any list is read', async () => {
    const result = await customer.request(`{ myRequests(first: 101) { nodes { id } } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'Informe entre 1 e 100 itens por página.', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('query limits: the standard introspection query is answered; introspection is bounded by a depth of its own and graphql\'s list rule', async () => {
    const standard = await server.client().request(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, directiveIsRepeatable: true, specifiedByUrl: true, schemaDescription: true, oneOf: true }));
    expect(standard.errors).toBeUndefined();
    expect(standard.data?.__schema.types.length).toBeGreaterThan(50);

    const deep = await server.client().request(`{ __type(name: "Unit") { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} } }`);
    expect(deep.errors).toEqual([{ message: expect.stringMatching(/27 níveis .*o máximo é 20/), extensions: { code: 'QUERY_TOO_DEEP', limit: 20, actual: 27 } }]);
    const fanOut = await server.client().request(`{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`);
    expect(fanOut.errors).toEqual([expect.objectContaining({
      message: 'A introspecção aninha listas demais (fields, inputFields, interfaces, possibleTypes): use a consulta de introspecção padrão.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', original: 'Maximum introspection depth exceeded' },
    })]);
  });

  it('query limits: a fragment spread many times is counted each time (aliases) without the server counting forever', async () => {
    // Ten fragments, each spreading the next twice: 2^10 copies of two aliases.
    const fragments = Array.from({ length: 10 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `query Spread { ...F0 } ${fragments} fragment F10 on Query { a: me { id } b: me { id } }`;
    const started = performance.now();
    const result = await customer.request(query);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_MANY_ALIASES', limit: 15, actual: 2_048 });
  });
});

describe('query limits over WebSocket: the same limits, before any SQL', () => {
  const subscriptionBomb = `subscription { myRequestChanged { ${'unit { requests { '.repeat(4)}id${' } }'.repeat(4)} } }`;

  it('query limits: a subscription over the cost, depth, alias or token limit is refused over WebSocket, and a normal one is accepted', async () => {
    const ws = customer.ws();
    try {
      // A normal subscription keeps the socket open (authenticated once, at connection)...
      const live = subscribe(ws, `subscription { myRequestChanged { id number } }`);
      const me = subscribe(ws, `query { me { id } }`);
      expect((await me.next(1))[0]?.data?.me?.id).toBeTruthy();

      // ...then each refusal is answered without a single statement.

      const refusals = [
        { query: subscriptionBomb, code: 'QUERY_TOO_COMPLEX' },
        { query: `subscription { myRequestChanged { ${'unit { requests { '.repeat(5)}id${' } }'.repeat(5)} } }`, code: 'QUERY_TOO_DEEP' },
        { query: aliasBomb, code: 'QUERY_TOO_MANY_ALIASES' },
        { query: tokenBomb, code: 'QUERY_TOO_LARGE' },
      ];
      for (const { query, code } of refusals) {
        const statements = await statementsOf(async () => {
          const sub = subscribe(ws, query, { id: unitId });
          await sub.next(1);
          expect(sub.error, code).toEqual([expect.objectContaining({ message: expect.any(String), extensions: expect.objectContaining({ code }) })]);
        });
        expect(statements, code).toEqual([]);
      }

      expect(live.error).toBeNull();
      live.dispose();
    } finally {
      await ws.dispose();
    }
  });
});
