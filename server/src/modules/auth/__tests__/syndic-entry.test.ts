import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';

let server: TestServer;
beforeAll(async () => {
  // Three failures per login: the shared budget shows without many calls.
  server = await startTestServer({ throttle: { windowMinutes: 15, maxFailuresPerAccount: 3, maxFailuresPerAddress: 1000 } });
});
afterAll(() => server?.stop());

const customerForm = (world: World, login: string, password: string) =>
  server.client({ app: 'client', headers: world.headers }).request(SIGN_IN, { input: { login, password } });
const syndicEntry = (world: World, login: string, password: string) =>
  server.client({ app: 'client', headers: world.headers }).request(SIGN_IN, { input: { login, password, kind: 'SYNDIC' } });

describe('R-AUTH-1, R-AUTH-6, R-REQ-8: a syndic signing in through the customers\' form', () => {
  it('R-REQ-8: with the right password the answer says it is a syndic login and to use the syndic entry (USE_SYNDIC_ENTRY); no session is opened', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const syndic = await world.syndic();
    const client = server.client({ app: 'client', headers: world.headers });
    const result = await client.request(SIGN_IN, { input: { login: syndic.account.email, password: syndic.password } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'USE_SYNDIC_ENTRY' }, message: expect.stringContaining('entrada do síndico') });
    expect(client.lastResponse!.headers.getSetCookie()).toEqual([]);
    expect((await syndicEntry(world, syndic.account.email, syndic.password)).data?.signIn.account.kind).toBe('SYNDIC');
  });

  it('R-AUTH-6: with a wrong password the answer is the same as for an unknown login: nothing says a syndic account exists', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const syndic = await world.syndic();
    const wrong = await customerForm(world, syndic.account.email, 'errada-123');
    const unknown = await customerForm(world, 'ninguem@teste.dev', 'errada-123');
    expect(wrong).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code: 'INVALID_CREDENTIALS' } })] });
    expect(unknown).toEqual(wrong);
  });

  it('R-REQ-8: with showSyndicAccess off there is no syndic entry to offer: INVALID_CREDENTIALS', async () => {
    const world = await World.create(server, { showSyndicAccess: false });
    const syndic = await world.syndic();
    expect((await customerForm(world, syndic.account.email, syndic.password)).errors?.[0]?.extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
  });

  it('R-AUTH-6: failures through the customers\' form count against the syndic entry too: the two forms do not double the guesses', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const syndic = await world.syndic();
    for (let i = 0; i < 3; i++) await customerForm(world, syndic.account.email, `errada-${i}-x`);
    // Past the limit, even the right password gets no hint through the customers' form, and the syndic entry is throttled.
    expect((await customerForm(world, syndic.account.email, syndic.password)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await syndicEntry(world, syndic.account.email, syndic.password)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // A login that is nobody's is throttled alike at the syndic entry (the counters do not depend on who exists).
    for (let i = 0; i < 3; i++) await customerForm(world, 'ninguem-sindico@teste.dev', `errada-${i}-x`);
    expect((await syndicEntry(world, 'ninguem-sindico@teste.dev', 'errada-123')).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
