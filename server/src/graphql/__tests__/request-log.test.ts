import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { World } from '../../test/world.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** pino's levels: 30 info, 40 warn, 50 error. */
const INFO = 30;
const ERROR = 50;

describe('the server log: expected refusals are logged as what they are', () => {
  it('bad input (service, input guard, GraphQL validation), not found and refused credentials are logged at info with the code the caller got, never as INTERNAL_SERVER_ERROR or at error level', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const anonymous = server.client({ app: 'client', headers: world.headers });
    const calls: [() => Promise<unknown>, string][] = [
      // A domain error (the service's own validation).
      [() => client.request(`mutation Color($id: ID!) { updatePortalSettings(portalId: $id, input: { primaryColor: "azul" }) { id } }`, { id: world.portal.id }), 'BAD_USER_INPUT'],
      // The input guard, before any resolver.
      [() => client.request(`query BadId { portal(id: "abc") { id } }`), 'BAD_USER_INPUT'],
      // GraphQL's own validation.
      [() => client.request(`mutation WrongType($id: ID!) { updatePortalSettings(portalId: $id, input: { primaryColor: 3 }) { id } }`, { id: world.portal.id }), 'GRAPHQL_VALIDATION_FAILED'],
      [() => client.request(`query Missing { portal(id: "00000000-0000-4000-8000-000000000000") { id } }`), 'NOT_FOUND'],
      [() => anonymous.request(`mutation WrongPassword { signIn(input: { login: "ninguem@teste.dev", password: "errada-123" }) { token } }`), 'INVALID_CREDENTIALS'],
      [() => anonymous.request(`query Anonymous { portals { id } }`), 'UNAUTHENTICATED'],
    ];
    for (const [call, code] of calls) {
      server.logs.length = 0;
      await call();
      const lines = server.logs.filter((l) => l.msg === 'graphql');
      expect(lines, code).toEqual([expect.objectContaining({ level: INFO, errors: [code] })]);
      expect(server.logs.filter((l) => (l.level as number) >= ERROR), code).toEqual([]);
    }
  });
});
