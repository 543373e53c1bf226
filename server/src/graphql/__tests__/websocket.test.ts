import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN, signedIn } from '../../test/builders.js';
import { subscribe } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

const EVENTS = `subscription { sessionEvents { kind } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const settle = () => new Promise((r) => setTimeout(r, 200));

describe('WebSocket authentication', () => {
  it('refuses a subscription without a session with UNAUTHENTICATED', async () => {
    const ws = server.client().ws();
    const sub = subscribe(ws, EVENTS);
    const [event] = await sub.next(1);
    expect(event?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await ws.dispose();
  });

  it('authenticates with a bearer token in connectionParams and tells the session it was signed out', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const api = server.client({ headers });
    const { signIn } = await api.ok(SIGN_IN, { input: { login: who.account.email, password: who.password, tokenDelivery: 'BEARER' } });
    api.bearer = signIn.token;

    const ws = api.ws();
    const sub = subscribe(ws, EVENTS);
    await settle();
    await api.ok(`mutation { signOut }`);
    const [event] = await sub.next(1);
    expect(event).toEqual({ data: { sessionEvents: { kind: 'SIGNED_OUT' } } });
    await ws.dispose();
  });

  it('authenticates with the session cookie of the upgrade request; another session\'s sign-out is not delivered', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const browser = await signedIn(server, who, headers);
    const otherDevice = await signedIn(server, who, headers);

    const ws = browser.ws();
    const sub = subscribe(ws, EVENTS);
    await settle();
    await otherDevice.ok(`mutation { signOut }`);
    await browser.ok(`mutation { deactivateMyLogin }`);
    const events = await sub.next(1);
    expect(events).toEqual([{ data: { sessionEvents: { kind: 'LOGIN_DEACTIVATED' } } }]);
    await ws.dispose();
  });

  it('closes the connection (4403) when the token given does not open a session', async () => {
    const client = server.client();
    client.bearer = 'token-que-nao-existe';
    const ws = client.ws();
    const sub = subscribe(ws, EVENTS);
    await sub.next(1);
    expect(sub.error).toMatchObject({ code: 4403 });
    await ws.dispose();
  });
});
