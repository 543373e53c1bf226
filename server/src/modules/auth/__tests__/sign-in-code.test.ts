import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { aCpf } from '../../../test/world.js';
import { SignInCode } from '../sign-in-code.entity.js';

/** "52998224725" → "529.982.247-25", as people type it. */
const aCpfFormatted = (d: string) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;

const REQUEST = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) }`;
const USE = `mutation($input: CodeSignInInput!) { signInWithCode(input: $input) { account { id } } }`;
const ME = `{ me { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ throttle: { windowMinutes: 15, maxFailuresPerAccount: 8, maxFailuresPerAddress: 200 } });
});
afterAll(() => server?.stop());

async function requestCode(headers: Record<string, string>, login: string, email: string) {
  expect(await server.client({ app: 'client', headers }).ok(REQUEST, { input: { login } })).toEqual({ requestSignInCode: true });
  const mail = await server.smtp.waitFor(email, /código de acesso/);
  return /\b(\d{6})\b/.exec(mail.text)![1]!;
}

const use = (headers: Record<string, string>, login: string, oneTimeCode: string) => server.client({ app: 'client', headers }).request(USE, { input: { login, oneTimeCode } });

describe('R-AUTH-8: one-time sign-in codes', () => {
  it('R-AUTH-8: a 6-digit code arrives by e-mail (through the queue, over SMTP) and signs the customer in, once; it is stored hashed', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company, { password: null });
    const code = await requestCode(headers, who.account.email, who.account.email);
    const stored = await server.em().findOneOrFail(SignInCode, { account: who.account.id });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.salt.length).toBeGreaterThan(10);
    const client = server.client({ app: 'client', headers });
    expect(await client.ok(USE, { input: { login: who.account.email, oneTimeCode: code } })).toEqual({ signInWithCode: { account: { id: who.account.id } } });
    expect((await client.ok(ME)).me).toEqual({ id: who.account.id });
    expect((await use(headers, who.account.email, code)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CODE', field: 'oneTimeCode' });
  });

  it('R-AUTH-8: the login may be the CPF; a newer code replaces the older; an expired code is refused', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company, { document: aCpf() });
    const first = await requestCode(headers, aCpfFormatted(who.account.document!), who.account.email);
    const second = await requestCode(headers, who.account.email, who.account.email);
    if (first !== second) expect((await use(headers, who.account.email, first)).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    const em = server.em();
    await em.nativeUpdate(SignInCode, { account: who.account.id, usedAt: null }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await use(headers, who.account.email, second)).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
  });

  it('R-AUTH-8: five wrong tries kill the code (even the right one is refused after)', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const code = await requestCode(headers, who.account.email, who.account.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await use(headers, who.account.email, wrong)).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    expect((await use(headers, who.account.email, code)).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    expect(await server.em().findOneOrFail(SignInCode, { account: who.account.id })).toMatchObject({ attempts: 5 });
  });

  it('R-AUTH-8: the answer is the same for an unknown login, and nothing is sent; bad input names the field', async () => {
    const { headers } = await aCompanyWithPortal(server);
    expect(await server.client({ app: 'client', headers }).ok(REQUEST, { input: { login: 'ninguem@exemplo.com' } })).toEqual({ requestSignInCode: true });
    expect((await use(headers, 'ninguem@exemplo.com', '123456')).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    const bad = await use(headers, 'ninguem@exemplo.com', '12ab');
    expect(bad.errors?.[0]).toMatchObject({ message: 'Informe os 6 dígitos do código.', extensions: { code: 'BAD_USER_INPUT', field: 'oneTimeCode' } });
  });

  it('R-AUTH-8, R-AUTH-6: wrong codes count against the same limit as wrong passwords', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    // Eight failures (this server's limit), mixing passwords and codes, then the account is throttled.
    for (let i = 0; i < 4; i++) {
      await server.client({ app: 'client', headers }).request(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: who.account.email, password: 'errada-123' } });
      await use(headers, who.account.email, '999999');
    }
    expect((await use(headers, who.account.email, '999999')).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
