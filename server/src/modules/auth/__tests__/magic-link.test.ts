import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { linkIn } from '../../../test/smtp.js';
import { AccountToken } from '../account-token.entity.js';
import { hashSecret } from '../secret-token.js';

const REQUEST = `mutation Request($input: RequestMagicLinkInput!) { requestMagicLink(input: $input) }`;
const USE = `mutation Use($input: TokenSignInInput!) { signInWithMagicLink(input: $input) { account { id } } }`;
const ME = `{ me { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function requestLink(headers: Record<string, string>, email: string) {
  await server.client({ app: 'client', headers }).ok(REQUEST, { input: { email } });
  const mail = await server.smtp.waitFor(email, /link de acesso/);
  return linkIn(mail, /^\/entrar\/link$/).searchParams.get('token')!;
}

describe('R-AUTH-3: magic link', () => {
  it('R-AUTH-3: e-mails a link over SMTP that signs the customer in', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company, { password: null });
    const token = await requestLink(headers, who.account.email);
    const client = server.client({ app: 'client' });
    expect(await client.ok(USE, { input: { token } })).toEqual({ signInWithMagicLink: { account: { id: who.account.id } } });
    expect((await client.ok(ME)).me).toEqual({ id: who.account.id });
  });

  it('R-AUTH-3: the link is single-use', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const token = await requestLink(headers, who.account.email);
    await server.client({ app: 'client' }).ok(USE, { input: { token } });
    const again = await server.client({ app: 'client' }).request(USE, { input: { token } });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
  });

  it('R-AUTH-3: of two simultaneous uses of one link, exactly one signs in', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const token = await requestLink(headers, who.account.email);
    const results = await Promise.all([1, 2, 3].map(() => server.client({ app: 'client' }).request(USE, { input: { token } })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
  });

  it('R-AUTH-3: the link expires after 30 minutes', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const token = await requestLink(headers, who.account.email);
    server.clock.advance(31 * 60_000);
    try {
      const late = await server.client({ app: 'client' }).request(USE, { input: { token } });
      expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    } finally {
      server.clock.reset();
    }
  });

  it('R-AUTH-3: negative case: still valid at 29 minutes', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const token = await requestLink(headers, who.account.email);
    server.clock.advance(29 * 60_000);
    try {
      await server.client({ app: 'client' }).ok(USE, { input: { token } });
    } finally {
      server.clock.reset();
    }
  });

  it('R-AUTH-3: stores only the hash of the link token', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const token = await requestLink(headers, who.account.email);
    const em = server.em();
    expect(await em.count(AccountToken, { tokenHash: token })).toBe(0);
    expect(await em.count(AccountToken, { tokenHash: hashSecret(token), account: who.account.id })).toBe(1);
  });

  it('R-AUTH-3: answers the same for an unknown e-mail and sends nothing', async () => {
    const { headers } = await aCompanyWithPortal(server);
    const result = await server.client({ app: 'client', headers }).ok(REQUEST, { input: { email: 'ninguem@teste.dev' } });
    expect(result).toEqual({ requestMagicLink: true });
    await expect(server.smtp.waitFor('ninguem@teste.dev', /.*/, 300)).rejects.toThrow(/no mail/);
  });

  it('R-AUTH-7: with password sign-in off, the magic link still signs the customer in', async () => {
    const { company, headers } = await aCompanyWithPortal(server, { portal: { loginEnabled: false } });
    const who = await anAccount(server, company);
    const refused = await server.client({ app: 'client', headers }).request(SIGN_IN, { input: { login: who.account.email, password: who.password } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FEATURE_DISABLED');
    const token = await requestLink(headers, who.account.email);
    await server.client({ app: 'client' }).ok(USE, { input: { token } });
  });

  it('R-AUTH-1: an inactive login gets no link', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company, { loginActive: false });
    await server.client({ app: 'client', headers }).ok(REQUEST, { input: { email: who.account.email } });
    await expect(server.smtp.waitFor(who.account.email, /.*/, 300)).rejects.toThrow(/no mail/);
  });

  it('R-AUTH-5: right after a magic-link sign-in, the customer sets a password without knowing one', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company, { password: null });
    const token = await requestLink(headers, who.account.email);
    const client = server.client({ app: 'client' });
    await client.ok(USE, { input: { token } });
    await client.ok(`mutation { changePassword(input: { newPassword: "minha-senha-nova-1" }) }`);
    const again = server.client({ app: 'client', headers });
    await again.ok(SIGN_IN, { input: { login: who.account.email, password: 'minha-senha-nova-1' } });
  });
});
