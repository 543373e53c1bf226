import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN, signedIn } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { Portal } from '../../portal/portal.entity.js';
import { Session } from '../session.entity.js';
import { hashSecret } from '../secret-token.js';
import { AccountKind, StaffRole } from '../account.enums.js';

const ME = `{ me { id name kind } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('sign-in with a password', () => {
  it('signs a customer in by e-mail with an httpOnly SameSite cookie, and by CPF with punctuation', async () => {
    // The only test here that reaches its portal by hostname, as a browser does.
    const { company } = await aCompanyWithPortal(server, { hostnames: ['127.0.0.1'] });
    const ana = await anAccount(server, company, { document: '52998224725' });

    const byEmail = server.client({ app: 'client' });
    const result = await byEmail.ok(SIGN_IN, { input: { login: ana.account.email.toUpperCase(), password: ana.password } });
    expect(result.signIn).toMatchObject({ account: { id: ana.account.id, kind: 'CUSTOMER' }, token: null });
    const setCookie = byEmail.lastResponse!.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/habite_client=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+/);
    expect((await byEmail.ok(ME)).me).toMatchObject({ id: ana.account.id });

    const byCpf = server.client({ app: 'client' });
    await byCpf.ok(SIGN_IN, { input: { login: '529.982.247-25', password: ana.password } });
    expect((await byCpf.ok(ME)).me).toMatchObject({ id: ana.account.id });
  });

  it('gives API clients a bearer token and stores only its hash', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const api = server.client({ headers });
    const { signIn } = await api.ok(SIGN_IN, { input: { login: who.account.email, password: who.password, tokenDelivery: 'BEARER' } });
    expect(signIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(api.lastResponse!.headers.getSetCookie()).toEqual([]);

    const em = server.em();
    expect(await em.count(Session, { tokenHash: signIn.token })).toBe(0);
    expect(await em.count(Session, { tokenHash: hashSecret(signIn.token) })).toBe(1);

    const bearer = server.client();
    bearer.bearer = signIn.token;
    expect((await bearer.ok(ME)).me).toMatchObject({ id: who.account.id });
  });

  it('refuses a wrong password with INVALID_CREDENTIALS, the same as for an unknown login', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const client = server.client({ app: 'client', headers });
    const wrong = await client.request(SIGN_IN, { input: { login: who.account.email, password: 'errada-123' } });
    const unknown = await client.request(SIGN_IN, { input: { login: 'ninguem@teste.dev', password: 'errada-123' } });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_CREDENTIALS' } });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(client.cookies.size).toBe(0);
  });

  it('signs staff in without a portal, into the admin cookie', async () => {
    const { company } = await aCompanyWithPortal(server);
    const staff = await anAccount(server, company, { role: StaffRole.MANAGER });
    const admin = await signedIn(server, staff);
    expect([...admin.cookies.keys()]).toEqual(['habite_admin']);
    expect((await admin.ok(ME)).me).toMatchObject({ id: staff.account.id, kind: 'STAFF' });
  });
});

describe('sign-out and session revocation', () => {
  it('sign-out revokes the session: the cookie and the same token stop working', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const client = await signedIn(server, who, headers);
    const stolenCookie = client.cookieHeader();

    expect(await client.ok(`mutation { signOut }`)).toEqual({ signOut: true });
    expect(client.cookies.size).toBe(0);
    expect((await client.ok(ME)).me).toBeNull();

    const replay = server.client({ app: 'client', headers: { ...headers, cookie: stolenCookie } });
    expect((await replay.ok(ME)).me).toBeNull();
    const revoked = await server.em().findOneOrFail(Session, { account: who.account.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
  });

  it('an anonymous sign-out is UNAUTHENTICATED', async () => {
    const result = await server.client().request(`mutation { signOut }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('R-AUTH-1: inactive login', () => {
  it('R-AUTH-1: refuses an inactive login with LOGIN_INACTIVE once the password is right, and reveals nothing otherwise', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company, { loginActive: false });
    const client = server.client({ app: 'client', headers });

    const right = await client.request(SIGN_IN, { input: { login: who.account.email, password: who.password } });
    expect(right.errors?.[0]).toMatchObject({ extensions: { code: 'LOGIN_INACTIVE' }, message: expect.stringMatching(/inativo/) });
    expect(right.data).toBeNull();
    expect(client.cookies.size).toBe(0);

    const wrong = await client.request(SIGN_IN, { input: { login: who.account.email, password: 'errada-123' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('R-AUTH-7: loginEnabled', () => {
  it('R-AUTH-7: with loginEnabled off, password sign-in fails with FEATURE_DISABLED naming the setting', async () => {
    const { company, portal } = await aCompanyWithPortal(server, { portal: { loginEnabled: false } });
    const who = await anAccount(server, company);
    const client = server.client({ app: 'client', headers: { 'x-habite-portal': portal.slug } });
    const result = await client.request(SIGN_IN, { input: { login: who.account.email, password: who.password } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FEATURE_DISABLED', setting: 'loginEnabled' } });
    expect(client.cookies.size).toBe(0);
  });

  it('R-AUTH-7: negative case: with loginEnabled on, the same sign-in works', async () => {
    const { company, portal } = await aCompanyWithPortal(server, { portal: { loginEnabled: true } });
    const who = await anAccount(server, company);
    const client = server.client({ app: 'client', headers: { 'x-habite-portal': portal.slug } });
    await client.ok(SIGN_IN, { input: { login: who.account.email, password: who.password } });
    expect((await client.ok(ME)).me).toMatchObject({ id: who.account.id });
  });
});

describe('R-PORTAL-2: inactive portal', () => {
  it('R-PORTAL-2: an inactive portal refuses sign-in and live sessions with PORTAL_INACTIVE; reactivating restores access', async () => {
    const { company, portal, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const live = await signedIn(server, who, headers);

    const em = server.em();
    await em.nativeUpdate(Portal, { id: portal.id }, { active: false });
    const refused = await server.client({ app: 'client', headers }).request(SIGN_IN, { input: { login: who.account.email, password: who.password } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('PORTAL_INACTIVE');
    const blocked = await live.request(`mutation { changePassword(input: { newPassword: "outra-senha-9" }) }`);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PORTAL_INACTIVE');

    await em.nativeUpdate(Portal, { id: portal.id }, { active: true });
    expect((await live.ok(ME)).me).toMatchObject({ id: who.account.id });
  });
});

describe('R-OPS-4: staff expiry', () => {
  it('R-OPS-4: an expired staff account cannot sign in, and its open sessions stop working', async () => {
    const { company } = await aCompanyWithPortal(server);
    const staff = await anAccount(server, company, { role: StaffRole.AGENT, expiresAt: new Date(Date.now() + 60 * 60_000) });
    const live = await signedIn(server, staff);
    server.clock.advance(2 * 60 * 60_000);
    try {
      const refused = await server.client({ app: 'admin' }).request(SIGN_IN, { input: { login: staff.account.email, password: staff.password, kind: AccountKind.STAFF } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('ACCOUNT_EXPIRED');
      expect((await live.ok(ME)).me).toBeNull();
    } finally {
      server.clock.reset();
    }
  });
});
